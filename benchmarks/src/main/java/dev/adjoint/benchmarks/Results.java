package dev.adjoint.benchmarks;

/**
 * Value-and-gradient records returned by the hand-written, Hipparchus and finite-difference
 * gradients, shaped like the generated {@code FunctionsDerivatives.*Gradient} records so every
 * competitor allocates and returns the same thing.
 */
public final class Results {
  private Results() {}

  /** A function of one array: its value and gradient. */
  public record ArrayGradient(double value, double[] x) {}

  /** The dense layer loss: value, gradient in the weights and in the bias. */
  public record DenseGradient(double value, double[][] w, double[] b) {}

  /** Horner's polynomial: value, derivative in the point and in the coefficients. */
  public record HornerGradient(double value, double x, double[] c) {}

  /** A function of two scalars. */
  public record ScalarGradient(double value, double x, double y) {}
}
