package dev.adjoint.spark;

import java.io.Serializable;

/**
 * One example's loss and its gradient, the way a generated VJP gives them: it <em>adds</em>
 * {@code ∂loss/∂θ} into {@code thetaBar} and returns the loss. Point it at the generated method
 * with a lambda:
 *
 * <pre>{@code
 * ExampleVjp<Point> vjp = (theta, p, thetaBar) ->
 *     ModelDerivatives.lossVjp(theta, p.x(), p.y(), 1.0, thetaBar);
 * }</pre>
 *
 * <p>Spark ships it to the executors, so it is {@link Serializable}; a lambda that captures only
 * serializable values is.
 *
 * @param <E> the type of one example
 */
@FunctionalInterface
public interface ExampleVjp<E> extends Serializable {

  /** Adds {@code ∂loss(theta, example)/∂theta} into {@code thetaBar}; returns {@code loss(theta, example)}. */
  double addGradient(double[] theta, E example, double[] thetaBar);
}
