package dev.adjoint.tests;

import static dev.adjoint.tests.SeedExamplesTest.near;
import static dev.adjoint.tests.SeedExamplesTest.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.corpus.SecondOrderDerivatives;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Section 9 of the worked-examples catalogue (Hessian and Taylor) against {@code fHessian} and {@code fHvp} of
 * {@link dev.adjoint.tests.corpus.SecondOrder}, called through compile-time references to the generated
 * code: S03-hessian-table, S03-taylor2-checks, S03-newton-step and S03-stationary-points.
 */
class SeedHessianExamplesTest {
  /** The non-symmetric matrix of S02-matrix-3-xTAx. */
  private static final double[][] A = {{1, 2}, {0, 3}};
  /** The data set of the worked-examples catalogue section 5. */
  private static final double[][] X = {{1, 0}, {1, 1}, {1, 2}};
  private static final double[] Y = {1, 2, 2};

  private static void seedMatrix(double[][] expected, double[][] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": rows");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].length, actual[i].length, what + ": row " + i);
      for (int j = 0; j < expected[i].length; j++) {
        seed(expected[i][j], actual[i][j], what + "[" + i + "][" + j + "]");
      }
    }
  }

  private static double[] times(double[][] h, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        out[i] += h[i][j] * v[j];
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** {@code H⁻¹ g} for a 2 x 2 {@code H}, by Cramer's rule. */
  private static double[] solve2(double[][] h, double[] g) {
    double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
    return new double[] {(h[1][1] * g[0] - h[0][1] * g[1]) / det, (h[0][0] * g[1] - h[1][0] * g[0]) / det};
  }

  /** The eigenvalues of a symmetric 2 x 2 matrix, smaller first. */
  private static double[] eigenvalues2(double[][] h) {
    double mean = (h[0][0] + h[1][1]) / 2;
    double radius = Math.hypot((h[0][0] - h[1][1]) / 2, h[0][1]);
    return new double[] {mean - radius, mean + radius};
  }

  private static double[] randomPoint(Random random, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 6 * random.nextDouble() - 3;
    }
    return x;
  }

  @Nested
  class HessianTable {
    private final Random random = new Random(0x5309L);

    @Test
    void sumOfSquaresHasHessianTwoI() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        seedMatrix(new double[][] {{2, 0}, {0, 2}}, SecondOrderDerivatives.sumOfSquaresHessian(p[0], p[1]),
            "x^2 + y^2 at " + p[0] + ", " + p[1]);
      }
    }

    @Test
    void twoLayerLossHasHessianFourI() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        seedMatrix(new double[][] {{4, 0}, {0, 4}}, SecondOrderDerivatives.twoLayerHessian(p), "h1^2 + h2^2");
      }
    }

    @Test
    void quadraticFormHasHessianAPlusATranspose() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        seedMatrix(new double[][] {{2, 2}, {2, 6}}, SecondOrderDerivatives.quadraticFormHessian(p, A), "x^T A x");
      }
    }

    @Test
    void normAtThreeFour() {
      seedMatrix(new double[][] {{0.128, -0.096}, {-0.096, 0.072}},
          SecondOrderDerivatives.normHessian(new double[] {3, 4}), "|x| at (3, 4)");
    }

    @Test
    void jacobianExampleComponents() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        seedMatrix(new double[][] {{2, 0}, {0, 0}}, SecondOrderDerivatives.jacobianFirstHessian(p[0], p[1]),
            "y1 = x1^2 + x2");
        seedMatrix(new double[][] {{0, 1}, {1, 0}}, SecondOrderDerivatives.jacobianSecondHessian(p[0], p[1]),
            "y2 = x1 x2");
      }
    }

    @Test
    void composedLossAtThreeTwo() {
      seedMatrix(new double[][] {{248, 72}, {72, 40}},
          SecondOrderDerivatives.composedLossHessian(new double[] {3, 2}), "composed L at (3, 2)");
      seed(314, SecondOrderDerivatives.composedLossGrad(new double[] {3, 2}).value(), "L(3, 2)");
    }

    @Test
    void meanLeastSquaresHasHessianTwoOverNXtX() {
      for (int k = 0; k < 20; k++) {
        double[] theta = randomPoint(random, 2);
        seedMatrix(new double[][] {{2, 2}, {2, 10.0 / 3}},
            SecondOrderDerivatives.meanLeastSquaresHessian(theta, X, Y), "mean least squares");
      }
    }

    @Test
    void gaussianQuadratic() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        seedMatrix(new double[][] {{4.0 / 3, -2.0 / 3}, {-2.0 / 3, 4.0 / 3}},
            SecondOrderDerivatives.gaussianQuadraticHessian(p[0], p[1]), "x^T Sigma^-1 x");
      }
    }

    @Test
    void logSumExpHasTheSoftmaxJacobian() {
      for (int k = 0; k < 20; k++) {
        double[] z = randomPoint(random, 1 + random.nextInt(6));
        double[][] expected = SecondOrderOracleTest.softmaxJacobian(z);
        double[][] h = SecondOrderDerivatives.logSumExpHessian(z);
        for (int i = 0; i < z.length; i++) {
          for (int j = 0; j < z.length; j++) {
            near(expected[i][j], h[i][j], 1e-13, "logSumExp H[" + i + "][" + j + "]");
          }
        }
      }
    }

    @Test
    void everyTableHessianIsSymmetricAndItsHvpIsHTimesV() {
      for (int k = 0; k < 20; k++) {
        double[] p = randomPoint(random, 2);
        double[] v = randomPoint(random, 2);
        double[][][] hessians = {
          SecondOrderDerivatives.sumOfSquaresHessian(p[0], p[1]),
          SecondOrderDerivatives.twoLayerHessian(p),
          SecondOrderDerivatives.quadraticFormHessian(p, A),
          SecondOrderDerivatives.normHessian(p),
          SecondOrderDerivatives.jacobianFirstHessian(p[0], p[1]),
          SecondOrderDerivatives.jacobianSecondHessian(p[0], p[1]),
          SecondOrderDerivatives.composedLossHessian(p),
          SecondOrderDerivatives.meanLeastSquaresHessian(p, X, Y),
          SecondOrderDerivatives.gaussianQuadraticHessian(p[0], p[1]),
          SecondOrderDerivatives.logSumExpHessian(p)};
        double[][] hvps = {
          SecondOrderDerivatives.sumOfSquaresHvp(p[0], p[1], v[0], v[1]),
          SecondOrderDerivatives.twoLayerHvp(p, v),
          SecondOrderDerivatives.quadraticFormHvp(p, A, v),
          SecondOrderDerivatives.normHvp(p, v),
          SecondOrderDerivatives.jacobianFirstHvp(p[0], p[1], v[0], v[1]),
          SecondOrderDerivatives.jacobianSecondHvp(p[0], p[1], v[0], v[1]),
          SecondOrderDerivatives.composedLossHvp(p, v),
          SecondOrderDerivatives.meanLeastSquaresHvp(p, X, Y, v),
          SecondOrderDerivatives.gaussianQuadraticHvp(p[0], p[1], v[0], v[1]),
          SecondOrderDerivatives.logSumExpHvp(p, v)};
        for (int t = 0; t < hessians.length; t++) {
          double[][] h = hessians[t];
          near(h[0][1], h[1][0], 1e-14, "table row " + t + ": H[0][1] vs H[1][0]");
          double[] hv = times(h, v);
          for (int i = 0; i < 2; i++) {
            near(hv[i], hvps[t][i], 1e-13, "table row " + t + ": Hvp[" + i + "] vs H v");
          }
        }
      }
    }
  }

  @Nested
  class TaylorSecondOrder {
    @Test
    void quadraticFormIsExactAtSecondOrder() {
      double[] x = {1, 1};
      double[] h = {0.1, 0.2};
      SecondOrderDerivatives.QuadraticFormGradient g = SecondOrderDerivatives.quadraticFormGrad(x, A);
      double linear = dot(g.x(), h);
      double quadratic = 0.5 * dot(h, SecondOrderDerivatives.quadraticFormHvp(x, A, h));
      seed(6, g.value(), "f(1, 1)");
      seed(2.0, linear, "grad f . h");
      seed(0.17, quadratic, "h^T H h / 2");
      seed(8.17, g.value() + linear + quadratic, "second-order model");
      seed(8.17, SecondOrderDerivatives.quadraticFormGrad(new double[] {1.1, 1.2}, A).value(), "f(1.1, 1.2)");
    }

    @Test
    void jacobianExampleGapsAreTheQuadraticTerms() {
      double h1 = 0.1;
      double h2 = 0.2;
      SecondOrderDerivatives.JacobianFirstGradient y1 = SecondOrderDerivatives.jacobianFirstGrad(3, 2);
      SecondOrderDerivatives.JacobianSecondGradient y2 = SecondOrderDerivatives.jacobianSecondGrad(3, 2);
      double[] q1 = SecondOrderDerivatives.jacobianFirstHvp(3, 2, h1, h2);
      double[] q2 = SecondOrderDerivatives.jacobianSecondHvp(3, 2, h1, h2);
      seed(0.8, y1.x1() * h1 + y1.x2() * h2, "J dx, first component");
      seed(0.8, y2.x1() * h1 + y2.x2() * h2, "J dx, second component");
      seed(0.01, 0.5 * (q1[0] * h1 + q1[1] * h2), "(1/2) dx^T H1 dx");
      seed(0.02, 0.5 * (q2[0] * h1 + q2[1] * h2), "(1/2) dx^T H2 dx");
      seed(11.81, y1.value() + 0.8 + 0.01, "y1(3.1, 2.2) by the model");
      seed(11.81, SecondOrderDerivatives.jacobianFirstGrad(3.1, 2.2).value(), "y1(3.1, 2.2)");
      seed(6.82, SecondOrderDerivatives.jacobianSecondGrad(3.1, 2.2).value(), "y2(3.1, 2.2)");
    }

    @Test
    void chainSquareExcessIsTheSecondOrderTerm() {
      double h = 0.001;
      SecondOrderDerivatives.ChainSquareGradient g = SecondOrderDerivatives.chainSquareGrad(2);
      double second = SecondOrderDerivatives.chainSquareHessian(2)[0][0];
      seed(42, g.x(), "dy/dx at 2");
      seed(18, second, "d2y/dx2");
      seed(0.042009, g.x() * h + 0.5 * second * h * h, "42 h + 9 h^2");
      near(0.042009, SecondOrderDerivatives.chainSquareGrad(2 + h).value() - g.value(), 1e-12, "y(2.001) - y(2)");
    }

    @Test
    void cubicTaylorAtOne() {
      double h = 0.1;
      SecondOrderDerivatives.CubicPolynomialGradient g = SecondOrderDerivatives.cubicPolynomialGrad(1);
      double second = SecondOrderDerivatives.cubicPolynomialHvp(1, h)[0] * h;
      seed(10, g.value(), "f(1)");
      seed(11.3, g.value() + g.x() * h, "linear model");
      seed(0.15, 0.5 * second, "f''/2 h^2");
      seed(11.45, g.value() + g.x() * h + 0.5 * second, "quadratic model");
      double actual = SecondOrderDerivatives.cubicPolynomialGrad(1 + h).value();
      seed(11.455, actual, "f(1.1)");
      near(0.005, actual - (g.value() + g.x() * h + 0.5 * second), 1e-12, "remainder f'''/6 h^3");
    }

    @Test
    void theRemainderOfANonPolynomialShrinksLikeHCubed() {
      double[] x = {3, 4};
      double[] d = {1, 2};
      SecondOrderDerivatives.NormGradient g = SecondOrderDerivatives.normGrad(x);
      double previous = Double.NaN;
      for (double h = 0.05; h > 0.005; h /= 2) {
        double[] step = {h * d[0], h * d[1]};
        double model = g.value() + dot(g.x(), step) + 0.5 * dot(step, SecondOrderDerivatives.normHvp(x, step));
        double actual = SecondOrderDerivatives.normGrad(new double[] {x[0] + step[0], x[1] + step[1]}).value();
        double remainder = Math.abs(actual - model);
        if (!Double.isNaN(previous)) {
          double ratio = previous / remainder;
          assertTrue(ratio > 7.5 && ratio < 8.5, "halving h should divide the remainder by about 8, not " + ratio);
        }
        previous = remainder;
      }
    }
  }

  @Nested
  class NewtonStep {
    @Test
    void quadraticFormReachesItsMinimiserInOneStep() {
      double[] x = {1, 1};
      double[][] h = SecondOrderDerivatives.quadraticFormHessian(x, A);
      double[] g = SecondOrderDerivatives.quadraticFormGrad(x, A).x();
      seedMatrix(new double[][] {{2, 2}, {2, 6}}, h, "H");
      seed(4, g[0], "grad[0]");
      seed(8, g[1], "grad[1]");
      double[] s = solve2(h, g);
      seed(1, s[0], "H^-1 grad [0]");
      seed(1, s[1], "H^-1 grad [1]");
      seed(0, x[0] - s[0], "x_new[0]");
      seed(0, x[1] - s[1], "x_new[1]");
    }

    @Test
    void meanLeastSquaresLandsOnThetaHat() {
      double[] theta = {0, 0};
      double[][] h = SecondOrderDerivatives.meanLeastSquaresHessian(theta, X, Y);
      double[] g = SecondOrderDerivatives.meanLeastSquaresGrad(theta, X, Y).theta();
      seed(-10.0 / 3, g[0], "grad[0]");
      seed(-4, g[1], "grad[1]");
      double[] s = solve2(h, g);
      double[] next = {theta[0] - s[0], theta[1] - s[1]};
      near(7.0 / 6, next[0], 1e-13, "theta_hat[0]");
      near(0.5, next[1], 1e-13, "theta_hat[1]");
      double[] after = SecondOrderDerivatives.meanLeastSquaresGrad(next, X, Y).theta();
      assertTrue(Math.abs(after[0]) < 1e-13 && Math.abs(after[1]) < 1e-13, "the gradient vanishes at theta_hat");
      near(1.0 / 18, SecondOrderDerivatives.meanLeastSquaresGrad(next, X, Y).value(), 1e-13, "R(theta_hat)");
    }
  }

  @Nested
  class StationaryPoints {
    @Test
    void theOriginIsAMinimumOfTheParaboloidAndOfTheQuadraticForm() {
      seed(0, SecondOrderDerivatives.sumOfSquaresGrad(0, 0).x(), "df/dx at the origin");
      double[] e = eigenvalues2(SecondOrderDerivatives.sumOfSquaresHessian(0, 0));
      seed(2, e[0], "smaller eigenvalue of 2I");
      double[] q = eigenvalues2(SecondOrderDerivatives.quadraticFormHessian(new double[] {0, 0}, A));
      seed(4 - 2 * Math.sqrt(2), q[0], "4 - 2 sqrt 2");
      seed(4 + 2 * Math.sqrt(2), q[1], "4 + 2 sqrt 2");
      assertTrue(q[0] > 0, "positive definite: a minimum");
    }

    @Test
    void theOriginIsASaddleOfXSquaredMinusYSquared() {
      SecondOrderDerivatives.SaddleGradient g = SecondOrderDerivatives.saddleGrad(0, 0);
      seed(0, g.x(), "df/dx at the origin");
      seed(0, g.y(), "df/dy at the origin");
      double[] e = eigenvalues2(SecondOrderDerivatives.saddleHessian(0, 0));
      seed(-2, e[0], "negative eigenvalue");
      seed(2, e[1], "positive eigenvalue");
    }
  }
}
