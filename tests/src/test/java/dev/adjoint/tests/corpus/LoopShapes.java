package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/**
 * Loops of unusual shape: indices changed in the body, bounds changed in the body, geometric strides,
 * two indices, data-dependent conditions in for loops, computed indices, arrays reused after being
 * overwritten, tables read at a computed position.
 */
public final class LoopShapes {
  private LoopShapes() {}

  /** The index is advanced inside the body too: an entry above 1 skips the next one. */
  @Differentiable
  static double skipAfterLarge(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
      if (x[i] > 1) {
        i++;
      }
    }
    return s;
  }

  /** The bound shrinks inside the body: every negative entry drops one entry from the end. */
  @Differentiable
  static double shrinkingBound(double[] x) {
    int n = x.length;
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.sin(x[i]) + x[i];
      if (x[i] < 0) {
        n--;
      }
    }
    return s;
  }

  /** A geometric stride: i = 1, 2, 4, 8, ... */
  @Differentiable
  static double powersOfTwoIndices(double[] x) {
    double s = 0;
    for (int i = 1; i < x.length; i *= 2) {
      s += x[i] * x[i - 1];
    }
    return s;
  }

  /** A for loop whose condition reads a double: add squares until the budget is spent (or the data ends). */
  @Differentiable
  static double forUntilBudget(double[] x, double budget) {
    double s = 0;
    int k;
    for (k = 0; k < x.length && s < budget; k++) {
      s += x[k] * x[k];
    }
    return s * k;
  }

  /** The entry of largest value found in a loop, then read through the int index it left behind. */
  @Differentiable
  static double weightAtArgmax(double[] x, double[] w) {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return x[best] * w[best];
  }

  /** Linear interpolation in a table at position t in [0, 1]: an index computed by a cast. */
  @Differentiable
  static double interpolate(double[] table, double t) {
    int n = table.length;
    double position = t * (n - 1);
    int i = (int) position;
    if (i > n - 2) {
      i = n - 2;
    }
    double f = position - i;
    return table[i] * (1 - f) + table[i + 1] * f;
  }

  /**
   * A buffer overwritten after a loop read it: the reverse sweep of the first reduction needs the
   * values the second loop destroyed.
   */
  @Differentiable
  static double bufferReuse(double[] x) {
    int n = x.length;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = x[i] * x[i];
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.sin(c[i]);
    }
    for (int i = 0; i < n; i++) {
      c[i] = c[i] * x[i] + s;
    }
    for (int i = 0; i < n; i++) {
      s += Math.cos(c[i]);
    }
    return s;
  }

  /** Compound assignments on matrix entries: *=, -=, /= in nested loops. */
  @Differentiable
  static double compoundMatrixUpdates(double[][] a) {
    int n = a.length;
    int m = a[0].length;
    double[][] b = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        b[i][j] = a[i][j] + 2;
        b[i][j] *= a[i][j];
        b[i][j] -= 0.5 * a[i][m - 1 - j];
        b[i][j] /= 1 + a[i][j] * a[i][j];
      }
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        s += b[i][j] * b[n - 1 - i][j];
      }
    }
    return s;
  }

  /** A 2D initializer built from parameters: rotate a point by theta. */
  @Differentiable
  static double[] rotate(double[] p, double theta) {
    double c = Math.cos(theta);
    double s = Math.sin(theta);
    double[][] r = {{c, -s}, {s, c}};
    double[] q = new double[2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        q[i] += r[i][j] * p[j];
      }
    }
    return q;
  }

  /** A boolean flag set inside the loop chooses the formula after it. */
  @Differentiable
  static double anyNegative(double[] x) {
    boolean negative = false;
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 0) {
        negative = true;
      }
      s += x[i];
    }
    return negative ? s * s : Math.sqrt(s);
  }

  /** A while loop that may run zero times, over a local array built before it. */
  @Differentiable
  static double whileMaybeNever(double[] x, int start) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.exp(x[i]);
    }
    double s = 1;
    int i = start;
    while (i < y.length) {
      s = s * y[i] + x[i];
      i += 2;
    }
    return s;
  }

  /** An inner loop whose trip count is read from the data through a cast. */
  @Differentiable
  static double dataDrivenInnerCount(double[] x, double[] counts) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      int k = (int) counts[i];
      double p = 1;
      for (int j = 0; j < k; j++) {
        p *= x[i];
      }
      s += p;
    }
    return s;
  }
}
