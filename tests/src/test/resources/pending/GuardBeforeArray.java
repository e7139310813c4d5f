package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * An early return (a guard clause) before the declaration of a local array. The generated code did
 * not compile: {@code cannot find symbol bBar} (the adjoint of b was declared after the guard but used
 * on the path that returns early). Expected: f = x for x < -1, else x² + x.
 */
public final class GuardBeforeArray {
  private GuardBeforeArray() {}

  @Differentiable
  static double guardBeforeArray(double x) {
    if (x < -1.0) {
      return x;
    }
    double[] b = new double[2];
    b[0] = x * x;
    b[1] = x;
    return b[0] + b[1];
  }
}
