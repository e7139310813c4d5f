package demo;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

final class Foo {
  static final double RATE = 0.25;
  private static final double HALF = 0.5;

  @Differentiable(wrt = {"w"})
  static double decay(double w, double b, @NoDerivative double t, int steps) {
    double scale = Math.pow(1.0 - RATE, steps) * Math.exp(-t);
    return HALF * scale * w * w + b;
  }
}
