package dev.adjoint;

/**
 * Numerically stable functions that machine learning code needs and {@link Math} lacks. Adjoint
 * knows the derivative of each (its rule table has one entry per function), so they can be used
 * in {@link Differentiable} methods like {@code Math.exp}.
 *
 * <p>Non-differentiable points take the same one-sided choices as the rest of Adjoint:
 * {@code relu'(0) = 0}.
 */
public final class AdjointMath {
  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  private AdjointMath() {}

  /** The logistic function {@code 1 / (1 + e^-x)}, without overflow for large {@code |x|}. */
  public static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** {@code log(1 + e^x)}, accurate for large positive and negative {@code x}. */
  public static double softplus(double x) {
    return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /** {@code max(x, 0)}; its derivative at 0 is taken as 0, as in JAX and PyTorch. */
  public static double relu(double x) {
    return x > 0.0 ? x : 0.0;
  }

  /** {@code x * x}. */
  public static double square(double x) {
    return x * x;
  }

  /**
   * The error function {@code erf(x) = 2/√π ∫₀ˣ e^(-t²) dt}, to about one ulp; GELU is
   * {@code 0.5 * x * (1 + erf(x / √2))}.
   */
  public static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a > 6.0) {
      return Math.copySign(1.0, x); // erf(6) rounds to 1 in double
    }
    // erf(a) = 2/√π e^(-a²) Σ 2ⁿ a^(2n+1) / (1·3·…·(2n+1)): all terms positive, no cancellation
    double a2 = a * a;
    double term = a;
    double sum = a;
    for (int n = 1; n < 200; n++) {
      term *= 2.0 * a2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return Math.copySign(Math.min(1.0, TWO_OVER_SQRT_PI * Math.exp(-a2) * sum), x);
  }

  /** {@code log Σ e^(a[i])}, shifted by the maximum so it neither overflows nor underflows. */
  public static double logSumExp(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0.0;
    for (double v : a) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  /** {@code Σ a[i] b[i]}; both arrays must have the same length. */
  public static double dot(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("dot of arrays of lengths " + a.length + " and "
          + b.length);
    }
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** {@code Σ a[i]}. */
  public static double sum(double[] a) {
    double s = 0.0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
