package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** int, long and boolean parameters and locals beside the differentiated doubles. */
public final class MixedParams {
  private MixedParams() {}

  @Differentiable
  static double scaledSine(double x, int n) {
    return x * n + n * n * Math.sin(x / n);
  }

  @Differentiable
  static double normOrSquare(double x, double y, boolean squared) {
    return squared ? x * x + y * y : Math.sqrt(x * x + y * y);
  }

  @Differentiable
  static double decay(double x, long steps) {
    double rate = 1.0 / (steps + 1);
    return x * Math.exp(-rate * x);
  }

  /** int, long and boolean locals computed from the parameters. */
  @Differentiable
  static double mixedLocals(double x, int k, boolean flip) {
    int twice = 2 * k;
    long big = twice * 1000L;
    boolean positive = x > 0;
    double s = positive ? x : -x;
    if (flip) {
      s = -s;
    }
    return s * twice + big * 1e-3 * x;
  }

  /** The degree chosen at run time by an int comparison. */
  @Differentiable
  static double byDegree(double x, int degree) {
    return degree == 2 ? x * x : (degree == 3 ? x * x * x : x);
  }
}
