package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Array-valued functions: elementwise maps, normalisations, scans, layers; most have an fJacobian. */
public final class VectorMaps {
  private VectorMaps() {}

  @Differentiable
  static double[] softplus(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.log1p(Math.exp(x[i]));
    }
    return y;
  }

  /** Running sums: out[i] = out[i-1] + x[i]. */
  @Differentiable
  static double[] prefixSums(double[] x) {
    double[] out = new double[x.length];
    double running = 0;
    for (int i = 0; i < x.length; i++) {
      running += x[i];
      out[i] = running;
    }
    return out;
  }

  /** Running products written on the output array itself: out[i] = out[i-1] * x[i]. */
  @Differentiable
  static double[] cumulativeProduct(double[] x) {
    double[] out = new double[x.length];
    out[0] = x[0];
    for (int i = 1; i < x.length; i++) {
      out[i] = out[i - 1] * x[i];
    }
    return out;
  }

  /** x / |x|. */
  @Differentiable
  static double[] normalize(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    double norm = Math.sqrt(s);
    double[] u = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      u[i] = x[i] / norm;
    }
    return u;
  }

  /** A x with the matrix as data: the Jacobian is A. */
  @Differentiable
  static double[] matVec(@NoDerivative double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a[i][j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  /** A dense layer tanh(W x + b), differentiable in the input only. */
  @Differentiable(wrt = "x")
  static double[] denseTanh(double[][] w, double[] b, double[] x) {
    double[] h = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double z = b[i];
      for (int j = 0; j < x.length; j++) {
        z += w[i][j] * x[j];
      }
      h[i] = Math.tanh(z);
    }
    return h;
  }

  /** The same layer differentiable in the weights, the bias and the input (no Jacobian: three parameters). */
  @Differentiable
  static double[] denseLayer(double[][] w, double[] b, double[] x) {
    double[] h = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double z = b[i];
      for (int j = 0; j < x.length; j++) {
        z += w[i][j] * x[j];
      }
      h[i] = z > 0 ? z : 0.01 * z;
    }
    return h;
  }

  /** z - logSumExp(z), stable. */
  @Differentiable
  static double[] logSoftmax(double[] z) {
    double max = z[0];
    for (int i = 1; i < z.length; i++) {
      max = Math.max(max, z[i]);
    }
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      s += Math.exp(z[i] - max);
    }
    double lse = max + Math.log(s);
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i] - lse;
    }
    return out;
  }

  /** Forward differences x[i+1] - x[i]: one output fewer than inputs (none for one input). */
  @Differentiable
  static double[] differences(double[] x) {
    double[] d = new double[x.length - 1];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i + 1] - x[i];
    }
    return d;
  }

  /** The input reversed and weighted, filled by a loop counting down. */
  @Differentiable
  static double[] reversedWeighted(double[] x) {
    int n = x.length;
    double[] out = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      out[n - 1 - i] = (i + 1) * x[i] * Math.cos(x[i]);
    }
    return out;
  }

  /** An exponential moving average series, differentiable in the data and the rate. */
  @Differentiable
  static double[] emaSeries(double[] x, double alpha) {
    double[] m = new double[x.length];
    m[0] = x[0];
    for (int t = 1; t < x.length; t++) {
      m[t] = alpha * x[t] + (1 - alpha) * m[t - 1];
    }
    return m;
  }

  /** A polynomial (coefficients c) evaluated at many points by Horner: the Jacobian is a Vandermonde matrix. */
  @Differentiable
  static double[] polynomialValues(@NoDerivative double[] points, double[] c) {
    double[] values = new double[points.length];
    for (int p = 0; p < points.length; p++) {
      double y = 0;
      for (int k = c.length - 1; k >= 0; k--) {
        y = y * points[p] + c[k];
      }
      values[p] = y;
    }
    return values;
  }

  /** The hidden states of a scalar recurrent unit, one per input. */
  @Differentiable
  static double[] rnnStates(double[] xs, double w, double u) {
    double[] h = new double[xs.length];
    double state = 0;
    for (int t = 0; t < xs.length; t++) {
      state = Math.tanh(w * state + u * xs[t]);
      h[t] = state;
    }
    return h;
  }

  /** A centred moving average over three entries, clipped at the ends with int arithmetic and ifs. */
  @Differentiable
  static double[] movingAverage(double[] x) {
    int n = x.length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int lo = i - 1;
      int hi = i + 1;
      if (lo < 0) {
        lo = 0;
      }
      if (hi > n - 1) {
        hi = n - 1;
      }
      double s = 0;
      for (int j = lo; j <= hi; j++) {
        s += x[j];
      }
      out[i] = s / (hi - lo + 1);
    }
    return out;
  }

  /** Pairwise squared distances between the rows of p, flattened into one vector (a distance matrix). */
  @Differentiable
  static double[] distanceMatrix(double[][] p) {
    int n = p.length;
    double[] d = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < p[i].length; k++) {
          s += (p[i][k] - p[j][k]) * (p[i][k] - p[j][k]);
        }
        d[i * n + j] = s;
      }
    }
    return d;
  }

  /** ReLU of each entry, clipped above at 6 (ReLU6), with the branch in the loop. */
  @Differentiable
  static double[] relu6(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 0) {
        y[i] = 0;
      } else if (x[i] > 6) {
        y[i] = 6;
      } else {
        y[i] = x[i];
      }
    }
    return y;
  }

  /** The cube root of every entry by Newton's method, a do/while nested in a counted loop. */
  @Differentiable
  static double[] cubeRoots(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double r = 1 + x[i] / 3;
      double step = 0;
      do {
        step = (r * r * r - x[i]) / (3 * r * r);
        r -= step;
      } while (Math.abs(step) > 1e-13 * r);
      out[i] = r;
    }
    return out;
  }

  /** A curve R -> R^m, t -> (cos(t), cos(2t), ..., cos(mt)): one JVP or m VJPs for its derivative. */
  @Differentiable
  static double[] harmonics(double t, int m) {
    double[] out = new double[m];
    for (int k = 0; k < m; k++) {
      out[k] = Math.cos((k + 1) * t);
    }
    return out;
  }

  /** The running maximum, out[i] = max(out[i-1], x[i]), on the output array. */
  @Differentiable
  static double[] runningMax(double[] x) {
    double[] out = new double[x.length];
    out[0] = x[0];
    for (int i = 1; i < x.length; i++) {
      out[i] = Math.max(out[i - 1], x[i]);
    }
    return out;
  }
}
