package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/**
 * Loops over data points whose iterations meet only through sums, which the reverse sweep does in
 * one pass, and their near misses: a value carried from one iteration to the next, a scratch
 * array read before the iteration writes it, a scratch array read after the loop.
 */
public final class OnePassLoops {
  private OnePassLoops() {}

  /** Mean squared residual of a line through the points: linear after the loop. */
  @Differentiable
  static double meanSquaredResidual(double[] x, double slope, double offset) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double r = slope * x[i] + offset - Math.sin(x[i]);
      total += r * r;
    }
    return total / x.length;
  }

  /** Log of a sum of exponentials, minus a prior term: the code after the loop is not linear. */
  @Differentiable
  static double logOfSum(double[] x, double scale) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.exp(scale * x[i]);
    }
    return Math.log(s) - 0.5 * scale * scale;
  }

  /**
   * A mixture-like objective over points in d dimensions, with a scratch vector rewritten for
   * every point and component, read below its bound and triangularly.
   */
  @Differentiable
  static double pointsAndComponents(double[] x, double[] centers, double w) {
    int d = 2;
    int n = x.length / d;
    int k = centers.length / d;
    double[] centered = new double[d];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++) {
          centered[j] = x[i * d + j] - centers[c * d + j];
        }
        double q = 0;
        for (int r = 0; r < d; r++) {
          double qr = centered[r];
          for (int col = 0; col < r; col++) {
            qr += w * centered[col];
          }
          q += qr * qr;
        }
        sum += Math.exp(-0.5 * q);
      }
      total -= Math.log(sum);
    }
    return 2 * total + w * w;
  }

  /** A scratch scalar, sums under a branch and an int counter. */
  @Differentiable
  static double hingeAverage(double[] x, double a) {
    double margin;
    double loss = 0;
    int active = 0;
    for (int i = 0; i < x.length; i++) {
      margin = 1 - a * x[i];
      if (margin > 0) {
        loss += margin * margin;
        active = active + 1;
      }
    }
    return loss / (1 + active);
  }

  /** Near miss: the value carried from one iteration to the next. */
  @Differentiable
  static double carried(double[] x, double a) {
    double previous = a;
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double next = Math.tanh(previous + x[i]);
      total += next * previous;
      previous = next;
    }
    return total;
  }

  /** Near miss: one element of the scratch array survives into the next iteration. */
  @Differentiable
  static double scratchReadFirst(double[] x, double a) {
    double[] state = new double[2];
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      total += state[1] * x[i];
      state[0] = a * x[i];
      state[1] = Math.sin(state[0]) + a;
    }
    return total;
  }

  /** Near miss: the scratch array is read after the loop. */
  @Differentiable
  static double scratchReadAfter(double[] x, double a) {
    double[] last = new double[1];
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      last[0] = a * x[i] * x[i];
      total += last[0];
    }
    return total + last[0] * a;
  }

  /** A window of neighbours, {@code i + 1 < n}, subtracted into a scratch-free total. */
  @Differentiable
  static double neighbourDifferences(double[] x, double a) {
    double[] window = new double[2];
    double total = 0;
    for (int i = 0; i + 1 < x.length; i++) {
      for (int j = 0; j < 2; j++) {
        window[j] = x[i + j] * a;
      }
      double d = window[1] - window[0];
      total -= Math.cos(d) * window[0];
    }
    return total * total;
  }
}
