package dev.adjoint.processor.ir;

/** {@code return value;} */
public record Return(Expr value, Pos pos) implements Stmt {}
