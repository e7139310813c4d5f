package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.corpus.SeedActivationsDerivatives;
import dev.adjoint.tests.corpus.SeedOneVariableDerivatives;
import dev.adjoint.tests.corpus.SeedQuadraticsDerivatives;
import dev.adjoint.tests.corpus.SeedSeveralInputsDerivatives;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The scalar worked examples of the worked-examples catalogue (sections 1, 2, 7 and the scalar parts of 3 and 9),
 * called through compile-time references to the generated code, against the seed's numbers and closed
 * forms; that these calls compile is itself a check of the public contract's signatures.
 */
class SeedExamplesTest {
  /** the worked-examples catalogue: "compare at a relative tolerance of about 1e-14". */
  private static final double SEED_REL = 1e-14;
  /** Closed forms evaluated in double along a grid: a few ulps of rounding either side. */
  private static final double CLOSED_REL = 1e-12;

  static void seed(double expected, double actual, String what) {
    near(expected, actual, SEED_REL, what);
  }

  static void near(double expected, double actual, double rel, String what) {
    double tol = rel * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-15;
    assertTrue(Math.abs(expected - actual) <= tol,
        what + ": expected " + expected + " but was " + actual);
  }

  /** x from -3 to 3 in steps of 0.25. */
  static double[] grid() {
    double[] g = new double[25];
    for (int k = 0; k < g.length; k++) {
      g[k] = -3 + 0.25 * k;
    }
    return g;
  }

  @Nested
  class OneVariable {
    /** Value and derivative of poly through Grad, Jvp and Vjp. */
    private void poly(double x, double value, double slope) {
      SeedOneVariableDerivatives.PolyGradient g = SeedOneVariableDerivatives.polyGrad(x);
      double[] xBar = new double[1];
      double primal = SeedOneVariableDerivatives.polyVjp(x, 1.0, xBar);
      seed(value, g.value(), "poly(" + x + ")");
      seed(value, primal, "polyVjp(" + x + ") return");
      seed(slope, g.x(), "poly'(" + x + ") by Grad");
      seed(slope, SeedOneVariableDerivatives.polyJvp(x, 1.0), "poly'(" + x + ") by Jvp");
      seed(slope, xBar[0], "poly'(" + x + ") by Vjp");
    }

    @Test
    void polyTableS00() {
      poly(0, 7, -2);
      poly(1, 10, 13);
      poly(2, 43, 58);
      poly(-1, 4, 13);
      for (double x : grid()) {
        near(15 * x * x - 2, SeedOneVariableDerivatives.polyGrad(x).x(), CLOSED_REL, "15x^2 - 2 at " + x);
      }
    }

    @Test
    void taylorS00() {
      double f1 = SeedOneVariableDerivatives.polyGrad(1).value();
      double slope = SeedOneVariableDerivatives.polyJvp(1, 0.1);
      near(11.455, SeedOneVariableDerivatives.polyGrad(1.1).value(), SEED_REL, "f(1.1)");
      seed(11.3, f1 + slope, "linear model 10 + 13 * 0.1");
      near(0.005, SeedOneVariableDerivatives.polyGrad(1.1).value() - (f1 + slope + 15 * 0.01), 1e-9,
          "remainder after the quadratic term, f'''/6 h^3");
    }

