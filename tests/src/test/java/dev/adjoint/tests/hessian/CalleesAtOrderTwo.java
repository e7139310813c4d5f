package dev.adjoint.tests.hessian;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Second derivatives through calls: each callee is itself {@code order = 2}. */
final class CalleesAtOrderTwo {
  private CalleesAtOrderTwo() {}

  @Differentiable(order = 2)
  static double bump(double x, double k) {
    return Math.exp(-k * x * x);
  }

  @Differentiable(order = 2)
  static double ring(double[] w, double s) {
    double t = 0.0;
    for (int i = 0; i < w.length; i++) {
      t += w[i] * w[i] * s;
    }
    return Math.sin(t);
  }

  /** Calls in a loop with array-element arguments, and a call with an array argument. */
  @Differentiable(order = 2)
  static double total(double[] x, double k, @NoDerivative double c) {
    double e = 0.0;
    for (int i = 0; i < x.length; i++) {
      e += bump(x[i], k) * x[i];
    }
    return e + ring(x, k * c) * k;
  }

  /** A recursive order-2 method: x^n by repeated multiplication. */
  @Differentiable(order = 2)
  static double power(double x, int n) {
    if (n == 0) {
      return 1.0;
    }
    return x * power(x, n - 1);
  }
}
