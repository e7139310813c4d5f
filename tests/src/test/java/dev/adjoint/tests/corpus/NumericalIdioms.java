package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.Arrays;
import org.hipparchus.util.FastMath;

/**
 * Idioms of published numerical Java, written as found: argument checks that throw, private
 * constants and helpers, row aliases, scratch arrays declared in loops, fill and copy, array
 * values, jagged matrices and switch. Each compiles unchanged.
 */
public final class NumericalIdioms {
  private NumericalIdioms() {}

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double[] WEIGHTS = {0.25, 0.5, 0.25};
  static final int LINEAR = 0;
  static final int QUADRATIC = 1;
  static final int CUBIC = 2;

  /** A Gaussian log-density with its argument check and a private normalising constant. */
  @Differentiable
  static double gaussianLogDensity(double x, double mean, double sigma) {
    if (sigma <= 0) {
      throw new IllegalArgumentException("sigma must be positive: " + sigma);
    }
    double z = (x - mean) / sigma;
    return -0.5 * z * z - FastMath.log(sigma) - HALF_LOG_TWO_PI;
  }

  @Differentiable
  private static double smoothed(double[] v, int i) {
    double s = 0;
    for (int k = 0; k < WEIGHTS.length; k++) {
      s += WEIGHTS[k] * v[Math.min(v.length - 1, Math.max(0, i + k - 1))];
    }
    return s;
  }

  /** A batched loss: row aliases, a scratch array per sample, a private helper. */
  @Differentiable
  static double batchLoss(double[] w, @NoDerivative double[][] inputs) {
    double total = 0;
    for (int s = 0; s < inputs.length; s++) {
      double[] x = inputs[s];
      double[] h = new double[w.length];
      for (int j = 0; j < h.length; j++) {
        h[j] = Math.tanh(w[j] * x[j % x.length]);
      }
      double out = 0;
      for (int j = 0; j < h.length; j++) {
        out += smoothed(h, j) * w[j];
      }
      total += out * out;
    }
    return total / inputs.length;
  }

  /** Fill and copy between local arrays, overlapping copies included. */
  @Differentiable
  static double shifted(double[] x, double c) {
    double[] b = new double[x.length + 2];
    System.arraycopy(x, 0, b, 1, x.length);
    System.arraycopy(b, 0, b, 1, x.length);
    Arrays.fill(b, 0, 1, c * c);
    double s = 0;
    for (int i = 0; i < b.length; i++) {
      s += b[i] * b[i] * (i + 1);
    }
    return s;
  }

  /** A jagged lower triangle, each row allocated in the loop, one given by an initializer. */
  @Differentiable
  static double triangle(double[] x, int m) {
    double[][] rows = new double[m][];
    for (int i = 0; i < m; i++) {
      rows[i] = new double[i + 1];
      for (int j = 0; j <= i; j++) {
        rows[i][j] = x[j % x.length] * (i + 1);
      }
    }
    rows[0] = new double[] {x[0] * x[0], 2.0};
    double s = 0;
    for (double[] row : rows) {
      for (double v : row) {
        s += v * v;
      }
    }
    return s;
  }

  /** A model returning its residuals as an array value, with an initializer as an argument. */
  @Differentiable
  static double[] decay(double[] p) {
    double e = Math.exp(-p[1] * p[2]);
    return new double[] {p[0] * e, -p[0] * p[2] * e, AdjointMath.dot(new double[] {p[0], p[1]},
        new double[] {p[2], 1.0})};
  }

  /** A piecewise function selected by an int code, in both switch forms. */
  @Differentiable
  static double piecewise(double x, int kind) {
    double y;
    switch (kind) {
      case LINEAR:
        y = 2 * x;
        break;
      case QUADRATIC:
      case 7:
        y = x * x;
        break;
      case CUBIC: {
        double t = x * x;
        y = t * x;
        break;
      }
      default:
        throw new IllegalArgumentException("kind " + kind);
    }
    double z = switch (kind % 2) {
      case 0 -> Math.sin(x);
      case 1 -> {
        double u = Math.exp(x);
        yield u * y;
      }
      default -> 0.0;
    };
    return y + z;
  }
}
