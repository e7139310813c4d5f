package demo;

import dev.adjoint.Differentiable;

final class Foo {
  @Differentiable
  static double huber(double r, double delta) {
    double a = Math.abs(r);
    double loss = a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    if (loss > 1.0) {
      loss = Math.sqrt(loss);
    }
    loss *= loss;
    return loss;
  }
}
