package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** The catalogue's scalar activation functions and hidden unit (the worked-examples catalogue section 7). */
public final class SeedActivations {
  /** sqrt(2/pi), for the tanh approximation of GELU. */
  private static final double SQRT_2_OVER_PI = 0.7978845608028654;

  private SeedActivations() {}

  /** S02-sigmoid. */
  @Differentiable
  public static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** S02-tanh through Math.tanh. */
  @Differentiable
  public static double tanh(double x) {
    return Math.tanh(x);
  }

  /** S02-tanh through its exp formula. */
  @Differentiable
  public static double tanhFromExp(double x) {
    double ep = Math.exp(x);
    double em = Math.exp(-x);
    return (ep - em) / (ep + em);
  }

  /** S02-relu as the conditional the seed writes. */
  @Differentiable
  public static double relu(double x) {
    return x > 0 ? x : 0;
  }

  /** S02-relu through Math.max. */
  @Differentiable
  public static double reluMax(double x) {
    return Math.max(0.0, x);
  }

  /** S02-gelu, tanh approximation (the exact form needs erf, which Math lacks). */
  @Differentiable
  public static double geluTanh(double x) {
    double inner = SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
    return 0.5 * x * (1 + Math.tanh(inner));
  }

  /** S02-nn-hidden-layer: y = v * sigmoid(w x + b). */
  @Differentiable
  public static double hiddenUnit(double x, double w, double b, double v) {
    double h = 1 / (1 + Math.exp(-(w * x + b)));
    return v * h;
  }
}
