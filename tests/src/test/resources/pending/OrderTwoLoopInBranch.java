package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * {@code @Differentiable(order = 2)} with a loop nested inside an {@code if}, where the reverse sweep
 * saves {@code t} once per iteration. The generated Hessian code did not compile: the tangent of the
 * saved array was declared as {@code double[] tSavedDot = 0.0;}. Expected: for y > 0,
 * f = x(x(x + y) + y) + y = x³ + x²y + xy + y, with its Hessian; for y ≤ 0, f = xy.
 */
public final class OrderTwoLoopInBranch {
  private OrderTwoLoopInBranch() {}

  @Differentiable(order = 2)
  static double loopInBranch(double x, double y) {
    double t = 1.0;
    if (y > 0.0) {
      for (int i = 0; i < 3; i++) {
        t = t * x + y;
      }
    } else {
      t = x * y;
    }
    return t;
  }
}
