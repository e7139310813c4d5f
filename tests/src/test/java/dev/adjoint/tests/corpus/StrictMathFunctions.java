package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** The same functions through StrictMath, whose results may differ from Math's by an ulp. */
public final class StrictMathFunctions {
  private StrictMathFunctions() {}

  @Differentiable
  static double strictTrig(double x) {
    return StrictMath.sin(x) * StrictMath.cos(2 * x) + StrictMath.atan(x) - StrictMath.tan(x / 4);
  }

  @Differentiable
  static double strictExpLog(double x, double y) {
    return StrictMath.exp(x) * StrictMath.log(y) + StrictMath.log10(y) - StrictMath.expm1(x)
        + StrictMath.log1p(y);
  }

  @Differentiable
  static double strictRoots(double x, double y) {
    return StrictMath.sqrt(x) + StrictMath.cbrt(y) + StrictMath.pow(x, y) + StrictMath.hypot(x, y);
  }

  @Differentiable
  static double strictHyperbolic(double x) {
    return StrictMath.sinh(x) + StrictMath.cosh(x) * StrictMath.tanh(x) + StrictMath.asin(x / 3)
        + StrictMath.acos(x / 4);
  }

  @Differentiable
  static double strictPiecewise(double x, double y) {
    return StrictMath.atan2(y, x) + StrictMath.abs(x - y) + StrictMath.max(x, y) * StrictMath.min(x, 1.5)
        + StrictMath.floor(x) * y;
  }
}
