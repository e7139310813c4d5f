package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** abs, max, min, hypot and atan2 away from their kinks and branch cuts. */
public final class NonSmooth {
  private NonSmooth() {}

  @Differentiable
  static double absDeviation(double x, double c) {
    return Math.abs(x - c) + 0.1 * x;
  }

  @Differentiable
  static double maxMin(double x, double y, double z) {
    return Math.max(x, y) * Math.min(y, z) + Math.max(x, 0.0);
  }

  /** Distance between two points in the plane. */
  @Differentiable
  static double distance(double x1, double y1, double x2, double y2) {
    return Math.hypot(x2 - x1, y2 - y1);
  }

  @Differentiable
  static double polarAngle(double x, double y) {
    return Math.atan2(y, x);
  }

  /** |a - b| / max(|a|, |b|). */
  @Differentiable
  static double relativeDifference(double a, double b) {
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  /** A triangle wave of period 2 built from floor and abs. */
  @Differentiable
  static double triangleWave(double x) {
    return Math.abs(x - 2 * Math.floor(x / 2 + 0.5));
  }
}
