package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-input functions of sections 9 and 10 (quadratic forms, the Euclidean norm, a saddle, a
 * ravine and a least-squares loss): the surfaces that the Hessian table and gradient descent use.
 */
final class Surfaces {
  private Surfaces() {}

  /** The matrix {@code A = [[1, 2], [0, 3]]} of S02-matrix-3-xTAx; it is not symmetric. */
  static final double A11 = 1;
  static final double A12 = 2;
  static final double A21 = 0;
  static final double A22 = 3;

  /** S02-matrix-3-xTAx: {@code f = x^T A x}, gradient {@code (A + A^T) x}. */
  @Differentiable
  static double quadraticForm(double x1, double x2) {
    double ax1 = A11 * x1 + A12 * x2;
    double ax2 = A21 * x1 + A22 * x2;
    return x1 * ax1 + x2 * ax2;
  }

  /** S03-gaussian-quadratic: {@code x^T S^-1 x} with {@code S^-1 = [[2, -1], [-1, 2]]/3}. */
  @Differentiable
  static double gaussianQuadratic(double x1, double x2) {
    return (2 * x1 * x1 - 2 * x1 * x2 + 2 * x2 * x2) / 3;
  }

  /** S02-matrix-4-norm: {@code |x| = sqrt(x1^2 + x2^2)}, gradient {@code x/|x|}. */
  @Differentiable
  static double norm(double x1, double x2) {
    return Math.sqrt(x1 * x1 + x2 * x2);
  }

  /** S02-matrix-4-norm again, with {@code Math.hypot}. */
  @Differentiable
  static double hypotNorm(double x1, double x2) {
    return Math.hypot(x1, x2);
  }

  /** S03-stationary-points: {@code x^2 - y^2}, a saddle at the origin. */
  @Differentiable
  static double saddle(double x, double y) {
    return x * x - y * y;
  }

  /** S03-gd-ravine: {@code 0.5 x^2 + 15 y^2}, steep across and flat along. */
  @Differentiable
  static double ravine(double x, double y) {
    return 0.5 * x * x + 15 * y * y;
  }

