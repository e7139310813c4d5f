package dev.adjoint.tests;

import static dev.adjoint.tests.SeedExamplesTest.near;
import static dev.adjoint.tests.SeedExamplesTest.seed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.tests.corpus.ReductionsDerivatives;
import dev.adjoint.tests.corpus.SeedArraysDerivatives;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The array-shaped worked examples of the worked-examples catalogue (sections 1, 3, 4, 5, 6, 7, 8), called through
 * compile-time references to the generated code, against the seed's numbers and the closed forms (at
 * random points from fixed seeds). That these calls compile checks the array contract's signatures:
 * {@code double[]} tangents and accumulators, {@code double[]} seeds for array results, fJacobian.
 */
class SeedArrayExamplesTest {
  /** Closed forms evaluated in double: a few ulps of rounding either side. */
  private static final double CLOSED_REL = 1e-12;

  /** The data set of the worked-examples catalogue section 5: X (N = 3, D = 2) and Y. */
  private static final double[][] X = {{1, 0}, {1, 1}, {1, 2}};
  private static final double[] Y = {1, 2, 2};

  /** The non-symmetric matrix of section 6 (formula 3) and section 3 (S03-jacobian-Ax). */
  private static final double[][] A = {{1, 2}, {0, 3}};

  static void seedArray(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      seed(expected[i], actual[i], what + "[" + i + "]");
    }
  }

  static void nearArray(double[] expected, double[] actual, double rel, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      near(expected[i], actual[i], rel, what + "[" + i + "]");
    }
  }

  /** Entries within {@code abs} of the expected ones (for values the seed gives only to rounding). */
  static void within(double[] expected, double[] actual, double abs, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      org.junit.jupiter.api.Assertions.assertTrue(Math.abs(e - a) <= abs,
          what + "[" + i + "]: expected " + e + " but was " + a);
    }
  }

  static double[] randomVector(Random random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 4 * random.nextDouble() - 2;
    }
    return v;
  }

  static double[][] randomMatrix(Random random, int m, int n) {
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = randomVector(random, n);
    }
    return a;
  }

  /** Xᵀ r for a matrix X and a vector r. */
  static double[] transposeTimes(double[][] x, double[] r) {
    double[] out = new double[x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += x[i][j] * r[i];
      }
    }
    return out;
  }

  /** X theta - y. */
  static double[] residual(double[][] x, double[] theta, double[] y) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      r[i] = -y[i];
      for (int j = 0; j < theta.length; j++) {
        r[i] += x[i][j] * theta[j];
      }
    }
    return r;
  }

  static double[] scale(double s, double[] v) {
    double[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= s;
    }
    return out;
  }

  @Nested
  class LeastSquares {
    @Test
    void meanS01() {
      SeedArraysDerivatives.LeastSquaresMeanGradient at0 =
          SeedArraysDerivatives.leastSquaresMeanGrad(new double[] {0, 0}, X, Y);
      seed(3, at0.value(), "R(0, 0)");
      seedArray(new double[] {-3.3333333333333335, -4}, at0.theta(), "grad R(0, 0)");

      SeedArraysDerivatives.LeastSquaresMeanGradient at1 =
          SeedArraysDerivatives.leastSquaresMeanGrad(new double[] {1, 1}, X, Y);
      seed(1.0 / 3, at1.value(), "R(1, 1)");
      seedArray(new double[] {2.0 / 3, 4.0 / 3}, at1.theta(), "grad R(1, 1)");

      double[] thetaHat = {7.0 / 6, 0.5};
      SeedArraysDerivatives.LeastSquaresMeanGradient atHat =
          SeedArraysDerivatives.leastSquaresMeanGrad(thetaHat, X, Y);
      near(0.05555555555555555, atHat.value(), 1e-14, "R(theta_hat) = 1/18");
      within(new double[] {0, 0}, atHat.theta(), 1e-15, "grad R(theta_hat)");

      // the seed's point: D = 2 JVPs (one per column) give the same gradient as one VJP
      double[] theta = {0, 0};
      double[] thetaBar = new double[2];
      seed(3, SeedArraysDerivatives.leastSquaresMeanVjp(theta, X, Y, 1.0, thetaBar), "Vjp returns R");
      seedArray(new double[] {-3.3333333333333335, -4}, thetaBar, "one VJP");
      seed(-3.3333333333333335, SeedArraysDerivatives.leastSquaresMeanJvp(theta, new double[] {1, 0}, X, Y),
          "JVP along e1");
      seed(-4, SeedArraysDerivatives.leastSquaresMeanJvp(theta, new double[] {0, 1}, X, Y), "JVP along e2");
    }

    @Test
    void meanClosedFormAtRandomPoints() {
      Random random = new Random(501);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(8);
        int d = 1 + random.nextInt(5);
        double[][] x = randomMatrix(random, n, d);
        double[] y = randomVector(random, n);
        double[] theta = randomVector(random, d);
        double[] closed = scale(2.0 / n, transposeTimes(x, residual(x, theta, y)));
        nearArray(closed, SeedArraysDerivatives.leastSquaresMeanGrad(theta, x, y).theta(), CLOSED_REL,
            "(2/N) X^T (X theta - Y)");
      }
    }

    @Test
    void halfS00() {
      SeedArraysDerivatives.LeastSquaresHalfGradient at0 =
          SeedArraysDerivatives.leastSquaresHalfGrad(new double[] {0, 0}, X, Y);
      seed(4.5, at0.value(), "H(0, 0)");
      seedArray(new double[] {-5, -6}, at0.w(), "grad H(0, 0)");
      SeedArraysDerivatives.LeastSquaresHalfGradient at1 =
          SeedArraysDerivatives.leastSquaresHalfGrad(new double[] {1, 1}, X, Y);
      seed(0.5, at1.value(), "H(1, 1)");
      seedArray(new double[] {1, 2}, at1.w(), "grad H(1, 1)");
      Random random = new Random(502);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(8);
        int d = 1 + random.nextInt(5);
        double[][] x = randomMatrix(random, n, d);
        double[] y = randomVector(random, n);
        double[] w = randomVector(random, d);
        nearArray(transposeTimes(x, residual(x, w, y)), SeedArraysDerivatives.leastSquaresHalfGrad(w, x, y).w(),
            CLOSED_REL, "X^T (X w - y)");
      }
    }

    @Test
    void axMinusBS03() {
      double[][] a = {{1, 2}, {3, 4}};
      double[] b = {1, 1};
      double[] x = {1, -1};
      double[] xBar = new double[2];
      seed(8, SeedArraysDerivatives.leastSquaresAxBVjp(a, x, b, 1.0, xBar), "|A x - b|^2");
      seedArray(new double[] {-16, -24}, xBar, "2 (A x - b)^T A");
      SeedArraysDerivatives.LeastSquaresAxBGradient g = SeedArraysDerivatives.leastSquaresAxBGrad(a, x, b);
      seedArray(new double[] {-16, -24}, g.x(), "Grad");
      Random random = new Random(503);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(8);
        int d = 1 + random.nextInt(5);
        double[][] m = randomMatrix(random, n, d);
        double[] rhs = randomVector(random, n);
        double[] point = randomVector(random, d);
        nearArray(scale(2, transposeTimes(m, residual(m, point, rhs))),
            SeedArraysDerivatives.leastSquaresAxBGrad(m, point, rhs).x(), CLOSED_REL, "2 A^T (A x - b)");
      }
    }
  }

  @Test
  void backpropTwoLayerS02() {
    SeedArraysDerivatives.BackpropTwoLayerGradient g = SeedArraysDerivatives.backpropTwoLayerGrad(new double[] {3, 1});
    seed(20, g.value(), "L(3, 1)");
    seedArray(new double[] {12, 4}, g.x(), "grad L = J^T (8, 4)");
    // fan-out: dL/dx1 = dL/dh1 dh1/dx1 + dL/dh2 dh2/dx1 = 8 + 4, both paths summed in one accumulator
    double[] xBar = {100, 100};
    SeedArraysDerivatives.backpropTwoLayerVjp(new double[] {3, 1}, 1.0, xBar);
    seedArray(new double[] {112, 104}, xBar, "grad added into (100, 100)");
    Random random = new Random(504);
    for (int trial = 0; trial < 200; trial++) {
      double[] x = randomVector(random, 2);
      nearArray(scale(4, x), SeedArraysDerivatives.backpropTwoLayerGrad(x).x(), CLOSED_REL, "(4 x1, 4 x2)");
    }
  }

  @Nested
  class MatrixCalculus {
    @Test
    void aTxS02() {
      SeedArraysDerivatives.ATxGradient g = SeedArraysDerivatives.aTxGrad(new double[] {3, 2}, new double[] {1, 1});
      seed(5, g.value(), "3 x1 + 2 x2 at (1, 1)");
      seedArray(new double[] {3, 2}, g.x(), "gradient in x = a");
      seedArray(new double[] {1, 1}, g.a(), "gradient in a = x");
      Random random = new Random(505);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(8);
        double[] a = randomVector(random, n);
        double[] x = randomVector(random, n);
        SeedArraysDerivatives.ATxGradient r = SeedArraysDerivatives.aTxGrad(a, x);
        assertArrayEquals(a, r.x(), "a linear function has the constant gradient a");
        assertArrayEquals(x, r.a());
      }
    }

    @Test
    void xTxS02() {
      SeedArraysDerivatives.XTxGradient g = SeedArraysDerivatives.xTxGrad(new double[] {3, 4});
      seed(25, g.value(), "|(3, 4)|^2");
      seedArray(new double[] {6, 8}, g.x(), "2 x");
      // S03-forward-vs-reverse: n = 1000, one reverse pass gives the whole gradient 2 x
      double[] x = randomVector(new Random(506), 1000);
      double[] xBar = new double[1000];
      SeedArraysDerivatives.xTxVjp(x, 1.0, xBar);
      assertArrayEquals(scale(2, x), xBar, "2 x from one VJP");
      double[] unit = new double[1000];
      for (int j = 0; j < 1000; j += 97) {
        unit[j] = 1;
        assertEquals(2 * x[j], SeedArraysDerivatives.xTxJvp(x, unit), "2 x_j from one JVP");
        unit[j] = 0;
      }
    }

    @Test
    void xTAxS02() {
      double[] x = {1, 1};
      SeedArraysDerivatives.XTAxGradient g = SeedArraysDerivatives.xTAxGrad(A, x);
      seed(6, g.value(), "x^T A x at (1, 1)");
      seedArray(new double[] {4, 8}, g.x(), "(A + A^T) x, not 2 A x = (6, 6) nor 2 A^T x = (2, 10)");
      double[][] outer = g.a();
      seedArray(new double[] {1, 1}, outer[0], "gradient in A = x x^T, row 0");
      seedArray(new double[] {1, 1}, outer[1], "gradient in A = x x^T, row 1");
      // second-order Taylor is exact: f(1.1, 1.2) = 6 + 2.0 + 0.17
      near(8.17, SeedArraysDerivatives.xTAxGrad(A, new double[] {1.1, 1.2}).value(), 1e-14, "f(1.1, 1.2)");
      near(2.0, SeedArraysDerivatives.xTAxJvp(A, new double[2][2], x, new double[] {0.1, 0.2}), 1e-14,
          "the linear term grad . h = 4 * 0.1 + 8 * 0.2");
      Random random = new Random(507);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(6);
        double[][] a = randomMatrix(random, n, n);
        double[] p = randomVector(random, n);
        double[] closed = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            closed[i] += (a[i][j] + a[j][i]) * p[j];
          }
        }
        SeedArraysDerivatives.XTAxGradient r = SeedArraysDerivatives.xTAxGrad(a, p);
        nearArray(closed, r.x(), CLOSED_REL, "(A + A^T) x");
        for (int i = 0; i < n; i++) {
          nearArray(scale(p[i], p), r.a()[i], CLOSED_REL, "x x^T row " + i);
        }
      }
    }

    @Test
    void gradientDescentOnTheQuadraticFormS02() {
      double[] x = {1, 1};
      double[][] expected = {{1, 1, 6, 4, 8}, {0.8, 0.6, 2.68, 2.8, 5.2}, {0.66, 0.34, 1.2312, 2, 3.36}};
      for (double[] row : expected) {
        SeedArraysDerivatives.XTAxGradient g = SeedArraysDerivatives.xTAxGrad(A, x);
        nearArray(new double[] {row[0], row[1]}, x, 1e-14, "iterate");
        near(row[2], g.value(), 1e-14, "f");
        nearArray(new double[] {row[3], row[4]}, g.x(), 1e-14, "grad");
        x = new double[] {x[0] - 0.05 * g.x()[0], x[1] - 0.05 * g.x()[1]};
      }
    }

    @Test
    void normS02() {
      SeedArraysDerivatives.NormGradient g = SeedArraysDerivatives.normGrad(new double[] {3, 4});
      seed(5, g.value(), "|(3, 4)|");
      seedArray(new double[] {0.6, 0.8}, g.x(), "x / |x|");
      Random random = new Random(508);
      for (int trial = 0; trial < 200; trial++) {
        double[] x = randomVector(random, 1 + random.nextInt(8));
        double norm = Math.sqrt(SeedArraysDerivatives.xTxGrad(x).value());
        nearArray(scale(1 / norm, x), SeedArraysDerivatives.normGrad(x).x(), CLOSED_REL, "x / |x|");
      }
    }
  }

  @Nested
  class Jacobians {
    @Test
    void x1SquaredPlusX2S02() {
      double[] x = {3, 2};
      double[][] j = SeedArraysDerivatives.jacobianExampleJacobian(x);
      seedArray(new double[] {6, 1}, j[0], "J row 0");
      seedArray(new double[] {2, 3}, j[1], "J row 1");
      double[] ySeed = {1, 1};
      double[] xBar = new double[2];
      seedArray(new double[] {11, 6}, SeedArraysDerivatives.jacobianExampleVjp(x, ySeed, xBar), "y(3, 2)");
      seedArray(new double[] {8, 4}, xBar, "J^T (1, 1)");
      double[] jv = SeedArraysDerivatives.jacobianExampleJvp(x, new double[] {0.1, 0.2});
      nearArray(new double[] {0.8, 0.8}, jv, 1e-14, "J (0.1, 0.2)");
      near(1.6, jv[0] + jv[1], 1e-14, "<u, J v>");
      near(1.6, 0.1 * xBar[0] + 0.2 * xBar[1], 1e-14, "<J^T u, v>");
      seedArray(new double[] {6, 2}, SeedArraysDerivatives.jacobianExampleJvp(x, new double[] {1, 0}), "column 1");
      seedArray(new double[] {1, 3}, SeedArraysDerivatives.jacobianExampleJvp(x, new double[] {0, 1}), "column 2");
      double[] rowBar = new double[2];
      SeedArraysDerivatives.jacobianExampleVjp(x, new double[] {0, 1}, rowBar);
      seedArray(new double[] {2, 3}, rowBar, "row 2 from e2");
      // the actual change at (3.1, 2.2) exceeds the prediction by the quadratic terms (0.01, 0.02)
      double[] moved = SeedArraysDerivatives.jacobianExampleVjp(new double[] {3.1, 2.2}, new double[2], new double[2]);
      nearArray(new double[] {11.81, 6.82}, moved, 1e-14, "y(3.1, 2.2)");
      nearArray(new double[] {0.01, 0.02}, new double[] {moved[0] - 11 - jv[0], moved[1] - 6 - jv[1]}, 1e-9,
          "second-order gap");
    }

    @Test
    void linearMapS03() {
      double[][] j = SeedArraysDerivatives.linearMapJacobian(A, new double[] {3, 4});
      seedArray(A[0], j[0], "J = A, row 0");
      seedArray(A[1], j[1], "J = A, row 1");
      seedArray(new double[] {11, 12}, SeedArraysDerivatives.linearMapVjp(A, new double[] {3, 4}, new double[2],
          new double[2]), "A x");
      Random random = new Random(509);
      for (int trial = 0; trial < 100; trial++) {
        int m = 1 + random.nextInt(7);
        int n = 1 + random.nextInt(7);
        double[][] a = randomMatrix(random, m, n);
        double[][] jac = SeedArraysDerivatives.linearMapJacobian(a, randomVector(random, n));
        assertEquals(m, jac.length, "m rows");
        for (int i = 0; i < m; i++) {
          assertArrayEquals(a[i], jac[i], "J = A exactly (" + m + " x " + n + ")");
        }
      }
    }

    @Test
    void elementwiseSquareS03() {
      double[][] j = SeedArraysDerivatives.elementwiseSquareJacobian(new double[] {3, 4});
      seedArray(new double[] {6, 0}, j[0], "diag(2 x) row 0");
      seedArray(new double[] {0, 8}, j[1], "diag(2 x) row 1");
      seedArray(new double[] {9, 16}, SeedArraysDerivatives.elementwiseSquareVjp(new double[] {3, 4},
          new double[2], new double[2]), "x * x");
    }

    @Test
    void elementwiseSigmoidS03() {
      double[] x = {0, 1};
      seedArray(new double[] {0.5, 0.7310585786300049},
          SeedArraysDerivatives.elementwiseSigmoidVjp(x, new double[2], new double[2]), "sigmoid(0, 1)");
      double[][] j = SeedArraysDerivatives.elementwiseSigmoidJacobian(x);
      seed(0.25, j[0][0], "s'(0)");
      seed(0.19661193324148185, j[1][1], "s'(1)");
      assertEquals(0.0, j[0][1], "off-diagonal exactly 0");
      assertEquals(0.0, j[1][0], "off-diagonal exactly 0");
    }
  }

  @Nested
  class Softmax {
    private void jacobian(double[] z, double[] p, double[][] jac, double rel) {
      nearArray(p, SeedArraysDerivatives.softmaxVjp(z, new double[z.length], new double[z.length]), rel, "p");
      double[][] j = SeedArraysDerivatives.softmaxJacobian(z);
      for (int i = 0; i < z.length; i++) {
        for (int k = 0; k < z.length; k++) {
          near(jac[i][k], j[i][k], rel, "J[" + i + "][" + k + "] at z = " + java.util.Arrays.toString(z));
        }
      }
    }

    @Test
    void seedPointsS02() {
      jacobian(new double[] {0, Math.log(2), Math.log(3)}, new double[] {1.0 / 6, 1.0 / 3, 0.5},
          new double[][] {{5.0 / 36, -1.0 / 18, -1.0 / 12}, {-1.0 / 18, 2.0 / 9, -1.0 / 6}, {-1.0 / 12, -1.0 / 6, 0.25}},
          1e-14);
      jacobian(new double[] {0, 0}, new double[] {0.5, 0.5}, new double[][] {{0.25, -0.25}, {-0.25, 0.25}}, 1e-14);
      jacobian(new double[] {1, 2, 3}, new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748219},
          new double[][] {
              {0.08192506906499322, -0.022033044520174298, -0.059892024544818935},
              {-0.022033044520174298, 0.1848364465099787, -0.16280340198980442},
              {-0.059892024544818935, -0.16280340198980442, 0.22269542653462335}},
          1e-14);
    }

    @Test
    void closedFormAndPropertiesAtRandomPoints() {
      Random random = new Random(510);
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + random.nextInt(8);
        double[] z = scale(2, randomVector(random, n));
        double[] p = SeedArraysDerivatives.softmaxVjp(z, new double[n], new double[n]);
        double[][] j = SeedArraysDerivatives.softmaxJacobian(z);
        double scale = 0;
        for (int i = 0; i < n; i++) {
          double row = 0;
          for (int k = 0; k < n; k++) {
            double closed = (i == k ? p[i] : 0) - p[i] * p[k];
            near(closed, j[i][k], 1e-12, "diag(p) - p p^T [" + i + "][" + k + "]");
            near(j[k][i], j[i][k], 1e-12, "symmetric");
            row += j[i][k];
            scale += Math.abs(j[i][k]);
          }
          within(new double[] {0}, new double[] {row}, 1e-15 * (1 + scale), "row sum " + i);
        }
        // the VJP is p (u - p . u) without forming J
        double[] u = randomVector(random, n);
        double pu = 0;
        for (int i = 0; i < n; i++) {
          pu += p[i] * u[i];
        }
        double[] zBar = new double[n];
        SeedArraysDerivatives.softmaxVjp(z, u, zBar);
        for (int i = 0; i < n; i++) {
          near(p[i] * (u[i] - pu), zBar[i], 1e-10, "p (u - p . u) [" + i + "]");
        }
      }
    }

    @Test
    void logSumExpHasTheSoftmaxGradient() {
      double[] z = {1, 2, 3};
      ReductionsDerivatives.LogSumExpGradient g = ReductionsDerivatives.logSumExpGrad(z);
      near(3.40760596444438, g.value(), 1e-14, "lse(1, 2, 3)");
      nearArray(new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748219}, g.z(), 1e-14,
          "grad lse = softmax");
    }
  }

  @Test
  void polyGeneralS00() {
    double[] a = {1, -3, 0, 2};
    SeedArraysDerivatives.PolyGeneralGradient at2 = SeedArraysDerivatives.polyGeneralGrad(a, 2);
    seed(11, at2.value(), "f(2)");
    seed(21, at2.x(), "f'(2)");
    seedArray(new double[] {1, 2, 4, 8}, at2.a(), "df/da at 2");
    SeedArraysDerivatives.PolyGeneralGradient atHalf = SeedArraysDerivatives.polyGeneralGrad(a, 0.5);
    seed(-0.25, atHalf.value(), "f(0.5)");
    seed(-1.5, atHalf.x(), "f'(0.5)");
    seedArray(new double[] {1, 0.5, 0.25, 0.125}, atHalf.a(), "df/da at 0.5");
    Random random = new Random(511);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(8);
      double[] c = randomVector(random, n);
      double x = 3 * random.nextDouble() - 1.5;
      double slope = 0;
      double[] powers = new double[n];
      for (int k = 0; k < n; k++) {
        powers[k] = Math.pow(x, k);
        if (k > 0) {
          slope += k * c[k] * Math.pow(x, k - 1);
        }
      }
      SeedArraysDerivatives.PolyGeneralGradient g = SeedArraysDerivatives.polyGeneralGrad(c, x);
      near(slope, g.x(), 1e-11, "a1 + 2 a2 x + ...");
      nearArray(powers, g.a(), CLOSED_REL, "x^k");
    }
  }

  @Test
  void hiddenLayerS02() {
    SeedArraysDerivatives.HiddenLayerGradient g = SeedArraysDerivatives.hiddenLayerGrad(
        2, new double[] {0.5}, new double[] {-1}, new double[] {3});
    seed(1.5, g.value(), "y at (2, 0.5, -1, 3)");
    seed(1.5, g.w()[0], "dy/dw");
    seed(0.75, g.b()[0], "dy/db");
    seed(0.5, g.v()[0], "dy/dv");
    seed(0.375, g.x(), "dy/dx");
    SeedArraysDerivatives.HiddenLayerGradient h = SeedArraysDerivatives.hiddenLayerGrad(
        1, new double[] {2}, new double[] {-1}, new double[] {3});
    seed(2.193175735890015, h.value(), "y at (1, 2, -1, 3)");
    seed(0.5898357997244456, h.w()[0], "dy/dw");
    seed(0.5898357997244456, h.b()[0], "dy/db");
    seed(0.7310585786300049, h.v()[0], "dy/dv");
    seed(1.179671599448891, h.x(), "dy/dx");
    Random random = new Random(512);
    for (int trial = 0; trial < 200; trial++) {
      int k = 1 + random.nextInt(6);
      double x = randomVector(random, 1)[0];
      double[] w = randomVector(random, k);
      double[] b = randomVector(random, k);
      double[] v = randomVector(random, k);
      SeedArraysDerivatives.HiddenLayerGradient r = SeedArraysDerivatives.hiddenLayerGrad(x, w, b, v);
      double dx = 0;
      for (int i = 0; i < k; i++) {
        double s = 1 / (1 + Math.exp(-(w[i] * x + b[i])));
        double ds = s * (1 - s);
        near(v[i] * ds * x, r.w()[i], CLOSED_REL, "v h (1 - h) x");
        near(v[i] * ds, r.b()[i], CLOSED_REL, "v h (1 - h)");
        near(s, r.v()[i], CLOSED_REL, "h");
        dx += v[i] * ds * w[i];
      }
      near(dx, r.x(), 1e-11, "sum v h (1 - h) w");
    }
  }
}
