package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.found.SpecialFunctions;
import dev.adjoint.tests.found.SpecialFunctionsDerivatives;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks {@link SpecialFunctions} with every oracle (twins from Hipparchus' own special functions
 * where they exist, else the formula again), and each generated derivative against the hand-coded
 * one ({@link SpecialFunctions#digamma}, 2/√π exp(-x²), ...) at many points in every branch.
 */
class FoundSpecialFunctionsOracleTest {
  private static final int POINTS = 2000;

  /**
   * log Γ over Hipparchus: its value, with {@link SpecialFunctions#digamma} as the derivative
   * (Hipparchus' own digamma is off by up to 3e-9 between 1 and 49, see {@link #digammaReferences}).
   */
  static Gradient logGamma(Gradient x) {
    double v = x.getValue();
    return x.compose(Gamma.logGamma(v), SpecialFunctions.digamma(v));
  }

  static Gradient i0(Gradient x) {
    double[] small = {1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813};
    double[] large = {0.39894228, 0.01328592, 0.00225319, -0.00157565, 0.00916281, -0.02057706, 0.02635537,
        -0.01647633, 0.00392377};
    Gradient ax = x.abs();
    if (ax.getValue() <= 3.75) {
      Gradient t = x.divide(3.75).square();
      Gradient p = x.getField().getZero().add(small[small.length - 1]);
      for (int k = small.length - 2; k >= 0; k--) {
        p = p.multiply(t).add(small[k]);
      }
      return p;
    }
    Gradient t = ax.reciprocal().multiply(3.75);
    Gradient p = x.getField().getZero();
    for (int k = large.length - 1; k >= 0; k--) {
      p = p.multiply(t).add(large[k]);
    }
    return ax.exp().divide(ax.sqrt()).multiply(p);
  }

  /** P(a, x) by the same two expansions, over Hipparchus. */
  static Gradient gammaP(Gradient a, Gradient x) {
    Gradient logPrefix = a.multiply(x.log()).subtract(x).subtract(logGamma(a));
    if (x.getValue() < a.getValue() + 1) {
      Gradient ap = a;
      Gradient del = a.reciprocal();
      Gradient sum = del;
      for (int n = 1; n <= 500; n++) {
        ap = ap.add(1);
        del = del.multiply(x).divide(ap);
        sum = sum.add(del);
        if (Math.abs(del.getValue()) < Math.abs(sum.getValue()) * 1e-16) {
          break;
        }
      }
      return sum.multiply(logPrefix.exp());
    }
    Gradient b = x.add(1).subtract(a);
    Gradient c = x.getField().getZero().add(1e300);
    Gradient d = b.reciprocal();
    Gradient h = d;
    for (int i = 1; i <= 500; i++) {
      Gradient an = a.negate().add(i).multiply(-i);
      b = b.add(2);
      d = an.multiply(d).add(b);
      c = b.add(an.divide(c));
      d = d.reciprocal();
      Gradient del = d.multiply(c);
      h = h.multiply(del);
      if (Math.abs(del.getValue() - 1) < 1e-16) {
        break;
      }
    }
    return logPrefix.exp().multiply(h).negate().add(1);
  }

  static List<FunctionCase> cases() {
    Class<?> c = SpecialFunctions.class;
    return List.of(
        of(c, "logGamma", real("x", 0.05, 25)).twin(a -> logGamma(a.g("x"))),
        of(c, "lanczosLogGamma", real("x", -4.5, 25))
            .where(a -> Math.abs(a.d("x") - Math.rint(a.d("x"))) > 0.02)
            .twin(a -> {
              Gradient x = a.g("x");
              if (x.getValue() < 0.5) {
                return x.multiply(Math.PI).sin().abs().reciprocal().multiply(Math.PI).log()
                    .subtract(logGamma(x.negate().add(1)));
              }
              return logGamma(x);
            }),
        of(c, "logBeta", real("a", 0.1, 12), real("b", 0.1, 12))
            .twin(a -> logGamma(a.g("a")).add(logGamma(a.g("b"))).subtract(logGamma(a.g("a").add(a.g("b"))))),
        of(c, "erf", real("x", -4.5, 4.5)).where(a -> Math.abs(Math.abs(a.d("x")) - 2) > 0.01)
            .twin(a -> Erf.erf(a.g("x"))),
        of(c, "erfc", real("x", -3, 7)).where(a -> Math.abs(Math.abs(a.d("x")) - 2) > 0.01)
            .twin(a -> Erf.erfc(a.g("x"))),
        of(c, "normalCdf", real("x", -6, 6)).where(a -> Math.abs(Math.abs(a.d("x")) - 2 * Math.sqrt(2)) > 0.01)
            .twin(a -> Erf.erfc(a.g("x").negate().divide(Math.sqrt(2))).multiply(0.5)),
        of(c, "normalLogDensity", real("x", -3, 3), real("mean", -1, 1), real("sd", 0.2, 3))
            .twin(a -> {
              Gradient z = a.g("x").subtract(a.g("mean")).divide(a.g("sd"));
              return z.square().multiply(-0.5).subtract(a.g("sd").log()).subtract(0.5 * Math.log(2 * Math.PI));
            }),
        of(c, "log1p", real("x", -0.95, 4)).twin(a -> a.g("x").log1p()),
        of(c, "expm1", real("x", -5, 5)).twin(a -> a.g("x").expm1()),
        of(c, "besselI0", real("x", -8, 8)).where(a -> Math.abs(Math.abs(a.d("x")) - 3.75) > 0.01)
            .twin(a -> i0(a.g("x"))),
        of(c, "logSigmoid", real("x", -30, 30)).twin(a -> a.g("x").negate().exp().log1p().negate()),
        of(c, "softplus", real("x", -30, 30)).where(a -> Math.abs(Math.abs(a.d("x")) - 20) > 0.01)
            .twin(a -> {
              Gradient x = a.g("x");
              if (x.getValue() > 20) {
                return x;
              }
              return x.getValue() < -20 ? x.exp() : x.exp().log1p();
            }),
        of(c, "logCosh", real("x", -6, 6)).twin(a -> a.g("x").cosh().log()),
        of(c, "sinc", real("x", -0.01, 0.01)).twin(a -> {
          Gradient x = a.g("x");
          if (Math.abs(x.getValue()) < 1e-3) {
            Gradient x2 = x.square();
            return x2.divide(6).multiply(x2.divide(-20).add(1)).negate().add(1);
          }
          return x.sin().divide(x);
        }).where(a -> Math.abs(Math.abs(a.d("x")) - 1e-3) > 1e-5),
        of(c, "regularizedGammaP", real("a", 0.3, 6), real("x", 0.01, 12))
            .where(a -> Math.abs(a.d("x") - a.d("a") - 1) > 0.01)
            .twin(a -> gammaP(a.g("a"), a.g("x"))));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }

  /** {@code got} within 1e-10 of {@code expected}, relative to max(|expected|, floor). */
  private static void close(double expected, double got, double floor, String where) {
    double tolerance = 1e-10 * Math.max(Math.abs(expected), floor);
    assertEquals(expected, got, tolerance, where);
  }

  private static void atPoints(double lo, double hi, DoubleUnaryOperator expected, DoubleUnaryOperator generated,
      double floor, String what) {
    Random random = new Random(what.hashCode());
    for (int k = 0; k < POINTS; k++) {
      double x = lo + (hi - lo) * random.nextDouble();
      close(expected.applyAsDouble(x), generated.applyAsDouble(x), floor, what + " at " + x);
    }
  }

  /** ψ(x) to 20 digits (mpmath), in both branches of the reflection and of the recurrence. */
  private static final double[][] DIGAMMA = {
    {0.01, -100.56088545786867242},
    {0.3, -3.5025242222001331249},
    {1.0, -0.57721566490153286061},
    {1.4616321449683622, -9.2412655217294274792e-17},
    {2.5, 0.70315664064524318723},
    {5.510959485732505, 1.6132754633428187234},
    {9.99, 2.250700372831201122},
    {10.5, 2.3030010342976863753},
    {37.0, 3.5973435318931062473},
    {1000.0, 6.9072551956488120521},
    {-0.5, 0.036489973978576520559},
    {-2.7, -1.1153471291406896119},
    {-4.1, 11.196837519520051098},
  };

  @Test
  void digammaReferences() {
    for (double[] r : DIGAMMA) {
      close(r[1], SpecialFunctions.digamma(r[0]), 1, "digamma at " + r[0]);
    }
    // the recurrence ψ(x + 1) = ψ(x) + 1/x and the reflection, at random points
    atPoints(0.01, 50, x -> SpecialFunctions.digamma(x) + 1 / x, x -> SpecialFunctions.digamma(x + 1), 1,
        "digamma recurrence");
    atPoints(-4.9, 0.99, x -> SpecialFunctions.digamma(1 - x) - Math.PI / Math.tan(Math.PI * x),
        SpecialFunctions::digamma, 1, "digamma reflection");
    // Hipparchus' digamma: close, but not to 1e-10
    assertTrue(Math.abs(Gamma.digamma(5.510959485732505) - 1.6132754633428187234) > 1e-9);
  }

  @Test
  void logGammaDerivativeIsDigammaInEveryBranch() {
    // below 10: shifted by the recurrence (trip count 1..10); above: Stirling's series alone
    atPoints(0.01, 10, SpecialFunctions::digamma, x -> SpecialFunctionsDerivatives.logGammaJvp(x, 1), 1,
        "logGamma' (shifted)");
    atPoints(10, 1e4, SpecialFunctions::digamma, x -> SpecialFunctionsDerivatives.logGammaGrad(x).x(), 1,
        "logGamma' (series)");
    atPoints(0.01, 40, SpecialFunctions::digamma, x -> {
      double[] bar = new double[1];
      SpecialFunctionsDerivatives.logGammaVjp(x, 1, bar);
      return bar[0];
    }, 1, "logGamma' (VJP)");
  }

  @Test
  void lanczosDerivativeIsDigammaOnBothSidesOfTheReflection() {
    atPoints(0.5, 60, SpecialFunctions::digamma, x -> SpecialFunctionsDerivatives.lanczosLogGammaJvp(x, 1), 1,
        "lanczosLogGamma' (direct)");
    Random random = new Random(7);
    for (int k = 0; k < POINTS; k++) {
      double x = -6 + 6.5 * random.nextDouble();
      if (Math.abs(x - Math.rint(x)) < 1e-3) {
        continue;
      }
      close(SpecialFunctions.digamma(x), SpecialFunctionsDerivatives.lanczosLogGammaGrad(x).x(), 1,
          "lanczosLogGamma' (reflected) at " + x);
    }
  }

  @Test
  void logBetaGradientIsADifferenceOfDigammas() {
    Random random = new Random(11);
    for (int k = 0; k < POINTS; k++) {
      double a = 0.05 + 30 * random.nextDouble();
      double b = 0.05 + 30 * random.nextDouble();
      var g = SpecialFunctionsDerivatives.logBetaGrad(a, b);
      double psiAb = SpecialFunctions.digamma(a + b);
      close(SpecialFunctions.digamma(a) - psiAb, g.a(), 1, "∂/∂a logBeta at " + a + ", " + b);
      close(SpecialFunctions.digamma(b) - psiAb, g.b(), 1, "∂/∂b logBeta at " + a + ", " + b);
      assertEquals(SpecialFunctions.logBeta(a, b), g.value(), 0.0);
    }
  }

  @Test
  void erfAndErfcDerivativesAreTheGaussian() {
    atPoints(-2, 2, SpecialFunctions::erfDerivative, x -> SpecialFunctionsDerivatives.erfJvp(x, 1), 0,
        "erf' (series)");
    atPoints(2, 6, SpecialFunctions::erfDerivative, x -> SpecialFunctionsDerivatives.erfGrad(x).x(), 0,
        "erf' (continued fraction)");
    atPoints(-6, -2, SpecialFunctions::erfDerivative, x -> SpecialFunctionsDerivatives.erfGrad(x).x(), 0,
        "erf' (continued fraction, negative)");
    atPoints(-2, 26, x -> -SpecialFunctions.erfDerivative(x), x -> SpecialFunctionsDerivatives.erfcJvp(x, 1), 0,
        "erfc'");
    atPoints(-8, 8, x -> Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI),
        x -> SpecialFunctionsDerivatives.normalCdfJvp(x, 1), 0, "Φ'");
  }

  @Test
  void elementaryCorrectionsDifferentiateToTheirClosedForms() {
    atPoints(-0.99, 10, x -> 1 / (1 + x), x -> SpecialFunctionsDerivatives.log1pJvp(x, 1), 0, "log1p'");
    atPoints(-1e-9, 1e-9, x -> 1 / (1 + x), x -> SpecialFunctionsDerivatives.log1pJvp(x, 1), 0, "log1p' near 0");
    // below about -5 the derivative of Kahan's quotient cancels terms of size 1/x down to exp(x)
    atPoints(-5, 30, Math::exp, x -> SpecialFunctionsDerivatives.expm1Jvp(x, 1), 0, "expm1'");
    atPoints(-700, -5, Math::exp, x -> SpecialFunctionsDerivatives.expm1Jvp(x, 1), 1e-6, "expm1' far left");
    atPoints(-1e-9, 1e-9, Math::exp, x -> SpecialFunctionsDerivatives.expm1Jvp(x, 1), 0, "expm1' near 0");
    atPoints(-700, 700, x -> 1 / (1 + Math.exp(x)), x -> SpecialFunctionsDerivatives.logSigmoidJvp(x, 1), 0,
        "logSigmoid'");
    atPoints(-19.9, 19.9, x -> 1 / (1 + Math.exp(-x)), x -> SpecialFunctionsDerivatives.softplusJvp(x, 1), 0,
        "softplus'");
    atPoints(-300, 300, Math::tanh, x -> SpecialFunctionsDerivatives.logCoshJvp(x, 1), 0, "logCosh'");
    atPoints(-1e-3, 1e-3, x -> -x / 3 + x * x * x / 30, x -> SpecialFunctionsDerivatives.sincJvp(x, 1), 1e-4,
        "sinc' (Taylor)");
    atPoints(1e-3, 40, x -> (Math.cos(x) - Math.sin(x) / x) / x, x -> SpecialFunctionsDerivatives.sincJvp(x, 1),
        1e-6, "sinc'");
  }

  @Test
  void incompleteGammaDerivativeInXIsTheDensity() {
    Random random = new Random(13);
    for (int k = 0; k < POINTS; k++) {
      double a = 0.1 + 20 * random.nextDouble();
      double x = 1e-3 + 40 * random.nextDouble();
      close(SpecialFunctions.regularizedGammaPDerivativeX(a, x),
          SpecialFunctionsDerivatives.regularizedGammaPGrad(a, x).x(), 0, "∂P/∂x at a = " + a + ", x = " + x);
      assertEquals(Gamma.regularizedGammaP(a, x), SpecialFunctions.regularizedGammaP(a, x), 1e-12,
          "P itself at a = " + a + ", x = " + x);
    }
  }

  private static <T extends Throwable> void allThrow(Class<T> type, Executable primal, Executable... generated) {
    T expected = assertThrows(type, primal);
    for (Executable g : generated) {
      T got = assertThrows(type, g);
      assertEquals(expected.getMessage(), got.getMessage());
    }
  }

  @Test
  void generatedMethodsThrowWhatThePrimalThrows() {
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.logGamma(-1.5),
        () -> SpecialFunctionsDerivatives.logGammaJvp(-1.5, 1),
        () -> SpecialFunctionsDerivatives.logGammaVjp(-1.5, 1, new double[1]),
        () -> SpecialFunctionsDerivatives.logGammaGrad(-1.5));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.logGamma(Double.NaN),
        () -> SpecialFunctionsDerivatives.logGammaJvp(Double.NaN, 1));
    allThrow(ArithmeticException.class, () -> SpecialFunctions.lanczosLogGamma(-2),
        () -> SpecialFunctionsDerivatives.lanczosLogGammaJvp(-2, 1),
        () -> SpecialFunctionsDerivatives.lanczosLogGammaVjp(-2, 1, new double[1]),
        () -> SpecialFunctionsDerivatives.lanczosLogGammaGrad(-2));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.logBeta(1, 0),
        () -> SpecialFunctionsDerivatives.logBetaJvp(1, 1, 0, 1),
        () -> SpecialFunctionsDerivatives.logBetaGrad(1, 0));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.normalLogDensity(0, 0, -1),
        () -> SpecialFunctionsDerivatives.normalLogDensityJvp(0, 1, 0, 1, -1, 1),
        () -> SpecialFunctionsDerivatives.normalLogDensityVjp(0, 0, -1, 1, new double[1], new double[1],
            new double[1]));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.log1p(-2),
        () -> SpecialFunctionsDerivatives.log1pJvp(-2, 1), () -> SpecialFunctionsDerivatives.log1pGrad(-2));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.regularizedGammaP(0, 1),
        () -> SpecialFunctionsDerivatives.regularizedGammaPJvp(0, 1, 1, 1),
        () -> SpecialFunctionsDerivatives.regularizedGammaPGrad(0, 1));
    allThrow(IllegalArgumentException.class, () -> SpecialFunctions.regularizedGammaP(1, -1),
        () -> SpecialFunctionsDerivatives.regularizedGammaPVjp(1, -1, 1, new double[1], new double[1]));
    assertTrue(SpecialFunctionsDerivatives.regularizedGammaPGrad(2, 0).x() == 0.0);
  }
}