  /**
   * S01-leastsq-mean: {@code R = |X theta - Y|^2 / 3} for the data {@code X = [[1, 0], [1, 1],
   * [1, 2]]}, {@code Y = (1, 2, 2)}, written out residual by residual.
   */
  @Differentiable
  static double meanSquares(double theta0, double theta1) {
    double r1 = theta0 - 1;
    double r2 = theta0 + theta1 - 2;
    double r3 = theta0 + 2 * theta1 - 2;
    return (r1 * r1 + r2 * r2 + r3 * r3) / 3;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    double[][] steps = {{1, 1, 6}, {0.8, 0.6, 2.68}}; // S02-gd-quadratic-form, iterations 0 and 1
    for (double[] s : steps) {
      double x1 = s[0];
      double x2 = s[1];
      SurfacesDerivatives.QuadraticFormGradient g = SurfacesDerivatives.quadraticFormGrad(x1, x2);
      examples.add(Example.of("S02-matrix-3-xTAx", "f = x^T A x, A = [[1, 2], [0, 3]]", "x = (" + x1 + ", " + x2 + ")")
          .check("f", "quadraticFormGrad", g.value(), s[2])
          .check("df/dx1 = ((A + A^T) x)_1 = 2x1 + 2x2", "quadraticFormGrad", g.x1(), 2 * x1 + 2 * x2)
          .check("df/dx2 = ((A + A^T) x)_2 = 2x1 + 6x2", "quadraticFormGrad", g.x2(), 2 * x1 + 6 * x2)
          .build());
    }

    SurfacesDerivatives.GaussianQuadraticGradient gq = SurfacesDerivatives.gaussianQuadraticGrad(1, 2);
    examples.add(Example.of("S03-gaussian-quadratic", "f = x^T S^-1 x, S = [[2, 1], [1, 2]]", "x = (1, 2)")
        .check("f", "gaussianQuadraticGrad", gq.value(), 2)
        .check("df/dx1 = (2 S^-1 x)_1", "gaussianQuadraticGrad", gq.x1(), 0)
        .check("df/dx2 = (2 S^-1 x)_2", "gaussianQuadraticGrad", gq.x2(), 2)
        .build());

    SurfacesDerivatives.NormGradient n = SurfacesDerivatives.normGrad(3, 4);
    SurfacesDerivatives.HypotNormGradient hn = SurfacesDerivatives.hypotNormGrad(3, 4);
    examples.add(Example.of("S02-matrix-4-norm", "f = |x| (Math.sqrt, and Math.hypot)", "x = (3, 4)")
        .check("f", "normGrad", n.value(), 5)
        .check("df/dx1 = x1/|x|", "normGrad", n.x1(), 0.6)
        .check("df/dx2 = x2/|x|", "normGrad", n.x2(), 0.8)
        .check("f", "hypotNormGrad", hn.value(), 5)
        .check("df/dx1 = x1/|x|", "hypotNormGrad", hn.x1(), 0.6)
        .check("df/dx2 = x2/|x|", "hypotNormGrad", hn.x2(), 0.8)
        .build());

    SurfacesDerivatives.SaddleGradient sd = SurfacesDerivatives.saddleGrad(0, 0);
    examples.add(Example.of("S03-stationary-points", "f = x^2 - y^2", "(x, y) = (0, 0)")
        .check("f", "saddleGrad", sd.value(), 0)
        .check("df/dx = 2x", "saddleGrad", sd.x(), 0)
        .check("df/dy = -2y", "saddleGrad", sd.y(), 0)
        .check("grad f . (1, 2) at (1, 2): 2 - 8", "saddleJvp", SurfacesDerivatives.saddleJvp(1, 1, 2, 2), -6)
        .note("the gradient vanishes at the origin, but the Hessian diag(2, -2) is indefinite: a saddle")
        .build());

    SurfacesDerivatives.RavineGradient r = SurfacesDerivatives.ravineGrad(-4, 1);
    examples.add(Example.of("S03-gd-ravine", "f = 0.5x^2 + 15y^2", "(x, y) = (-4, 1)")
        .check("f", "ravineGrad", r.value(), 23)
        .check("df/dx = x", "ravineGrad", r.x(), -4)
        .check("df/dy = 30y", "ravineGrad", r.y(), 30)
        .note("one gradient step with eta = 0.05 lands on (" + (-4 - 0.05 * r.x()) + ", " + (1 - 0.05 * r.y())
            + "): y flips sign, the bounce between the walls")
        .build());

    double[][] thetas = {{0, 0, 3}, {1, 1, 1.0 / 3}, {7.0 / 6, 0.5, 1.0 / 18}};
    String[] labels = {"theta = (0, 0)", "theta = (1, 1)", "theta = (7/6, 1/2), the minimiser"};
    for (int i = 0; i < thetas.length; i++) {
      double[] t = thetas[i];
      double t0 = t[0];
      double t1 = t[1];
      // closed form (2/N) X^T (X theta - Y), with the residuals of the three data rows
      double r1 = t0 - 1;
      double r2 = t0 + t1 - 2;
      double r3 = t0 + 2 * t1 - 2;
      SurfacesDerivatives.MeanSquaresGradient g = SurfacesDerivatives.meanSquaresGrad(t0, t1);
      examples.add(Example.of("S01-leastsq-mean", "R = |X theta - Y|^2 / 3", labels[i])
          .check("R", "meanSquaresGrad", g.value(), t[2])
          .check("dR/dtheta0 = (2/3)(r1 + r2 + r3)", "meanSquaresGrad", g.theta0(), 2.0 / 3 * (r1 + r2 + r3))
          .check("dR/dtheta1 = (2/3)(r2 + 2r3)", "meanSquaresGrad", g.theta1(), 2.0 / 3 * (r2 + 2 * r3))
          .build());
    }
    return examples;
  }
}
