package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.close;
import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static dev.adjoint.benchmarks.Agreement.scale;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.LogisticRegressionHandWritten.LossGradient;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Not a benchmark: checks, on exactly the inputs of {@link LogisticRegressionBench} at every
 * benchmarked {@code n} (those of {@link LogisticRegressionBaselinesBench} are the ones at n =
 * 1000), that the generated gradient, the hand-written one and Hipparchus agree to {@value #EXACT}
 * relative to the largest gradient component, central differences to
 * {@value #FINITE_DIFFERENCES}; that the generated VJP adds exactly the gradient, that the
 * generated value is the primal bit for bit, and that no input is written.
 */
class LogisticRegressionAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  /** The {@code @Param} values of {@link LogisticRegressionBench#n}. */
  static IntStream sizes() throws NoSuchFieldException {
    String[] values =
        LogisticRegressionBench.class.getField("n").getAnnotation(Param.class).value();
    assertTrue(values.length > 0);
    return Arrays.stream(values).mapToInt(Integer::parseInt);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void gradientsAgree(int n) {
    LogisticRegressionBench s = new LogisticRegressionBench();
    s.n = n;
    s.setup();
    assertEquals(n, s.x.length);
    assertEquals(LogisticRegressionBench.P, s.w.length);
    double lambda = LogisticRegressionBench.LAMBDA;
    double[] wInput = s.w.clone();
    double[][] xInput = deepClone(s.x);
    double[] yInput = s.y.clone();

    double primal = LogisticRegression.loss(s.w, s.bias, s.x, s.y, lambda);
    assertTrue(Double.isFinite(primal) && primal > 0, "loss " + primal);
    var generated = LogisticRegressionDerivatives.lossGrad(s.w, s.bias, s.x, s.y, lambda);
    assertEquals(primal, generated.value(), "generated value, bit for bit");
    double[] g = flatten(generated.w(), generated.bias());
    assertTrue(scale(g) > 1e-3, "gradient not negligible: " + scale(g));

    check("hand-written", g, primal,
        LogisticRegressionHandWritten.loss(s.w, s.bias, s.x, s.y, lambda), EXACT);
    check("Hipparchus", g, primal,
        LogisticRegressionBaselines.hipparchus(s.w, s.bias, s.x, s.y, lambda), EXACT);
    check("finite differences", g, primal,
        LogisticRegressionBaselines.finiteDifferences(s.w, s.bias, s.x, s.y, lambda),
        FINITE_DIFFERENCES);

    double[] wBar = new double[s.w.length];
    double[] biasBar = new double[1];
    assertEquals(primal,
        LogisticRegressionDerivatives.lossVjp(s.w, s.bias, s.x, s.y, lambda, 1.0, wBar, biasBar),
        "vjp value, bit for bit");
    assertArrayEquals(g, flatten(wBar, biasBar[0]), "vjp with seed 1 into zeros is the gradient");
    LogisticRegressionDerivatives.lossVjp(s.w, s.bias, s.x, s.y, lambda, 0.5, wBar, biasBar);
    double[] oneAndAHalf = Arrays.stream(g).map(v -> 1.5 * v).toArray();
    close("vjp adds seed times the gradient", oneAndAHalf, flatten(wBar, biasBar[0]), EXACT);

    assertArrayEquals(wInput, s.w, "w untouched");
    assertArrayEquals(yInput, s.y, "y untouched");
    for (int i = 0; i < n; i++) {
      assertArrayEquals(xInput[i], s.x[i], "x untouched");
    }
  }

  @Test
  void baselinesBenchUsesTheSmallBenchInputs() {
    LogisticRegressionBaselinesBench b = new LogisticRegressionBaselinesBench();
    b.setup();
    LogisticRegressionBench s = new LogisticRegressionBench();
    s.n = LogisticRegressionBaselinesBench.N;
    s.setup();
    assertArrayEquals(s.w, b.w);
    assertEquals(s.bias, b.bias);
    assertArrayEquals(s.y, b.y);
    for (int i = 0; i < s.x.length; i++) {
      assertArrayEquals(s.x[i], b.x[i]);
    }
  }

  private static void check(String who, double[] g, double primal, LossGradient r,
      double tolerance) {
    assertTrue(Math.abs(primal - r.value()) <= EXACT * Math.abs(primal),
        () -> who + " value: " + r.value() + " against the primal " + primal);
    close(who, g, flatten(r.w(), r.bias()), tolerance);
  }
}
