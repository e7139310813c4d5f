package dev.adjoint.benchmarks;

/**
 * The value-and-gradient record of {@link Lstm#sequenceLoss} returned by the hand-written,
 * Hipparchus and finite-difference gradients, shaped like the generated
 * {@code LstmDerivatives.SequenceLossGradient}.
 */
public final class LstmResults {
  private LstmResults() {}

  /** The sequence loss and its gradient in the gate weights and biases and in the readout. */
  public record LstmGradient(double value, double[][] w, double[][] u, double[] b,
      double[][] readout, double[] readoutBias) {}
}
