package dev.adjoint.processor.ir;

/** {@code if (cond) { then } else { otherwise }}; {@code otherwise} may be empty. */
public record If(Expr cond, Block then, Block otherwise, Pos pos) implements Stmt {}
