package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import dev.adjoint.benchmarks.Results.DenseGradient;
import dev.adjoint.benchmarks.Results.HornerGradient;
import dev.adjoint.benchmarks.Results.ScalarGradient;

/**
 * Gradients derived and written by hand, the way a careful programmer would: one forward pass,
 * reusing intermediate values, no saved copies beyond what the derivative needs.
 */
public final class HandWritten {
  private HandWritten() {}

  /** ∂/∂x[i] of Σ 100 (x[i+1] - x[i]²)² + (1 - x[i])². */
  public static ArrayGradient rosenbrock(double[] x) {
    int n = x.length;
    double[] g = new double[n];
    double f = 0;
    for (int i = 0; i < n - 1; i++) {
      double xi = x[i];
      double a = x[i + 1] - xi * xi;
      double b = 1 - xi;
      f += 100 * a * a + b * b;
      g[i] += -400 * a * xi - 2 * b;
      g[i + 1] += 200 * a;
    }
    return new ArrayGradient(f, g);
  }

  /** Backpropagation through z = W x + b, t = tanh z, loss = ½ |t - y|². */
  public static DenseGradient denseLayerLoss(double[][] w, double[] b, double[] x, double[] y) {
    int n = b.length;
    int m = x.length;
    double[][] gw = new double[n][m];
    double[] gb = new double[n];
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double[] wi = w[i];
      double z = b[i];
      for (int j = 0; j < m; j++) {
        z += wi[j] * x[j];
      }
      double t = Math.tanh(z);
      double r = t - y[i];
      loss += r * r;
      double dz = r * (1 - t * t);
      gb[i] = dz;
      double[] gwi = gw[i];
      for (int j = 0; j < m; j++) {
        gwi[j] = dz * x[j];
      }
    }
    return new DenseGradient(0.5 * loss, gw, gb);
  }

  /** The gradient of log-sum-exp is the softmax. */
  public static ArrayGradient logSumExp(double[] x) {
    int n = x.length;
    double m = x[0];
    for (int i = 1; i < n; i++) {
      m = Math.max(m, x[i]);
    }
    double[] g = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      double e = Math.exp(x[i] - m);
      g[i] = e;
      s += e;
    }
    double inv = 1 / s;
    for (int i = 0; i < n; i++) {
      g[i] *= inv;
    }
    return new ArrayGradient(m + Math.log(s), g);
  }

  /** p(x) and p'(x) by the Horner recurrence; ∂p/∂c[k] = x^k. */
  public static HornerGradient horner(double x, double[] c) {
    int d = c.length - 1;
    double p = c[d];
    double dp = 0;
    for (int k = d - 1; k >= 0; k--) {
      dp = dp * x + p;
      p = p * x + c[k];
    }
    double[] gc = new double[c.length];
    double power = 1;
    for (int k = 0; k <= d; k++) {
      gc[k] = power;
      power *= x;
    }
    return new HornerGradient(p, dp, gc);
  }

  /** The derivatives of {@link Functions#straightLine}, by the chain rule on paper. */
  public static ScalarGradient straightLine(double x, double y) {
    double a = x * y;
    double sinA = Math.sin(a);
    double e = Math.exp(-x * x);
    double b = sinA + e;
    double q = 1 + y * y;
    double c = Math.sqrt(q);
    double l = Math.log1p(b * b);
    double d = l / c;
    double theta = Math.atan2(y, x);
    double value = d + theta * a;

    double dDb = 2 * b / ((1 + b * b) * c);
    double dbDx = Math.cos(a) * y - 2 * x * e;
    double dbDy = Math.cos(a) * x;
    double dDc = -d / c;
    double dcDy = y / c;
    double r2 = x * x + y * y;
    double dx = dDb * dbDx + (-y / r2) * a + theta * y;
    double dy = dDb * dbDy + dDc * dcDy + (x / r2) * a + theta * x;
    return new ScalarGradient(value, dx, dy);
  }
}
