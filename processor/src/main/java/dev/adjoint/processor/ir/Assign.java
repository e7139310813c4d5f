package dev.adjoint.processor.ir;

/**
 * {@code target = value;} where the target is a {@link Ref} or an {@link Index}. Compound
 * assignments are parsed into this form ({@code s += e} is {@code s = s + e}); the printer writes
 * them back as {@code +=}.
 */
public record Assign(Expr target, Expr value, Pos pos) implements Stmt {}