    @Test
    void limitQuotientS02() {
      double[][] table = {{0.9, 1.9}, {0.99, 1.99}, {0.999, 1.999}, {1.001, 2.001}, {1.01, 2.01}, {1.1, 2.1}};
      for (double[] row : table) {
        near(row[1], SeedOneVariableDerivatives.limitQuotientGrad(row[0]).value(), 1e-12, "f(" + row[0] + ")");
      }
      assertEquals(1.9989999999999712, SeedOneVariableDerivatives.limitQuotientGrad(0.999).value());
      assertEquals(2.0009999999999177, SeedOneVariableDerivatives.limitQuotientGrad(1.001).value());

      SeedOneVariableDerivatives.LimitQuotientGradient at2 = SeedOneVariableDerivatives.limitQuotientGrad(2);
      seed(3, at2.value(), "f(2)");
      seed(1, at2.x(), "f'(2)");
      SeedOneVariableDerivatives.LimitQuotientGradient atHalf = SeedOneVariableDerivatives.limitQuotientGrad(0.5);
      seed(1.5, atHalf.value(), "f(0.5)");
      seed(1, atHalf.x(), "f'(0.5)");
      for (double x : new double[] {0.9, 1.1}) {
        near(1, SeedOneVariableDerivatives.limitQuotientGrad(x).x(), 1e-14, "f'(" + x + ") by Grad");
        near(1, SeedOneVariableDerivatives.limitQuotientJvp(x, 1), 1e-14, "f'(" + x + ") by Jvp");
      }
      // the quotient rule cancels near 1: the seed measures 1.000000000082082 at 1.001
      near(1, SeedOneVariableDerivatives.limitQuotientGrad(1.001).x(), 1e-9, "f'(1.001)");

      SeedOneVariableDerivatives.LimitQuotientGradient at1 = SeedOneVariableDerivatives.limitQuotientGrad(1);
      double[] xBar = new double[1];
      assertTrue(Double.isNaN(at1.value()), "f(1) is 0/0");
      assertTrue(Double.isNaN(at1.x()), "f'(1) by Grad must be NaN, was " + at1.x());
      assertTrue(Double.isNaN(SeedOneVariableDerivatives.limitQuotientJvp(1, 1)), "f'(1) by Jvp must be NaN");
      assertTrue(Double.isNaN(SeedOneVariableDerivatives.limitQuotientVjp(1, 1, xBar)), "Vjp returns f(1) = NaN");
      assertTrue(Double.isNaN(xBar[0]), "f'(1) by Vjp must be NaN, was " + xBar[0]);
    }

    @Test
    void differenceQuotientOfSquareS02() {
      SeedOneVariableDerivatives.SquareGradient at3 = SeedOneVariableDerivatives.squareGrad(3);
      seed(9, at3.value(), "3^2");
      seed(6, at3.x(), "(x^2)' at 3");
      double[][] table = {{1, 16, 7}, {0.1, 9.61, 6.1}, {0.01, 9.0601, 6.01}, {0.001, 9.006001, 6.001}};
      for (double[] row : table) {
        double h = row[0];
        double shifted = SeedOneVariableDerivatives.squareGrad(3 + h).value();
        near(row[1], shifted, 1e-14, "(3 + " + h + ")^2");
        double quotient = (shifted - 9) / h;
        near(row[2], quotient, 1e-9, "difference quotient at h = " + h);
        near(h, quotient - at3.x(), 1e-9, "gap between the quotient and the derivative at h = " + h);
      }
    }

    @Test
    void elementaryDerivativesS02() {
      SeedOneVariableDerivatives.CubeGradient cube = SeedOneVariableDerivatives.cubeGrad(2);
      seed(8, cube.value(), "2^3");
      seed(12, cube.x(), "(x^3)' at 2");
      SeedOneVariableDerivatives.ExponentialGradient exp = SeedOneVariableDerivatives.exponentialGrad(1);
      seed(2.718281828459045, exp.value(), "exp(1)");
      seed(2.718281828459045, exp.x(), "exp'(1)");
      SeedOneVariableDerivatives.NaturalLogGradient log = SeedOneVariableDerivatives.naturalLogGrad(2);
      seed(0.6931471805599453, log.value(), "log(2)");
      seed(0.5, log.x(), "log'(2)");
      SeedOneVariableDerivatives.SineGradient sin = SeedOneVariableDerivatives.sineGrad(1);
      seed(0.8414709848078965, sin.value(), "sin(1)");
      seed(0.5403023058681398, sin.x(), "sin'(1)");
      SeedOneVariableDerivatives.CosineGradient cos = SeedOneVariableDerivatives.cosineGrad(1);
      seed(0.5403023058681398, cos.value(), "cos(1)");
      seed(-0.8414709848078965, cos.x(), "cos'(1)");
      for (double x : grid()) {
        near(3 * x * x, SeedOneVariableDerivatives.cubeJvp(x, 1), CLOSED_REL, "3x^2 at " + x);
        near(Math.cos(x), SeedOneVariableDerivatives.sineJvp(x, 1), CLOSED_REL, "cos at " + x);
        near(-Math.sin(x), SeedOneVariableDerivatives.cosineJvp(x, 1), CLOSED_REL, "-sin at " + x);
      }
    }

