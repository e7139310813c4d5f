package dev.adjoint.tests.pending;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;

/**
 * A row {@code m[i]} of a differentiable {@code double[][]} passed to an AdjointMath array helper.
 * Each method is refused with "[Adjoint/Internal] Adjoint failed on this method; this is a bug in
 * Adjoint ... java.lang.IllegalStateException: operand not linearized: Index[array=Ref[var=m, ...],
 * index=Ref[var=i, ...], type=DOUBLE_ARRAY, ...]". The same row passed to a {@code @Differentiable}
 * method ({@code dotWith(m[i], v)}) works, and so does a row of a {@code @NoDerivative} matrix passed to
 * {@code AdjointMath.dot} (MathHelpers.logisticRegressionLoss). Either differentiate these or refuse
 * them with a clear, non-Internal error.
 */
public final class MatrixRowHelpers {
  private MatrixRowHelpers() {}

  @Differentiable
  static double rowDots(double[][] m, double[] v) {
    double s = 0.0;
    for (int i = 0; i < m.length; i++) {
      s += AdjointMath.dot(m[i], v);
    }
    return s;
  }

  @Differentiable
  static double rowSums(double[][] m) {
    double s = 0.0;
    for (int i = 0; i < m.length; i++) {
      s += AdjointMath.sum(m[i]) * i;
    }
    return s;
  }

  @Differentiable
  static double rowLogSumExps(double[][] m) {
    double s = 0.0;
    for (int i = 0; i < m.length; i++) {
      s += AdjointMath.logSumExp(m[i]);
    }
    return s;
  }
}
