package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import org.hipparchus.util.FastMath;

/**
 * Functions written with Hipparchus' {@code FastMath}, as JVM numerical code usually is: the
 * primal keeps the user's calls, the derivatives use the rules {@code FastMath} shares with
 * {@code Math}, and {@code asinh}, {@code acosh}, {@code atanh} and {@code pow(double, int)},
 * which only {@code FastMath} has.
 */
public final class FastMathFunctions {
  private FastMathFunctions() {}

  @Differentiable
  static double fastTrig(double x) {
    return FastMath.sin(x) * FastMath.cos(2 * x) + FastMath.atan(x) - FastMath.tan(x / 4);
  }

  @Differentiable
  static double fastExpLog(double x, double y) {
    return FastMath.exp(x) * FastMath.log(y) + FastMath.log10(y) - FastMath.expm1(x)
        + FastMath.log1p(y);
  }

  @Differentiable
  static double fastRoots(double x, double y) {
    return FastMath.sqrt(x) + FastMath.cbrt(y) + FastMath.pow(x, y) + FastMath.hypot(x, y);
  }

  @Differentiable
  static double fastInverseHyperbolic(double x) {
    return FastMath.asinh(x) + FastMath.acosh(1.5 + x * x) + FastMath.atanh(x / 3)
        + FastMath.sinh(x) * FastMath.tanh(x);
  }

  @Differentiable
  static double fastIntegerPowers(double x, int n) {
    return FastMath.pow(x, 3) - 2 * FastMath.pow(x, n) + FastMath.abs(x) * FastMath.max(x, 0.5);
  }
}