    @Test
    void chainRuleS02() {
      SeedOneVariableDerivatives.ChainSquareGradient square = SeedOneVariableDerivatives.chainSquareGrad(2);
      SeedOneVariableDerivatives.ChainPowGradient pow = SeedOneVariableDerivatives.chainPowGrad(2);
      seed(49, square.value(), "(3*2 + 1)^2 as u*u");
      seed(49, pow.value(), "(3*2 + 1)^2 by pow");
      seed(42, square.x(), "dy/dx as u*u");
      seed(42, pow.x(), "dy/dx by pow");
      double y = SeedOneVariableDerivatives.chainSquareGrad(2.001).value();
      near(49.042009, y, 1e-13, "y(2.001)");
      near(42.009, (y - 49) / 0.001, 1e-9, "dy/dx from dx = 0.001");
      near(0.5 * 18 * 0.001, (y - 49) / 0.001 - square.x(), 1e-6, "second-order Taylor term");
      for (double x : grid()) {
        near(6 * (3 * x + 1), SeedOneVariableDerivatives.chainPowJvp(x, 1), CLOSED_REL, "6(3x + 1) at " + x);
      }
    }

    @Test
    void amplifierS02() {
      seed(6, SeedOneVariableDerivatives.amplifierGrad(1).value(), "y(1)");
      for (double x : grid()) {
        seed(6, SeedOneVariableDerivatives.amplifierGrad(x).x(), "dy/dx at " + x);
      }
    }

    @Test
    void threeLinksS02() {
      SeedOneVariableDerivatives.ThreeLinksGradient g = SeedOneVariableDerivatives.threeLinksGrad(1);
      seed(2.319776824715853, g.value(), "exp(sin(1))");
      seed(2.5067615349868935, g.x(), "dy/dx at 1");
      for (double x : grid()) {
        double closed = Math.exp(Math.sin(x * x)) * Math.cos(x * x) * 2 * x;
        double[] xBar = new double[1];
        SeedOneVariableDerivatives.threeLinksVjp(x, 1, xBar);
        near(closed, xBar[0], CLOSED_REL, "exp(sin(x^2)) cos(x^2) 2x at " + x);
      }
    }

    @Test
    void productRuleS00() {
      SeedOneVariableDerivatives.ProductSinGradient sin = SeedOneVariableDerivatives.productSinGrad(1);
      seed(0.8414709848078965, sin.value(), "1^2 sin(1)");
      seed(2.2232442754839328, sin.x(), "(x^2 sin x)' at 1");
      SeedOneVariableDerivatives.ProductPolyGradient poly = SeedOneVariableDerivatives.productPolyGrad(2);
      seed(28, poly.value(), "(3*2 + 1) 2^2");
      seed(40, poly.x(), "((3x + 1) x^2)' at 2");
      SeedSeveralInputsDerivatives.ProductGradient p = SeedSeveralInputsDerivatives.productGrad(7, 4);
      seed(28, p.value(), "P(7, 4)");
      seed(4, p.u(), "dP/du = v");
      seed(7, p.v(), "dP/dv = u");
    }

    @Test
    void quotientRuleS00() {
      SeedOneVariableDerivatives.QuotientSincGradient sinc = SeedOneVariableDerivatives.quotientSincGrad(1);
      seed(0.8414709848078965, sinc.value(), "sin(1)/1");
      seed(-0.3011686789397568, sinc.x(), "(sin x / x)' at 1");
      SeedSeveralInputsDerivatives.QuotientGradient q = SeedSeveralInputsDerivatives.quotientGrad(6, 3);
      seed(2, q.value(), "Q(6, 3)");
      seed(1.0 / 3, q.u(), "dQ/du = 1/v");
      seed(-2.0 / 3, q.v(), "dQ/dv = -u/v^2");
    }

