package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 5: the least-squares loss in the catalogue's three normalisations, written as loops over the
 * data, differentiable in the parameters only ({@code @NoDerivative} data).
 */
final class LeastSquares {
  private LeastSquares() {}

  /** The data set of section 5: {@code X = [[1, 0], [1, 1], [1, 2]]}, {@code Y = (1, 2, 2)}. */
  static final double[][] X = {{1, 0}, {1, 1}, {1, 2}};

  static final double[] Y = {1, 2, 2};

  /** The first stage of S01-leastsq-mean: the residual {@code z = X theta - Y}, Jacobian {@code X}. */
  @Differentiable
  static double[] residual(double[] theta, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = -y[i];
      for (int j = 0; j < theta.length; j++) {
        z[i] += x[i][j] * theta[j];
      }
    }
    return z;
  }

  /** S01-leastsq-mean: {@code R(theta) = |X theta - Y|^2 / N}. */
  @Differentiable(order = 2)
  static double meanSquares(double[] theta, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < theta.length; j++) {
        r += x[i][j] * theta[j];
      }
      s += r * r;
    }
    return s / x.length;
  }

  /** S00-leastsq-half: {@code H(w) = |X w - y|^2 / 2}. */
  @Differentiable(order = 2)
  static double halfSquares(double[] w, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < w.length; j++) {
        r += x[i][j] * w[j];
      }
      s += r * r;
    }
    return 0.5 * s;
  }

  /** S03-leastsq-Ax-b: {@code f(x) = |A x - b|^2}. */
  @Differentiable(order = 2)
  static double residualNormSq(double[] x, @NoDerivative double[][] a, @NoDerivative double[] b) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      double r = -b[i];
      for (int j = 0; j < x.length; j++) {
        r += a[i][j] * x[j];
      }
      s += r * r;
    }
    return s;
  }

  /** {@code (2/N) X^T (X theta - Y)}, the closed-form gradient of the mean loss. */
  static double[] meanGradient(double[] theta) {
    double[] z = Vectors.times(X, theta);
    for (int i = 0; i < z.length; i++) {
      z[i] = 2.0 / X.length * (z[i] - Y[i]);
    }
    return Vectors.times(Vectors.transpose(X), z);
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    // The seed's stages: z = X theta - Y, s = z^T z, R = s/N; backward, the row (2/N) z^T times X.
    double[] origin = {0, 0};
    double[] z = LeastSquaresDerivatives.residualVjp(origin, X, Y, new double[3], new double[2]);
    double[][] jz = LeastSquaresDerivatives.residualJacobian(origin, X, Y);
    double[] upstream = {2.0 / 3 * z[0], 2.0 / 3 * z[1], 2.0 / 3 * z[2]};
    double[] staged = new double[2];
    LeastSquaresDerivatives.residualVjp(origin, X, Y, upstream, staged);
    examples.add(Example.of("S01-leastsq-mean", "stages z = X theta - Y, s = z^T z, R = s/N, N = 3",
            "theta = (0, 0)")
        .check("z = (-1, -2, -2): max |difference|", "residualVjp",
            Vectors.maxAbsDifference(z, new double[] {-1, -2, -2}), 0)
        .check("max |J_z - X| over 6 entries", "residualJacobian", Vectors.maxAbsDifference(jz, X), 0)
        .check("R = z^T z / N", "residual", Vectors.dot(z, z) / 3, 3)
        .check("((2/N) z^T X)_1 = -10/3", "residualVjp", staged[0], -10.0 / 3)
        .check("((2/N) z^T X)_2 = -4", "residualVjp", staged[1], -4)
        .note("the upstream row after the last two stages is (2/N) z^T = (-2/3, -4/3, -4/3); one VJP of the"
            + " residual stage multiplies it by X")
        .build());

    double[][] thetas = {{0, 0}, {1, 1}, {7.0 / 6, 0.5}};
    double[] values = {3, 1.0 / 3, 1.0 / 18};
    String[] labels = {"theta = (0, 0)", "theta = (1, 1)", "theta = (7/6, 1/2), the normal-equation solution"};
    for (int i = 0; i < thetas.length; i++) {
      double[] theta = thetas[i];
      double[] exact = meanGradient(theta);
      LeastSquaresDerivatives.MeanSquaresGradient g = LeastSquaresDerivatives.meanSquaresGrad(theta, X, Y);
      examples.add(Example.of("S01-leastsq-mean", "R = |X theta - Y|^2 / N (loops over X)", labels[i])
          .check("R", "meanSquaresGrad", g.value(), values[i])
          .check("dR/dtheta1 = ((2/N) X^T (X theta - Y))_1", "meanSquaresGrad", g.theta()[0], exact[0])
          .check("dR/dtheta2 = ((2/N) X^T (X theta - Y))_2", "meanSquaresGrad", g.theta()[1], exact[1])
          .build());
    }

    double[][] ws = {{0, 0}, {1, 1}};
    double[][] half = {{4.5, -5, -6}, {0.5, 1, 2}};
    for (int i = 0; i < ws.length; i++) {
      LeastSquaresDerivatives.HalfSquaresGradient g = LeastSquaresDerivatives.halfSquaresGrad(ws[i], X, Y);
      double[] exact = Vectors.times(Vectors.transpose(X), residual(ws[i], X, Y));
      examples.add(Example.of("S00-leastsq-half", "H = |X w - y|^2 / 2", "w = " + Vectors.format(ws[i]))
          .check("H", "halfSquaresGrad", g.value(), half[i][0])
          .check("dH/dw1 = (X^T (X w - y))_1", "halfSquaresGrad", g.w()[0], half[i][1])
          .check("dH/dw2 = (X^T (X w - y))_2", "halfSquaresGrad", g.w()[1], half[i][2])
          .check("dH/dw1, closed form from the same data", "halfSquaresGrad", g.w()[0], exact[0])
          .build());
    }

    double[][] a = {{1, 2}, {3, 4}};
    double[] b = {1, 1};
    double[] x = {1, -1};
    LeastSquaresDerivatives.ResidualNormSqGradient g = LeastSquaresDerivatives.residualNormSqGrad(x, a, b);
    double[] r = {-2, -2};
    double[] exact = Vectors.times(Vectors.transpose(a), new double[] {2 * r[0], 2 * r[1]});
    examples.add(Example.of("S03-leastsq-Ax-b", "f = |A x - b|^2, A = [[1, 2], [3, 4]], b = (1, 1)", "x = (1, -1)")
        .check("f", "residualNormSqGrad", g.value(), 8)
        .check("df/dx1 = (2 (A x - b)^T A)_1", "residualNormSqGrad", g.x()[0], -16)
        .check("df/dx2 = (2 (A x - b)^T A)_2", "residualNormSqGrad", g.x()[1], -24)
        .check("df/dx1, closed form", "residualNormSqGrad", g.x()[0], exact[0])
        .check("df/dx2, closed form", "residualNormSqGrad", g.x()[1], exact[1])
        .build());
    return examples;
  }
}
