package dev.adjoint.tests.matrix;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Methods returning double[][]: the tangent is a matrix, and the VJP's seed is one. */
final class MatrixResults {
  private MatrixResults() {}

  /** {@code a ⊗ sin(b)}, then the first column squared in place (saved and restored). */
  @Differentiable
  static double[][] outerSquaredColumn(double[] a, double[] b) {
    double[][] m = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        m[i][j] = a[i] * Math.sin(b[j]);
      }
    }
    for (int i = 0; i < a.length; i++) {
      m[i][0] = m[i][0] * m[i][0];
    }
    return m;
  }

  /** {@code W X} with a constant {@code X}: a matrix product differentiated in {@code W}. */
  @Differentiable
  static double[][] product(double[][] w, @NoDerivative double[][] x) {
    double[][] y = new double[w.length][x[0].length];
    for (int i = 0; i < w.length; i++) {
      for (int k = 0; k < x.length; k++) {
        for (int j = 0; j < x[0].length; j++) {
          y[i][j] += w[i][k] * x[k][j];
        }
      }
    }
    return y;
  }
}
