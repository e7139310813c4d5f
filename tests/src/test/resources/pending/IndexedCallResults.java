package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * The result of a {@code double[]}-valued {@code @Differentiable} call indexed on the spot,
 * {@code squares(x)[i]}. It compiles, but the generated code treats the call as a constant: for
 * {@code sumOfIndexedSquares(x) = Σ x_i²} at x = (1.5, -2) fGrad gives (0, 0) instead of (3, -4); fJvp is
 * {@code s += IndexedCallResults.squares(x)[i]} with no tangent at all ({@code return 0.0}); and
 * {@code recursivePowers(x, n) = x^(n+1)} gets {@code x^n} instead of {@code (n+1) x^n}
 * ({@code zDot[i2] = xDot[i2] * t0} with {@code t0 = IndexedCallResults.recursivePowers(x, n - 1)[i2]}). Either
 * differentiate through the call or refuse it ("assign the call to a local array first").
 */
public final class IndexedCallResults {
  private IndexedCallResults() {}

  @Differentiable
  static double[] squares(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * x[i];
    }
    return y;
  }

  @Differentiable
  static double sumOfIndexedSquares(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += squares(x)[i];
    }
    return s;
  }

  @Differentiable
  static double[] recursivePowers(double[] x, int n) {
    double[] z = new double[x.length];
    if (n == 0) {
      for (int i = 0; i < x.length; i++) {
        z[i] = x[i];
      }
    } else {
      for (int i = 0; i < x.length; i++) {
        z[i] = recursivePowers(x, n - 1)[i] * x[i];
      }
    }
    return z;
  }
}
