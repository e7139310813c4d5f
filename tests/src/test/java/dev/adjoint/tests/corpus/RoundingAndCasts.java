package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Casts between int and double, and floor/ceil/rint/round/signum, whose derivatives are zero. */
public final class RoundingAndCasts {
  private RoundingAndCasts() {}

  @Differentiable
  static double fractionalPart(double x) {
    return x - Math.floor(x);
  }

  /** Snaps x to a grid of width {@code step}, plus a small slope so the result still moves. */
  @Differentiable
  static double quantize(double x, double step) {
    return Math.rint(x / step) * step + 0.01 * x;
  }

  /** Truncates with an (int) cast and mixes int and double arithmetic. */
  @Differentiable
  static double truncatedScale(double x) {
    int k = (int) x;
    return k * x + (double) k / 2;
  }

  @Differentiable
  static double signumCeil(double x, double y) {
    return Math.signum(x) * y + Math.ceil(y) * x;
  }

  /** Math.round returns a long; minutes / 60.0 is a double. */
  @Differentiable
  static double roundedHours(double minutes) {
    return Math.round(minutes / 60.0) * 0.5 + minutes / 60;
  }

  /** int division and (double) casts of int parameters. */
  @Differentiable
  static double intArithmetic(double x, int n) {
    double scale = (double) n / 3;
    int half = n / 2;
    return scale * x * x + half * x + (double) (n - 2 * half);
  }
}
