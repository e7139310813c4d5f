package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Callees in another class than their callers in {@link Calls}: reached through {@code CallTargetsDerivatives}. */
public final class CallTargets {
  private CallTargets() {}

  /** The logistic function, written out. */
  @Differentiable
  public static double logistic(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** {@code sqrt(x² + y² + 1)}: smooth everywhere. */
  @Differentiable
  public static double softNorm(double x, double y) {
    return Math.sqrt(x * x + y * y + 1.0);
  }

  /** {@code Σ a[i] b[i]}. */
  @Differentiable
  public static double dotWith(double[] a, double[] b) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** {@code Σ m[i][j]² w_j}: a callee with a {@code double[][]} parameter. */
  @Differentiable
  public static double weightedFrobenius(double[][] m, double[] w) {
    double s = 0.0;
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        s += m[i][j] * m[i][j] * w[j];
      }
    }
    return s;
  }
}
