package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * {@code double[] b = g(0.5);}: an array-valued {@code @Differentiable} callee with constant
 * arguments, whose result becomes active later ({@code b[1] -= x}). The generated code did not
 * compile: {@code double[] bDot = 0.0;}. Expected: f = 0.5 + (0.25 − x)², f' = 2x − 0.5.
 */
public final class ConstantArgumentArrayCall {
  private ConstantArgumentArrayCall() {}

  @Differentiable
  static double[] pair(double t) {
    double[] r = new double[2];
    r[0] = t;
    r[1] = t * t;
    return r;
  }

  @Differentiable
  static double constantThenActive(double x) {
    double[] b = pair(0.5);
    b[1] -= x;
    return b[0] + b[1] * b[1];
  }
}