    @Test
    void sumRuleS00() {
      SeedOneVariableDerivatives.SumRuleGradient g = SeedOneVariableDerivatives.sumRuleGrad(1);
      seed(4.6829419696157935, g.value(), "2 sin(1) + 3");
      seed(7.0806046117362795, g.x(), "2 cos(1) + 6");
      SeedSeveralInputsDerivatives.SumGradient a = SeedSeveralInputsDerivatives.sumGrad(2.5, -7);
      seed(1, a.u(), "dA/du");
      seed(1, a.v(), "dA/dv");
    }
  }

  @Nested
  class SeveralInputs {
    @Test
    void partialsAndGradientS02() {
      SeedSeveralInputsDerivatives.ParaboloidGradient g = SeedSeveralInputsDerivatives.paraboloidGrad(3, 4);
      seed(25, g.value(), "f(3, 4)");
      seed(6, g.x(), "df/dx at (3, 4)");
      seed(8, g.y(), "df/dy at (3, 4)");
      double norm = Math.hypot(g.x(), g.y());
      seed(10, norm, "|grad f|");
      seed(0.6, g.x() / norm, "steepest ascent, x");
      seed(0.8, g.y() / norm, "steepest ascent, y");
      SeedSeveralInputsDerivatives.ParaboloidGradient origin = SeedSeveralInputsDerivatives.paraboloidGrad(0, 0);
      assertEquals(0, origin.value());
      assertEquals(0, origin.x());
      assertEquals(0, origin.y());
      double[] xBar = new double[1];
      double[] yBar = new double[1];
      seed(25, SeedSeveralInputsDerivatives.paraboloidVjp(3, 4, 1, xBar, yBar), "Vjp return");
      seed(6, xBar[0], "xBar");
      seed(8, yBar[0], "yBar");
    }

    @Test
    void directionalDerivativesS02() {
      seed(8, SeedSeveralInputsDerivatives.paraboloidJvp(3, 0, 4, 1), "north");
      seed(6, SeedSeveralInputsDerivatives.paraboloidJvp(3, 1, 4, 0), "east");
      seed(10, SeedSeveralInputsDerivatives.paraboloidJvp(3, 0.6, 4, 0.8), "along the gradient");
      seed(7, SeedSeveralInputsDerivatives.paraboloidJvp(3, 0.5, 4, 0.5), "(0.5, 0.5) raw");
      seed(7.8, SeedSeveralInputsDerivatives.paraboloidJvp(3, 0.1, 4, 0.9), "(0.1, 0.9) raw");
      double s = Math.sqrt(0.5);
      seed(9.899494936611665, SeedSeveralInputsDerivatives.paraboloidJvp(3, s, 4, s), "(0.5, 0.5) normalised");
      double n = Math.hypot(0.1, 0.9);
      seed(8.613659033838031, SeedSeveralInputsDerivatives.paraboloidJvp(3, 0.1 / n, 4, 0.9 / n),
          "(0.1, 0.9) normalised");
    }

    @Test
    void derivativeAlongACurveS00() {
      SeedSeveralInputsDerivatives.AlongCurveGradient h = SeedSeveralInputsDerivatives.alongCurveGrad(0);
      seed(25, h.value(), "h(0)");
      seed(-10, h.t(), "h'(0)");
      seed(-10, SeedSeveralInputsDerivatives.paraboloidJvp(3, 1, 4, -2), "grad f . (1, -2)");
      for (double t : grid()) {
        near(-10 + 10 * t, SeedSeveralInputsDerivatives.alongCurveJvp(t, 1), CLOSED_REL, "h'(" + t + ")");
      }
    }

    @Test
    void multipathS02() {
      double[] xBar = new double[1];
      seed(28, SeedSeveralInputsDerivatives.multipathVjp(2, 1, xBar), "z(2)");
      seed(12 + 28, xBar[0], "both paths add into xBar");
      seed(40, SeedSeveralInputsDerivatives.multipathGrad(2).x(), "dz/dx by Grad");
    }

