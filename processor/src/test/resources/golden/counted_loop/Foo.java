package demo;

import dev.adjoint.Differentiable;

final class Foo {
  /** Horner's rule: p is overwritten every iteration, so reverse mode saves it n times. */
  @Differentiable
  static double horner(double[] c, double x) {
    double p = 0.0;
    for (int i = c.length - 1; i >= 0; i--) {
      p = p * x + c[i];
    }
    return p;
  }
}
