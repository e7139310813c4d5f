package demo;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

final class Foo {
  /** Squared hinge loss: the branch is decided again in the reverse loop, which saves nothing. */
  @Differentiable
  static double hinge(double[] w, @NoDerivative double[] y) {
    double loss = 0.0;
    for (int i = 0; i < w.length; i++) {
      double margin = 1.0 - y[i] * w[i];
      if (margin > 0) {
        loss += margin * margin;
      }
    }
    return loss;
  }
}
