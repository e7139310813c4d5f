package dev.adjoint.testlib;

import dev.adjoint.DerivativeOf;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * Differentiable building blocks compiled in their own module: code in other modules reaches
 * their derivatives only through the generated {@code KernelsDerivatives}.
 */
public final class Kernels {
  private Kernels() {}

  /** A smooth absolute value, {@code sqrt(x² + eps²)}. */
  @Differentiable
  public static double smoothAbs(double x, @NoDerivative double eps) {
    return Math.sqrt(x * x + eps * eps);
  }

  /** {@code Σ w[i] x[i]²}. */
  @Differentiable
  public static double weightedSquares(double[] w, double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * x[i] * x[i];
    }
    return s;
  }

  /** {@code tanh} applied element by element. */
  @Differentiable
  public static double[] tanhAll(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.tanh(x[i]);
    }
    return y;
  }

  /** {@code log(1 + e^x)} computed through a path Adjoint does not see into. */
  public static double opaqueSoftplus(double x) {
    double[] holder = {x};
    return Math.max(holder[0], 0.0) + Math.log1p(Math.exp(-Math.abs(holder[0])));
  }

  /** The derivative of {@link #opaqueSoftplus}: the logistic function. */
  @DerivativeOf("opaqueSoftplus")
  public static double opaqueSoftplusJvp(double x, double xDot) {
    return xDot / (1.0 + Math.exp(-x));
  }
}
