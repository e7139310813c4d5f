package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/**
 * Integer counters stepped by a constant inside loops, as packed-storage code writes them: the
 * reverse sweep steps such a counter back instead of saving it, so these cover the places where
 * stepping back must meet a saved value again (a counter reset per block, stepped in a branch,
 * stepped in a loop that exits early).
 */
public final class SteppedCounters {
  private SteppedCounters() {}

  /** |L v|² for the lower-triangular L stored row by row in {@code packed}. */
  @Differentiable
  static double packedLowerTimesVector(double[] packed, double[] v) {
    int n = v.length;
    int at = 0;
    double norm = 0;
    for (int r = 0; r < n; r++) {
      double y = 0;
      for (int col = 0; col <= r; col++) {
        y += packed[at] * v[col];
        at++;
      }
      norm += y * y;
    }
    return norm;
  }

  /**
   * Per block, exp of its log-diagonal plus its strictly lower part from {@code icf[b][d..]},
   * the counter starting again at {@code d} in every block (the Gaussian-mixture layout).
   */
  @Differentiable
  static double blockTriangular(double[][] icf, double[] x) {
    int d = x.length;
    double total = 0;
    for (int b = 0; b < icf.length; b++) {
      int l = d;
      for (int r = 0; r < d; r++) {
        double q = Math.exp(icf[b][r]) * x[r];
        for (int j = 0; j < r; j++) {
          q += icf[b][l] * x[j];
          l++;
        }
        total += Math.sin(q);
      }
    }
    return total;
  }

  /** Every other element, in a loop stepped by two that stops once the sum passes a limit. */
  @Differentiable
  static double everyOtherUntil(double[] x, double a) {
    double s = 0;
    int i = 0;
    while (i < x.length) {
      s += a * x[i] * x[i];
      if (s > 4) {
        break;
      }
      i += 2;
    }
    return s * i;
  }

  /** x reversed against itself, by a counter running down while the loop index runs up. */
  @Differentiable
  static double againstItsReverse(double[] x) {
    double s = 0;
    int j = x.length - 1;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * Math.cos(x[j]);
      j--;
    }
    return s;
  }

  /** The positive entries of x paired with the weights in order: a counter stepped in a branch. */
  @Differentiable
  static double positivesWeighted(double[] x, double[] w) {
    int m = 0;
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0) {
        s += w[m % w.length] * x[i] * x[i];
        m += 1;
      }
    }
    return s + m;
  }
}
