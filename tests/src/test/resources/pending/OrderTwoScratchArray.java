package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * {@code @Differentiable(order = 2)} with a scratch array declared anew in each iteration of a
 * loop, which the reverse sweep saves by reference. The generated Hessian code did not compile:
 * the tangent of the saved reference was written as {@code aSavedDot[top] = 0.0;} and restored as
 * {@code aDot = 0.0;}. Expected: each iteration maps y to y - y², so f = g(g(g(y))) with
 * g(y) = y - y², and f'' = -1.0966 at y = 0.3.
 */
public final class OrderTwoScratchArray {
  private OrderTwoScratchArray() {}

  @Differentiable(order = 2)
  static double scratchPerIteration(double y) {
    int k = 0;
    do {
      k++;
      double[] a = {-0.75, 2.0, 0.0, y};
      y -= a[3] * a[3];
    } while (k < 3);
    return y;
  }
}
