package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * A local declared without an initializer ({@code double ret;}), assigned in one branch while the
 * other returns early. Java's definite assignment accepts it, but the generated code did not compile:
 * {@code variable ret might not have been initialized}. Expected: f = x³ for x > 0, else −x.
 */
public final class UninitializedLocal {
  private UninitializedLocal() {}

  @Differentiable
  static double assignedOrReturned(double x) {
    double ret;
    if (x > 0.0) {
      ret = x * x;
    } else {
      return -x;
    }
    return ret * x;
  }
}