    @Test
    void partialsWithoutDifferentiabilityS00() {
      SeedSeveralInputsDerivatives.PartialsNotDifferentiableGradient origin =
          SeedSeveralInputsDerivatives.partialsNotDifferentiableGrad(0, 0);
      assertEquals(0, origin.value());
      assertEquals(0, origin.x(), "AD follows the branch that ran: df/dx at the origin");
      assertEquals(0, origin.y(), "AD follows the branch that ran: df/dy at the origin");
      assertEquals(0, SeedSeveralInputsDerivatives.partialsNotDifferentiableJvp(0, 1, 0, 1), "Jvp at the origin");
      SeedSeveralInputsDerivatives.PartialsNotDifferentiableGradient g =
          SeedSeveralInputsDerivatives.partialsNotDifferentiableGrad(1, 2);
      seed(0.4, g.value(), "f(1, 2)");
      seed(0.24, g.x(), "df/dx at (1, 2)");
      seed(-0.12, g.y(), "df/dy at (1, 2)");
      for (double t : new double[] {0.1, 1e-4}) {
        double f = SeedSeveralInputsDerivatives.partialsNotDifferentiableGrad(t, t).value();
        seed(0.5, f, "f(t, t) at t = " + t);
        seed(0.5 / t, (f - origin.value()) / t, "diagonal difference quotient at t = " + t);
      }
    }
  }

  @Nested
  class Activations {
    @Test
    void sigmoidS02() {
      double[][] table = {
        {0, 0.5, 0.25},
        {1, 0.7310585786300049, 0.19661193324148185},
        {-1, 0.2689414213699951, 0.19661193324148185},
        {2, 0.8807970779778824, 0.10499358540350652},
        {-2, 0.11920292202211756, 0.10499358540350652}};
      for (double[] row : table) {
        SeedActivationsDerivatives.SigmoidGradient g = SeedActivationsDerivatives.sigmoidGrad(row[0]);
        seed(row[1], g.value(), "sigmoid(" + row[0] + ")");
        seed(row[2], g.x(), "sigmoid'(" + row[0] + ")");
        seed(row[2], SeedActivationsDerivatives.sigmoidJvp(row[0], 1), "sigmoid'(" + row[0] + ") by Jvp");
      }
      for (double x : grid()) {
        double s = 1 / (1 + Math.exp(-x));
        near(s * (1 - s), SeedActivationsDerivatives.sigmoidGrad(x).x(), CLOSED_REL, "s(1 - s) at " + x);
      }
    }

    @Test
    void tanhS02() {
      double[][] table = {{0, 0, 1}, {1, 0.7615941559557649, 0.4199743416140261},
        {-2, -0.9640275800758169, 0.07065082485316447}};
      for (double[] row : table) {
        SeedActivationsDerivatives.TanhGradient lib = SeedActivationsDerivatives.tanhGrad(row[0]);
        SeedActivationsDerivatives.TanhFromExpGradient exp = SeedActivationsDerivatives.tanhFromExpGrad(row[0]);
        seed(row[1], lib.value(), "Math.tanh(" + row[0] + ")");
        seed(row[2], lib.x(), "Math.tanh'(" + row[0] + ")");
        seed(row[1], exp.value(), "tanh by exp at " + row[0]);
        seed(row[2], exp.x(), "tanh' by exp at " + row[0]);
      }
      for (double x : grid()) {
        double t = Math.tanh(x);
        near(1 - t * t, SeedActivationsDerivatives.tanhJvp(x, 1), CLOSED_REL, "1 - tanh^2 at " + x);
        near(1 - t * t, SeedActivationsDerivatives.tanhFromExpJvp(x, 1), 1e-11, "1 - tanh^2 (exp form) at " + x);
      }
    }

