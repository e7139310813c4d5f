package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.dot;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static dev.adjoint.benchmarks.Agreement.scale;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import dev.adjoint.benchmarks.Results.DenseGradient;
import dev.adjoint.benchmarks.Results.HornerGradient;
import dev.adjoint.benchmarks.Results.ScalarGradient;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Not a benchmark: checks, on exactly the inputs the benchmarks use, that every competitor computes
 * the same gradient as the generated code, so the timings compare equal work. Generated, hand-written
 * and Hipparchus gradients are exact up to rounding and must agree to {@value #EXACT}, relative to
 * the largest gradient component; central differences are accurate to about eps^(2/3) and must agree
 * to {@value #FINITE_DIFFERENCES}. The generated VJP must give the generated gradient, the JVP the
 * directional derivative {@code <grad, direction>}, and the generated value the primal, bit for bit.
 */
class GradientAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  @Test
  void rosenbrock() {
    RosenbrockBench s = new RosenbrockBench();
    s.setup();
    double[] input = s.x.clone();
    double primal = Functions.rosenbrock(s.x);
    var generated = FunctionsDerivatives.rosenbrockGrad(s.x);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = generated.x();

    checkArray("hand-written", g, primal, HandWritten.rosenbrock(s.x), EXACT);
    checkArray("Hipparchus", g, primal, HipparchusGradients.rosenbrock(s.x), EXACT);
    checkArray("finite differences", g, primal, FiniteDifferences.rosenbrock(s.x),
        FINITE_DIFFERENCES);

    double[] xBar = new double[s.x.length];
    assertEquals(primal, FunctionsDerivatives.rosenbrockVjp(s.x, 1.0, xBar), 0.0, "vjp value");
    close("vjp", g, xBar, EXACT);
    close("jvp", dot(g, s.xDot), FunctionsDerivatives.rosenbrockJvp(s.x, s.xDot), scale(g), EXACT);
    assertArrayEquals(input, s.x, "input untouched");
  }

  @Test
  void denseLayerLoss() {
    DenseLayerBench s = new DenseLayerBench();
    s.setup();
    double[][] wInput = deepClone(s.w);
    double[] bInput = s.b.clone();
    double primal = Functions.denseLayerLoss(s.w, s.b, s.x, s.y);
    var generated = FunctionsDerivatives.denseLayerLossGrad(s.w, s.b, s.x, s.y);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.w(), generated.b());

    checkDense("hand-written", g, primal, HandWritten.denseLayerLoss(s.w, s.b, s.x, s.y), EXACT);
    checkDense("Hipparchus", g, primal,
        HipparchusGradients.denseLayerLoss(s.w, s.b, s.x, s.y), EXACT);
    checkDense("finite differences", g, primal,
        FiniteDifferences.denseLayerLoss(s.w, s.b, s.x, s.y), FINITE_DIFFERENCES);

    double[][] wBar = new double[s.w.length][s.w[0].length];
    double[] bBar = new double[s.b.length];
    assertEquals(primal,
        FunctionsDerivatives.denseLayerLossVjp(s.w, s.b, s.x, s.y, 1.0, wBar, bBar), 0.0,
        "vjp value");
    close("vjp", g, flatten(wBar, bBar), EXACT);
    close("jvp", dot(g, flatten(s.wDot, s.bDot)),
        FunctionsDerivatives.denseLayerLossJvp(s.w, s.wDot, s.b, s.bDot, s.x, s.y), scale(g),
        EXACT);
    for (int i = 0; i < s.w.length; i++) {
      assertArrayEquals(wInput[i], s.w[i], "input untouched");
    }
    assertArrayEquals(bInput, s.b, "input untouched");
  }

  @Test
  void logSumExp() {
    LogSumExpBench s = new LogSumExpBench();
    s.setup();
    double[] input = s.x.clone();
    double primal = Functions.logSumExp(s.x);
    var generated = FunctionsDerivatives.logSumExpGrad(s.x);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = generated.x();
    assertEquals(1.0, Arrays.stream(g).sum(), 1e-12, "softmax sums to one");

    checkArray("hand-written", g, primal, HandWritten.logSumExp(s.x), EXACT);
    checkArray("Hipparchus", g, primal, HipparchusGradients.logSumExp(s.x), EXACT);
    checkArray("finite differences", g, primal, FiniteDifferences.logSumExp(s.x),
        FINITE_DIFFERENCES);

    double[] xBar = new double[s.x.length];
    assertEquals(primal, FunctionsDerivatives.logSumExpVjp(s.x, 1.0, xBar), 0.0, "vjp value");
    close("vjp", g, xBar, EXACT);
    close("jvp", dot(g, s.xDot), FunctionsDerivatives.logSumExpJvp(s.x, s.xDot), scale(g), EXACT);
    assertArrayEquals(input, s.x, "input untouched");
  }

  @Test
  void horner() {
    HornerBench s = new HornerBench();
    s.setup();
    double[] input = s.c.clone();
    double primal = Functions.horner(s.x, s.c);
    var generated = FunctionsDerivatives.hornerGrad(s.x, s.c);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.x(), generated.c());

    checkHorner("hand-written", g, primal, HandWritten.horner(s.x, s.c), EXACT);
    checkHorner("Hipparchus", g, primal, HipparchusGradients.horner(s.x, s.c), EXACT);
    checkHorner("finite differences", g, primal, FiniteDifferences.horner(s.x, s.c),
        FINITE_DIFFERENCES);

    double[] xBar = new double[1];
    double[] cBar = new double[s.c.length];
    assertEquals(primal, FunctionsDerivatives.hornerVjp(s.x, s.c, 1.0, xBar, cBar), 0.0,
        "vjp value");
    close("vjp", g, flatten(xBar[0], cBar), EXACT);
    close("jvp", dot(g, flatten(s.xDot, s.cDot)),
        FunctionsDerivatives.hornerJvp(s.x, s.xDot, s.c, s.cDot), scale(g), EXACT);
    assertArrayEquals(input, s.c, "input untouched");
  }

  @Test
  void straightLine() {
    StraightLineBench s = new StraightLineBench();
    s.setup();
    double primal = Functions.straightLine(s.x, s.y);
    var generated = FunctionsDerivatives.straightLineGrad(s.x, s.y);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = {generated.x(), generated.y()};

    checkScalar("hand-written", g, primal, HandWritten.straightLine(s.x, s.y), EXACT);
    checkScalar("Hipparchus", g, primal, HipparchusGradients.straightLine(s.x, s.y), EXACT);
    checkScalar("finite differences", g, primal, FiniteDifferences.straightLine(s.x, s.y),
        FINITE_DIFFERENCES);

    double[] xBar = new double[1];
    double[] yBar = new double[1];
    assertEquals(primal, FunctionsDerivatives.straightLineVjp(s.x, s.y, 1.0, xBar, yBar), 0.0,
        "vjp value");
    close("vjp", g, new double[] {xBar[0], yBar[0]}, EXACT);
    close("jvp", g[0] * s.xDot + g[1] * s.yDot,
        FunctionsDerivatives.straightLineJvp(s.x, s.xDot, s.y, s.yDot), scale(g), EXACT);
  }

  private static void checkArray(String who, double[] g, double primal, ArrayGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, r.x(), tolerance);
  }

  private static void checkDense(String who, double[] g, double primal, DenseGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, flatten(r.w(), r.b()), tolerance);
  }

  private static void checkHorner(String who, double[] g, double primal, HornerGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, flatten(r.x(), r.c()), tolerance);
  }

  private static void checkScalar(String who, double[] g, double primal, ScalarGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, new double[] {r.x(), r.y()}, tolerance);
  }

  /** Every component within tolerance · max(1, |expected|_∞). */
  private static void close(String who, double[] expected, double[] actual, double tolerance) {
    assertEquals(expected.length, actual.length, who + ": gradient length");
    double scale = scale(expected);
    for (int i = 0; i < expected.length; i++) {
      close(who + " component " + i, expected[i], actual[i], scale, tolerance);
    }
  }

  private static void close(String who, double expected, double actual, double scale,
      double tolerance) {
    double bound = tolerance * Math.max(1.0, scale);
    assertTrue(Math.abs(expected - actual) <= bound,
        () -> who + ": expected " + expected + " (generated) but got " + actual + ", difference "
            + Math.abs(expected - actual) + " > " + bound);
  }
}
