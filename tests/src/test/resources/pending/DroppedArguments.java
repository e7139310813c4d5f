package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;
import dev.adjoint.testlib.Kernels;

/**
 * A value that depends on a differentiable parameter passed to a callee's parameter that is not
 * differentiated ({@code @NoDerivative}, or left out of {@code wrt}). The generated code silently drops
 * that path: for {@code throughNoDerivative(x, e) = sqrt(x² + e⁴)} at (0.7, 1.3) fGrad gives
 * {@code e = 0.0} and fJvp along e gives 0.0, but the derivative is {@code 2e³/sqrt(x² + e⁴) =
 * 2.4020972974541954}: the adjoint is
 * {@code KernelsDerivatives.smoothAbsVjp(x, e * e, resultBar, smoothAbsAcc)} with nothing for
 * {@code e * e}. The design says a call on the path from a differentiable input that has no derivative
 * is a compile error, never silently wrong code. Either refuse with a clear error at the argument, or
 * differentiate.
 */
public final class DroppedArguments {
  private DroppedArguments() {}

  /** {@code sqrt(x² + e⁴)} through the library's smoothAbs(x, @NoDerivative eps). */
  @Differentiable
  static double throughNoDerivative(double x, double e) {
    return Kernels.smoothAbs(x, e * e);
  }

  /** {@code x y²}, differentiated with respect to x only. */
  @Differentiable(wrt = {"x"})
  static double onlyX(double x, double y) {
    return x * y * y;
  }

  /** {@code x y² + y x²}: both arguments of both calls are active. */
  @Differentiable
  static double throughWrt(double x, double y) {
    return onlyX(x, y) + onlyX(y, x);
  }
}