    @Test
    void reluS02() {
      SeedActivationsDerivatives.ReluGradient pos = SeedActivationsDerivatives.reluGrad(2);
      SeedActivationsDerivatives.ReluMaxGradient posMax = SeedActivationsDerivatives.reluMaxGrad(2);
      assertEquals(2, pos.value());
      assertEquals(1, pos.x());
      assertEquals(2, posMax.value());
      assertEquals(1, posMax.x());
      SeedActivationsDerivatives.ReluGradient neg = SeedActivationsDerivatives.reluGrad(-1);
      SeedActivationsDerivatives.ReluMaxGradient negMax = SeedActivationsDerivatives.reluMaxGrad(-1);
      assertEquals(0, neg.value());
      assertEquals(0, neg.x());
      assertEquals(0, negMax.value());
      assertEquals(0, negMax.x());
      double atZero = SeedActivationsDerivatives.reluGrad(0).x();
      double atZeroMax = SeedActivationsDerivatives.reluMaxGrad(0).x();
      assertTrue(atZero == 0 || atZero == 1, "relu'(0) must be a one-sided choice, was " + atZero);
      assertTrue(atZeroMax == 0 || atZeroMax == 1, "max(0, x)' at 0 must be a one-sided choice, was " + atZeroMax);
    }

    @Test
    void geluTanhApproximationS02() {
      double[][] exact = {
        {0, 0, 0.5},
        {0.5, 0.34573123063700656, 0.8674951246561629},
        {1, 0.8413447460685429, 1.0833154705876864},
        {-1, -0.15865525393145705, -0.0833154705876863},
        {2, 1.9544997361036416, 1.085231801078197}};
      for (double[] row : exact) {
        SeedActivationsDerivatives.GeluTanhGradient g = SeedActivationsDerivatives.geluTanhGrad(row[0]);
        // the tanh approximation is within 1e-3 of the exact (erf) GELU and its derivative here
        assertTrue(Math.abs(row[1] - g.value()) < 1e-3 && Math.abs(row[2] - g.x()) < 1e-3,
            "tanh-GELU at " + row[0] + ": " + g + " vs exact " + row[1] + ", " + row[2]);
      }
      double c = Math.sqrt(2 / Math.PI);
      for (double x : grid()) {
        double t = Math.tanh(c * (x + 0.044715 * x * x * x));
        double closed = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x);
        near(closed, SeedActivationsDerivatives.geluTanhGrad(x).x(), CLOSED_REL, "tanh-GELU' at " + x);
      }
    }

