package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * A {@code double} parameter that is not differentiated ({@code @NoDerivative}, or outside
 * {@code wrt}) reassigned from a differentiated value ({@code x = x * z}): from there on x carries a
 * derivative. The generated code did not compile ({@code xDot} is never declared, as x has no
 * tangent parameter). Expected: x z² with derivative 2xz, and xz + z with derivative x + 1.
 */
public final class ReassignedConstantParameter {
  private ReassignedConstantParameter() {}

  @Differentiable
  static double reassignedNoDerivative(double z, @NoDerivative double x) {
    x = x * z;
    return x * z;
  }

  @Differentiable(wrt = {"z"})
  static double reassignedOutsideWrt(double z, double x) {
    x = x * z;
    return x + z;
  }
}
