package dev.adjoint.processor.ir;

/**
 * A call evaluated for its effect: the reverse sweep's {@code gVjp(args, seed, accumulators)}
 * that fills accumulators. {@code source} is the call of {@code g} it differentiates, so second
 * derivatives can differentiate the VJP call in turn.
 */
public record Eval(Expr call, Invoke source, Pos pos) implements Stmt {}
