package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * A {@code boolean} argument in a call of a {@code @Differentiable} method with a {@code boolean}
 * parameter. Boolean parameters and calls are both supported, but every boolean argument (a comparison,
 * a local, a parameter, a literal) is refused with "[Adjoint/UnsupportedType] expected a number here,
 * found a boolean" (ExpressionLowering.lowerCall accepts only arrays and numbers as arguments). Long
 * arguments are accepted. Must compile.
 */
public final class BooleanArguments {
  private BooleanArguments() {}

  @Differentiable
  static double flagged(double x, boolean negate, long k) {
    return negate ? -x * k : x * x * k;
  }

  @Differentiable
  static double callsFlagged(double x, double y, boolean b) {
    boolean positive = x > 0;
    return flagged(x * y, positive, 3L) + flagged(y, b, 2L) + flagged(x, y > 1.0, 1L);
  }
}
