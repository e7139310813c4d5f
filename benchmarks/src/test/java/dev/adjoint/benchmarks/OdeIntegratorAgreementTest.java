package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.close;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.OdeIntegratorHandWritten.FinalStateLossGradient;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Not a benchmark: checks, on exactly the inputs of {@link OdeIntegratorBench} at every benchmarked
 * number of steps (those of {@link OdeIntegratorBaselinesBench} are the ones at 1000 steps), that
 * the generated gradient in {@code theta} and {@code y0}, the hand-written discrete adjoint and
 * Hipparchus agree to {@value #EXACT} relative to the largest gradient component, central
 * differences to {@value #FINITE_DIFFERENCES}; that the generated VJP adds exactly the gradient,
 * the generated value is the primal bit for bit, and no input is written.
 */
class OdeIntegratorAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  /** The {@code @Param} values of {@link OdeIntegratorBench#steps}. */
  static IntStream sizes() throws NoSuchFieldException {
    String[] values =
        OdeIntegratorBench.class.getField("steps").getAnnotation(Param.class).value();
    assertTrue(values.length > 0);
    return Arrays.stream(values).mapToInt(Integer::parseInt);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void gradientsAgree(int steps) {
    OdeIntegratorBench s = new OdeIntegratorBench();
    s.steps = steps;
    s.setup();
    double tEnd = OdeIntegratorBench.T_END;
    double[] thetaInput = s.theta.clone();
    double[] y0Input = s.y0.clone();
    double[] targetInput = s.target.clone();

    double primal = OdeIntegrator.finalStateLoss(s.theta, s.y0, s.target, tEnd, steps);
    assertTrue(Double.isFinite(primal) && primal > 1e-3, "loss " + primal);
    var generated =
        OdeIntegratorDerivatives.finalStateLossGrad(s.theta, s.y0, s.target, tEnd, steps);
    assertEquals(primal, generated.value(), "generated value, bit for bit");
    double[] g = flatten(generated.theta(), generated.y0());

    check("hand-written", g, primal,
        OdeIntegratorHandWritten.finalStateLoss(s.theta, s.y0, s.target, tEnd, steps), EXACT);
    check("Hipparchus", g, primal,
        OdeIntegratorBaselines.hipparchus(s.theta, s.y0, s.target, tEnd, steps), EXACT);
    check("finite differences", g, primal,
        OdeIntegratorBaselines.finiteDifferences(s.theta, s.y0, s.target, tEnd, steps),
        FINITE_DIFFERENCES);

    double[] thetaBar = new double[4];
    double[] y0Bar = new double[2];
    assertEquals(primal, OdeIntegratorDerivatives.finalStateLossVjp(s.theta, s.y0, s.target, tEnd,
        steps, 1.0, thetaBar, y0Bar), "vjp value, bit for bit");
    assertArrayEquals(g, flatten(thetaBar, y0Bar), "vjp with seed 1 into zeros is the gradient");
    OdeIntegratorDerivatives.finalStateLossVjp(s.theta, s.y0, s.target, tEnd, steps, 0.5,
        thetaBar, y0Bar);
    close("vjp adds seed times the gradient", Arrays.stream(g).map(v -> 1.5 * v).toArray(),
        flatten(thetaBar, y0Bar), EXACT);

    assertArrayEquals(thetaInput, s.theta, "theta untouched");
    assertArrayEquals(y0Input, s.y0, "y0 untouched");
    assertArrayEquals(targetInput, s.target, "target untouched");
  }

  @Test
  void baselinesBenchUsesTheBenchInputsAtItsSize() {
    OdeIntegratorBaselinesBench b = new OdeIntegratorBaselinesBench();
    b.setup();
    OdeIntegratorBench s = new OdeIntegratorBench();
    s.steps = OdeIntegratorBaselinesBench.STEPS;
    s.setup();
    assertArrayEquals(s.theta, b.theta);
    assertArrayEquals(s.y0, b.y0);
    assertArrayEquals(s.target, b.target);
  }

  private static void check(String who, double[] g, double primal, FinalStateLossGradient r,
      double tolerance) {
    assertTrue(Math.abs(primal - r.value()) <= EXACT * Math.abs(primal),
        () -> who + " value: " + r.value() + " against the primal " + primal);
    close(who, g, flatten(r.theta(), r.y0()), tolerance);
  }
}
