package dev.adjoint.benchmarks;

/**
 * The value-and-gradient record of {@link Mlp#loss} returned by the hand-written, Hipparchus and
 * finite-difference gradients, shaped like the generated {@code MlpDerivatives.LossGradient}.
 */
public final class MlpResults {
  private MlpResults() {}

  /** The batch loss and its gradient in both layers' weights and biases. */
  public record MlpGradient(double value, double[][] w1, double[] b1, double[][] w2, double[] b2) {}
}
