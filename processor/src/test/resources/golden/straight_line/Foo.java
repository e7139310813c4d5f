package demo;

import dev.adjoint.Differentiable;

final class Foo {
  @Differentiable
  static double f(double x, double y) {
    double s = Math.sin(x) * y;
    return s * x;
  }
}
