package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** The catalogue's functions of several inputs (the worked-examples catalogue sections 1 and 2: P, Q, A, partials, paths). */
public final class SeedSeveralInputs {
  private SeedSeveralInputs() {}

  /** S00-product-rule: P(u, v) = u v. */
  @Differentiable
  public static double product(double u, double v) {
    return u * v;
  }

  /** S00-quotient-rule: Q(u, v) = u / v. */
  @Differentiable
  public static double quotient(double u, double v) {
    return u / v;
  }

  /** S00-sum-rule: A(u, v) = u + v. */
  @Differentiable
  public static double sum(double u, double v) {
    return u + v;
  }

  /** S02-partials-x2+y2, S02-gradient-x2+y2, S02-directional-x2+y2: the paraboloid. */
  @Differentiable
  public static double paraboloid(double x, double y) {
    return x * x + y * y;
  }

  /** S00-curve-derivative: the paraboloid along the path (3 + t, 4 - 2t). */
  @Differentiable
  public static double alongCurve(double t) {
    double x = 3 + t;
    double y = 4 - 2 * t;
    return x * x + y * y;
  }

  /** S02-multipath: z = (3x + 1) x^2 through two intermediate values. */
  @Differentiable
  public static double multipath(double x) {
    double y1 = 3 * x + 1;
    double y2 = x * x;
    double z = y1 * y2;
    return z;
  }

  /** S00-partials-not-differentiable: xy/(x^2 + y^2), defined as 0 at the origin. */
  @Differentiable
  public static double partialsNotDifferentiable(double x, double y) {
    return x == 0 && y == 0 ? 0.0 : x * y / (x * x + y * y);
  }
}
