package demo;

import dev.adjoint.Differentiable;

final class Foo {
  /** A call of another @Differentiable method: the chain rule goes through its JVP and VJP. */
  @Differentiable
  static double energy(double[] x, double k) {
    double e = 0.0;
    for (int i = 0; i < x.length; i++) {
      e += spring(x[i], k);
    }
    return e;
  }

  @Differentiable
  static double spring(double d, double k) {
    return 0.5 * k * d * d;
  }
}
