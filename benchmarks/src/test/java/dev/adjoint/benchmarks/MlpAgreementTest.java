package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.assertRowsEqual;
import static dev.adjoint.benchmarks.Agreement.close;
import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.benchmarks.MlpResults.MlpGradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a benchmark: checks, on exactly the inputs of every {@code @Param} combination of
 * {@link MlpBench}, that the generated gradient of {@link Mlp#loss} agrees with the hand-written
 * one to {@value #EXACT} relative to its largest component, and on the network of
 * {@link MlpBaselinesBench} with Hipparchus to {@value #EXACT} and with central differences to
 * {@value #FINITE_DIFFERENCES}. The generated VJP must give the generated gradient, the generated
 * value the primal bit for bit, and no input may change.
 */
class MlpAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  @ParameterizedTest(name = "hidden = {0}")
  @ValueSource(ints = {16, 64})
  void generatedAgreesWithHandWritten(int hidden) {
    MlpBench s = new MlpBench();
    s.batch = 64;
    s.features = 32;
    s.hidden = hidden;
    s.outputs = 10;
    s.setup();
    Snapshot before = new Snapshot(s);
    double primal = Mlp.loss(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets);
    var generated = MlpDerivatives.lossGrad(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.w1(), generated.b1(), generated.w2(), generated.b2());
    assertEquals(hidden * 32 + hidden + 10 * hidden + 10, g.length, "weights");

    check("hand-written", g, primal,
        MlpHandWritten.loss(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets), EXACT);

    double[][] w1Bar = new double[s.w1.length][s.w1[0].length];
    double[] b1Bar = new double[s.b1.length];
    double[][] w2Bar = new double[s.w2.length][s.w2[0].length];
    double[] b2Bar = new double[s.b2.length];
    assertEquals(primal, MlpDerivatives.lossVjp(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets, 1.0,
        w1Bar, b1Bar, w2Bar, b2Bar), 0.0, "vjp value");
    close("vjp", g, flatten(w1Bar, b1Bar, w2Bar, b2Bar), EXACT);
    before.assertUnchanged(s);
  }

  @Test
  void generatedAgreesWithBaselines() {
    MlpBaselinesBench b = new MlpBaselinesBench();
    b.setup();
    MlpBench s = b.inputs;
    Snapshot before = new Snapshot(s);
    double primal = Mlp.loss(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets);
    var generated = MlpDerivatives.lossGrad(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.w1(), generated.b1(), generated.w2(), generated.b2());
    assertEquals(340, g.length, "weights at the baseline size");

    check("Hipparchus", g, primal,
        MlpBaselines.hipparchus(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets), EXACT);
    check("finite differences", g, primal,
        MlpBaselines.finiteDifferences(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets),
        FINITE_DIFFERENCES);
    before.assertUnchanged(s);
  }

  private static void check(String who, double[] g, double primal, MlpGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, flatten(r.w1(), r.b1(), r.w2(), r.b2()), tolerance);
  }

  /** Copies of every input, to check that no gradient writes into them. */
  private record Snapshot(double[][] w1, double[] b1, double[][] w2, double[] b2,
      double[][] inputs, double[][] targets) {
    Snapshot(MlpBench s) {
      this(deepClone(s.w1), s.b1.clone(), deepClone(s.w2), s.b2.clone(), deepClone(s.inputs),
          deepClone(s.targets));
    }

    void assertUnchanged(MlpBench s) {
      assertRowsEqual(w1, s.w1, "w1 untouched");
      assertArrayEquals(b1, s.b1, "b1 untouched");
      assertRowsEqual(w2, s.w2, "w2 untouched");
      assertArrayEquals(b2, s.b2, "b2 untouched");
      assertRowsEqual(inputs, s.inputs, "inputs untouched");
      assertRowsEqual(targets, s.targets, "targets untouched");
    }
  }
}