    @Test
    void hiddenUnitS02() {
      SeedActivationsDerivatives.HiddenUnitGradient a = SeedActivationsDerivatives.hiddenUnitGrad(2, 0.5, -1, 3);
      seed(1.5, a.value(), "y(2, 0.5, -1, 3)");
      seed(1.5, a.w(), "dy/dw");
      seed(0.75, a.b(), "dy/db");
      seed(0.5, a.v(), "dy/dv");
      seed(0.375, a.x(), "dy/dx");
      SeedActivationsDerivatives.HiddenUnitGradient b = SeedActivationsDerivatives.hiddenUnitGrad(1, 2, -1, 3);
      seed(2.193175735890015, b.value(), "y(1, 2, -1, 3)");
      seed(0.5898357997244456, b.w(), "dy/dw");
      seed(0.5898357997244456, b.b(), "dy/db");
      seed(0.7310585786300049, b.v(), "dy/dv");
      seed(1.179671599448891, b.x(), "dy/dx");
    }
  }

  @Nested
  class JacobianRowsHessiansAndNewton {
    @Test
    void quadraticFormGradientAndNewtonStepS03() {
      SeedQuadraticsDerivatives.QuadraticFormGradient g = SeedQuadraticsDerivatives.quadraticFormGrad(1, 1);
      seed(6, g.value(), "x^T A x at (1, 1)");
      seed(4, g.x1(), "gradient x1");
      seed(8, g.x2(), "gradient x2");
      // H = [[2, 2], [2, 6]]; H^-1 grad = (1, 1); one Newton step lands on the minimiser
      double det = 2 * 6 - 2 * 2;
      double d1 = (6 * g.x1() - 2 * g.x2()) / det;
      double d2 = (-2 * g.x1() + 2 * g.x2()) / det;
      seed(1, d1, "Newton direction x1");
      seed(1, d2, "Newton direction x2");
      SeedQuadraticsDerivatives.QuadraticFormGradient after = SeedQuadraticsDerivatives.quadraticFormGrad(1 - d1, 1 - d2);
      assertEquals(0, after.value());
      assertEquals(0, after.x1());
      assertEquals(0, after.x2());
      for (double x : grid()) {
        double y = 0.5 - x / 3;
        SeedQuadraticsDerivatives.QuadraticFormGradient at = SeedQuadraticsDerivatives.quadraticFormGrad(x, y);
        near(2 * x + 2 * y, at.x1(), CLOSED_REL, "(H x)_1 at " + x + ", " + y);
        near(2 * x + 6 * y, at.x2(), CLOSED_REL, "(H x)_2 at " + x + ", " + y);
      }
    }

    @Test
    void quadraticFormTaylorS03() {
      double f = SeedQuadraticsDerivatives.quadraticFormGrad(1, 1).value();
      double linear = SeedQuadraticsDerivatives.quadraticFormJvp(1, 0.1, 1, 0.2);
      seed(2.0, linear, "grad f . h");
      double quadratic = 0.5 * (2 * 0.01 + 2 * 2 * 0.1 * 0.2 + 6 * 0.04);
      near(8.17, f + linear + quadratic, 1e-14, "6 + 2.0 + 0.17");
      near(8.17, SeedQuadraticsDerivatives.quadraticFormGrad(1.1, 1.2).value(), 1e-14, "f(1.1, 1.2)");
    }

    @Test
    void saddleS03() {
      SeedQuadraticsDerivatives.SaddleGradient origin = SeedQuadraticsDerivatives.saddleGrad(0, 0);
      assertEquals(0, origin.x());
      assertEquals(0, origin.y());
      for (double x : grid()) {
        SeedQuadraticsDerivatives.SaddleGradient g = SeedQuadraticsDerivatives.saddleGrad(x, 1 - x);
        near(2 * x, g.x(), CLOSED_REL, "2x");
        near(-2 * (1 - x), g.y(), CLOSED_REL, "-2y");
      }
    }

    @Test
    void jacobianPredictionS02() {
      SeedQuadraticsDerivatives.JacobianRow1Gradient r1 = SeedQuadraticsDerivatives.jacobianRow1Grad(3, 2);
      SeedQuadraticsDerivatives.JacobianRow2Gradient r2 = SeedQuadraticsDerivatives.jacobianRow2Grad(3, 2);
      seed(11, r1.value(), "y1(3, 2)");
      seed(6, r2.value(), "y2(3, 2)");
      seed(6, r1.x1(), "J[0][0]");
      seed(1, r1.x2(), "J[0][1]");
      seed(2, r2.x1(), "J[1][0]");
      seed(3, r2.x2(), "J[1][1]");
      double dy1 = SeedQuadraticsDerivatives.jacobianRow1Jvp(3, 0.1, 2, 0.2);
      double dy2 = SeedQuadraticsDerivatives.jacobianRow2Jvp(3, 0.1, 2, 0.2);
      seed(0.8, dy1, "predicted change of y1");
      seed(0.8, dy2, "predicted change of y2");
      near(0.81, SeedQuadraticsDerivatives.jacobianRow1Grad(3.1, 2.2).value() - 11, 1e-13, "actual change of y1");
      near(0.82, SeedQuadraticsDerivatives.jacobianRow2Grad(3.1, 2.2).value() - 6, 1e-13, "actual change of y2");
      // <u, J v> with u = (1, 1), v = (0.1, 0.2): VJPs of both rows with seed 1 accumulate J^T u
      double[] x1Bar = new double[1];
      double[] x2Bar = new double[1];
      SeedQuadraticsDerivatives.jacobianRow1Vjp(3, 2, 1, x1Bar, x2Bar);
      SeedQuadraticsDerivatives.jacobianRow2Vjp(3, 2, 1, x1Bar, x2Bar);
      seed(1.6, x1Bar[0] * 0.1 + x2Bar[0] * 0.2, "<J^T u, v>");
      seed(1.6, dy1 + dy2, "<u, J v>");
    }

    @Test
    void normS02() {
      SeedQuadraticsDerivatives.EuclideanNormGradient g = SeedQuadraticsDerivatives.euclideanNormGrad(3, 4);
      seed(5, g.value(), "|(3, 4)|");
      seed(0.6, g.x1(), "x1 / |x|");
      seed(0.8, g.x2(), "x2 / |x|");
    }
  }
}
