package dev.adjoint.processor.ir;

/** The ternary {@code cond ? ifTrue : ifFalse}. */
public record Conditional(Expr cond, Expr ifTrue, Expr ifFalse, Type type, Pos pos)
    implements Expr {}
