package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Scalar functions from the worked-examples catalogue sections 3 and 9 (Hessian table, Taylor and Newton checks) written over scalars. */
public final class SeedQuadratics {
  private SeedQuadratics() {}

  /** S02-matrix-3-xTAx with A = [[1, 2], [0, 3]], spelled out. */
  @Differentiable
  public static double quadraticForm(double x1, double x2) {
    double ax1 = 1 * x1 + 2 * x2;
    double ax2 = 0 * x1 + 3 * x2;
    return x1 * ax1 + x2 * ax2;
  }

  /** S03-stationary-points: x^2 - y^2, a saddle at the origin. */
  @Differentiable
  public static double saddle(double x, double y) {
    return x * x - y * y;
  }

  /** S02-jacobian-x1sq+x2, first output y1 = x1^2 + x2. */
  @Differentiable
  public static double jacobianRow1(double x1, double x2) {
    return x1 * x1 + x2;
  }

  /** S02-jacobian-x1sq+x2, second output y2 = x1 x2. */
  @Differentiable
  public static double jacobianRow2(double x1, double x2) {
    return x1 * x2;
  }

  /** S02-matrix-4-norm in two dimensions. */
  @Differentiable
  public static double euclideanNorm(double x1, double x2) {
    return Math.sqrt(x1 * x1 + x2 * x2);
  }
}
