package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
/**
 * Loops whose values are overwritten every iteration or built up in a local array: Horner's rule,
 * prefix sums, cumulative products, moving averages, recurrences, small recurrent networks, and loops
 * with unusual strides.
 */
public final class Recurrences {
  private Recurrences() {}

  /** Horner's rule, counting down: y is overwritten every iteration. */
  @Differentiable
  static double horner(double[] c, double x) {
    double y = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      y = y * x + c[i];
    }
    return y;
  }

  /** The same polynomial with a running power of x, counting up. */
  @Differentiable
  static double powerSeries(double[] a, double x) {
    double sum = 0;
    double xk = 1;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * xk;
      xk *= x;
    }
    return sum;
  }

  /** Clenshaw's recurrence for a Chebyshev series sum c_k T_k(x): two values shifted every step. */
  @Differentiable
  static double clenshaw(double[] c, double x) {
    double b1 = 0;
    double b2 = 0;
    for (int k = c.length - 1; k >= 1; k--) {
      double b0 = c[k] + 2 * x * b1 - b2;
      b2 = b1;
      b1 = b0;
    }
    return c[0] + x * b1 - b2;
  }

  /** Prefix sums in a local array, s[i] = s[i-1] + x[i], then reduced. */
  @Differentiable
  static double prefixSumSquares(double[] x) {
    int n = x.length;
    double[] s = new double[n];
    s[0] = x[0];
    for (int i = 1; i < n; i++) {
      s[i] = s[i - 1] + x[i];
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += s[i] * s[i];
    }
    return total;
  }

  /** Cumulative products in a local array, c[i] = c[i-1] * x[i], summed. */
  @Differentiable
  static double cumulativeProductSum(double[] x) {
    double[] c = new double[x.length];
    c[0] = x[0];
    for (int i = 1; i < x.length; i++) {
      c[i] = c[i - 1] * x[i];
    }
    double s = 0;
    for (double v : c) {
      s += v;
    }
    return s;
  }

  /** Exponential moving average: the state is overwritten every step; returns the last value. */
  @Differentiable
  static double ema(double[] x, double alpha) {
    double m = x[0];
    for (int t = 1; t < x.length; t++) {
      m = alpha * x[t] + (1 - alpha) * m;
    }
    return m;
  }

  /** The moving average kept as a series in a local array, then its energy. */
  @Differentiable
  static double emaEnergy(double[] x, double alpha) {
    double[] e = new double[x.length];
    e[0] = x[0];
    for (int t = 1; t < x.length; t++) {
      e[t] = alpha * x[t] + (1 - alpha) * e[t - 1];
    }
    double energy = 0;
    for (int t = 0; t < e.length; t++) {
      energy += e[t] * e[t];
    }
    return energy;
  }

  /** Array elements overwritten from themselves: c[i] = c[i] * c[i], then c[i] = c[i] * c[i] + c[i]. */
  @Differentiable
  static double squareInPlace(double[] x) {
    int n = x.length;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = x[i];
    }
    for (int i = 0; i < n; i++) {
      c[i] = c[i] * c[i];
    }
    for (int i = 0; i < n; i++) {
      c[i] = c[i] * c[i] + c[i];
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.sin(c[i]);
    }
    return s;
  }

  /** A second-order linear recurrence f[i] = a f[i-1] + b f[i-2] + x[i] in a local array. */
  @Differentiable
  static double linearRecurrence(double[] x, double a, double b) {
    int n = x.length;
    double[] f = new double[n + 2];
    for (int i = 0; i < n; i++) {
      f[i + 2] = a * f[i + 1] + b * f[i] + x[i];
    }
    return f[n + 1];
  }

  /** A scalar recurrent unit: h = tanh(wh h + wx x_t + b), overwritten every step. */
  @Differentiable
  static double rnn(double[] xs, double wh, double wx, double b) {
    double h = 0;
    for (int t = 0; t < xs.length; t++) {
      h = Math.tanh(wh * h + wx * xs[t] + b);
    }
    return h;
  }

  /**
   * A vector recurrent network: h' = tanh(W h + u x_t + b), two local arrays with a copy back each
   * step; returns the sum of the last state.
   */
  @Differentiable
  static double rnnVector(double[][] w, double[] u, double[] b, double[] xs) {
    int hidden = u.length;
    double[] h = new double[hidden];
    double[] next = new double[hidden];
    for (int t = 0; t < xs.length; t++) {
      for (int i = 0; i < hidden; i++) {
        double z = u[i] * xs[t] + b[i];
        for (int j = 0; j < hidden; j++) {
          z += w[i][j] * h[j];
        }
        next[i] = Math.tanh(z);
      }
      for (int i = 0; i < hidden; i++) {
        h[i] = next[i];
      }
    }
    double s = 0;
    for (int i = 0; i < hidden; i++) {
      s += h[i];
    }
    return s;
  }

  /** A continued fraction a0 + x/(a1 + x/(a2 + ...)) evaluated from the back. */
  @Differentiable
  static double continuedFraction(double[] a, double x) {
    int n = a.length;
    double v = a[n - 1];
    for (int i = n - 2; i >= 0; i--) {
      v = a[i] + x / v;
    }
    return v;
  }

  /** A stride of 2: products of neighbouring pairs (x0 x1 + x2 x3 + ...). */
  @Differentiable
  static double pairProducts(double[] x) {
    double s = 0;
    for (int i = 0; i + 1 < x.length; i += 2) {
      s += x[i] * x[i + 1];
    }
    return s;
  }

  /** Counting down with a stride of 3, weights from the index. */
  @Differentiable
  static double stridedCountdown(double[] x) {
    double s = 0;
    for (int i = x.length - 1; i >= 0; i -= 3) {
      s += (i + 1) * Math.sin(x[i]);
    }
    return s;
  }

  /**
   * A buffer filled with a constant, then accumulated into, then reduced. (Written with a loop: the
   * Arrays.fill spelling is in src/test/resources/pending/PendingArraysFill.java until it compiles.)
   */
  @Differentiable
  static double fillThenReduce(double[] x, double c) {
    double[] buffer = new double[x.length];
    for (int i = 0; i < buffer.length; i++) {
      buffer[i] = c;
    }
    for (int i = 0; i < x.length; i++) {
      buffer[i] += x[i] * x[i];
    }
    double s = 0;
    for (int i = 0; i < buffer.length; i++) {
      s += Math.log(buffer[i]);
    }
    return s;
  }

  /** A do/while whose trip count depends on the data: halve until at most 1, then scale by the count. */
  @Differentiable
  static double halvings(double x) {
    double y = x;
    int k = 0;
    do {
      y = y * 0.5;
      k++;
    } while (y > 1);
    return y * k + x;
  }

  /** Local array with an initializer, updated by a loop over it. */
  @Differentiable
  static double initializedWeights(double[] x) {
    double[] w = {0.5, -1.0, 2.0};
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      w[i % 3] = w[i % 3] * x[i] + 1;
      s += w[i % 3];
    }
    return s;
  }

  /** An int sign and a boolean flag flipped every iteration, driving the loop body. */
  @Differentiable
  static double alternatingSeries(double[] x, boolean startNegative) {
    int sign = startNegative ? -1 : 1;
    boolean skip = false;
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      if (!skip) {
        s += sign * x[i] * x[i];
      } else {
        s += sign * Math.cos(x[i]);
      }
      sign = -sign;
      skip = !skip;
    }
    return s;
  }

  /**
   * Bubble sort of a local copy (swaps under a comparison in nested loops with a shrinking bound),
   * then weights by rank: a sum of order statistics.
   */
  @Differentiable
  static double sortedWeightedSum(double[] x) {
    int n = x.length;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = x[i];
    }
    for (int i = 0; i < n - 1; i++) {
      for (int j = 0; j < n - 1 - i; j++) {
        if (c[j] > c[j + 1]) {
          double t = c[j];
          c[j] = c[j + 1];
          c[j + 1] = t;
        }
      }
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (i + 1) * c[i] * c[i];
    }
    return s;
  }

  /** Scatter-add with computed indices that may coincide: c[k] += x[i] * c[j] with k == j sometimes. */
  @Differentiable
  static double scatterAdd(double[] x) {
    int n = x.length;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = 1;
    }
    for (int i = 0; i < n; i++) {
      c[(3 * i) % n] += x[i] * c[(i + 1) % n];
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += c[i] * c[i];
    }
    return s;
  }

  /**
   * Soft dynamic time warping between two series: a table filled row by row, each cell from its three
   * neighbours by a soft minimum, with ifs on the indices for the borders.
   */
  @Differentiable
  static double softDtw(double[] x, double[] y, double gamma) {
    int n = x.length;
    int m = y.length;
    double[][] r = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double cost = (x[i] - y[j]) * (x[i] - y[j]);
        if (i == 0 && j == 0) {
          r[i][j] = cost;
        } else if (i == 0) {
          r[i][j] = cost + r[i][j - 1];
        } else if (j == 0) {
          r[i][j] = cost + r[i - 1][j];
        } else {
          double a = r[i - 1][j];
          double b = r[i][j - 1];
          double c = r[i - 1][j - 1];
          double lo = Math.min(a, Math.min(b, c));
          double s = Math.exp(-(a - lo) / gamma) + Math.exp(-(b - lo) / gamma) + Math.exp(-(c - lo) / gamma);
          r[i][j] = cost + lo - gamma * Math.log(s);
        }
      }
    }
    return r[n - 1][m - 1];
  }

  /**
   * Insertion sort of a local copy: an inner while loop whose trip count depends on the data shifts
   * entries right, and the int index it leaves behind says where the key goes. Then rank weights.
   */
  @Differentiable
  static double insertionSortWeighted(double[] x) {
    int n = x.length;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = x[i];
    }
    for (int i = 1; i < n; i++) {
      double key = c[i];
      int j = i - 1;
      while (j >= 0 && c[j] > key) {
        c[j + 1] = c[j];
        j--;
      }
      c[j + 1] = key;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.exp(-0.5 * i) * c[i];
    }
    return s;
  }
}
