package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * The benchmarked functions, written as a user would write them. The processor generates
 * {@code FunctionsDerivatives} (JVP, VJP and gradient) from these bodies; {@link HandWritten},
 * {@link HipparchusGradients} and {@link FiniteDifferences} compute the same gradients
 * independently.
 */
public final class Functions {
  private Functions() {}

  /** The Rosenbrock function over n >= 2 variables. */
  @Differentiable
  public static double rosenbrock(double[] x) {
    double f = 0;
    for (int i = 0; i < x.length - 1; i++) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1 - x[i];
      f += 100 * a * a + b * b;
    }
    return f;
  }

  /**
   * One dense layer and its loss: {@code (1/2) |tanh(W x + b) - y|^2}, differentiable in the weights
   * {@code w} (n x m) and the bias {@code b}; the input {@code x} and target {@code y} are data.
   */
  @Differentiable(wrt = {"w", "b"})
  public static double denseLayerLoss(double[][] w, double[] b, double[] x, double[] y) {
    int n = b.length;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = b[i];
      for (int j = 0; j < x.length; j++) {
        z[i] += w[i][j] * x[j];
      }
    }
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double r = Math.tanh(z[i]) - y[i];
      loss += r * r;
    }
    return 0.5 * loss;
  }

  /** {@code log Σ exp(x[i])}, shifted by the maximum so it neither overflows nor underflows. */
  @Differentiable
  public static double logSumExp(double[] x) {
    double m = x[0];
    for (int i = 1; i < x.length; i++) {
      m = Math.max(m, x[i]);
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.exp(x[i] - m);
    }
    return m + Math.log(s);
  }

  /**
   * The polynomial {@code c[0] + c[1] x + ... + c[d] x^d} by Horner's rule, differentiable in the
   * point {@code x} and in every coefficient.
   */
  @Differentiable
  public static double horner(double x, double[] c) {
    double p = c[c.length - 1];
    for (int k = c.length - 2; k >= 0; k--) {
      p = p * x + c[k];
    }
    return p;
  }

  /** A loop-free scalar function of two variables: a handful of elementary functions. */
  @Differentiable
  public static double straightLine(double x, double y) {
    double a = x * y;
    double b = Math.sin(a) + Math.exp(-x * x);
    double c = Math.sqrt(1 + y * y);
    double d = Math.log1p(b * b) / c;
    return d + Math.atan2(y, x) * a;
  }
}
