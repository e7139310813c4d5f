package dev.adjoint.benchmarks;

/**
 * The value-and-gradient record of {@link GaussianMixture#negativeLogLikelihood} returned by the
 * hand-written, Hipparchus and finite-difference gradients, shaped like the generated
 * {@code GaussianMixtureDerivatives.NegativeLogLikelihoodGradient}.
 */
public final class GaussianMixtureResults {
  private GaussianMixtureResults() {}

  /** The objective and its gradient in the log-weights, the means and the precision factors. */
  public record MixtureGradient(double value, double[] alphas, double[] means, double[][] icf) {}
}
