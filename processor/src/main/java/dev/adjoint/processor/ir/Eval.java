package dev.adjoint.processor.ir;

/** A call evaluated for its effect: the reverse sweep's {@code gVjp(...)} that fills accumulators. */
public record Eval(Expr call, Pos pos) implements Stmt {}
