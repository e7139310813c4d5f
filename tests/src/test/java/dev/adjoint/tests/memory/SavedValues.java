package dev.adjoint.tests.memory;

import dev.adjoint.Differentiable;

/** Loops whose reverse sweeps must save exactly n values, or none at all. */
final class SavedValues {
  private SavedValues() {}

  /** Horner's rule overwrites p every iteration and its adjoint reads the old p: n saves. */
  @Differentiable
  static double horner(double[] c, double x) {
    double p = 0.0;
    for (int i = c.length - 1; i >= 0; i--) {
      p = p * x + c[i];
    }
    return p;
  }

  /** The sum is overwritten every iteration, but no adjoint reads it: nothing saved. */
  @Differentiable
  static double sumOfSquares(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return s;
  }

  /** A product in place: s *= x[i] reads the old s, so n saves. */
  @Differentiable
  static double product(double[] x) {
    double s = 1.0;
    for (int i = 0; i < x.length; i++) {
      s *= x[i];
    }
    return s;
  }
}
