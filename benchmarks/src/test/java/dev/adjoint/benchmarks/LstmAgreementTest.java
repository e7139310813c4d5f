package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.assertRowsEqual;
import static dev.adjoint.benchmarks.Agreement.close;
import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.benchmarks.LstmResults.LstmGradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a benchmark: checks, on exactly the inputs of every {@code @Param} combination of
 * {@link LstmBench}, that the generated gradient of {@link Lstm#sequenceLoss} agrees with the
 * hand-written one to {@value #EXACT} relative to its largest component, and on the problem of
 * {@link LstmBaselinesBench} with Hipparchus to {@value #EXACT} and with central differences to
 * {@value #FINITE_DIFFERENCES}. The generated VJP must give the generated gradient, the generated
 * value the primal bit for bit, and no input may change.
 */
class LstmAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  @ParameterizedTest(name = "hidden = {0}")
  @ValueSource(ints = {16, 32})
  void generatedAgreesWithHandWritten(int hidden) {
    LstmBench s = new LstmBench();
    s.steps = 50;
    s.features = 8;
    s.hidden = hidden;
    s.outputs = 8;
    s.setup();
    Snapshot before = new Snapshot(s);
    double primal = primal(s);
    var generated = LstmDerivatives.sequenceLossGrad(s.w, s.u, s.b, s.readout, s.readoutBias,
        s.inputs, s.targets);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.w(), generated.u(), generated.b(), generated.readout(),
        generated.readoutBias());
    assertEquals(4 * hidden * (8 + hidden + 1) + 8 * hidden + 8, g.length, "weights");

    check("hand-written", g, primal, LstmHandWritten.sequenceLoss(s.w, s.u, s.b, s.readout,
        s.readoutBias, s.inputs, s.targets), EXACT);

    double[][] wBar = new double[s.w.length][s.w[0].length];
    double[][] uBar = new double[s.u.length][s.u[0].length];
    double[] bBar = new double[s.b.length];
    double[][] readoutBar = new double[s.readout.length][s.readout[0].length];
    double[] readoutBiasBar = new double[s.readoutBias.length];
    assertEquals(primal, LstmDerivatives.sequenceLossVjp(s.w, s.u, s.b, s.readout, s.readoutBias,
        s.inputs, s.targets, 1.0, wBar, uBar, bBar, readoutBar, readoutBiasBar), 0.0,
        "vjp value");
    close("vjp", g, flatten(wBar, uBar, bBar, readoutBar, readoutBiasBar), EXACT);
    before.assertUnchanged(s);
  }

  @Test
  void generatedAgreesWithBaselines() {
    LstmBaselinesBench bench = new LstmBaselinesBench();
    bench.setup();
    LstmBench s = bench.inputs;
    Snapshot before = new Snapshot(s);
    double primal = primal(s);
    var generated = LstmDerivatives.sequenceLossGrad(s.w, s.u, s.b, s.readout, s.readoutBias,
        s.inputs, s.targets);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.w(), generated.u(), generated.b(), generated.readout(),
        generated.readoutBias());
    assertEquals(452, g.length, "weights at the baseline size");

    check("Hipparchus", g, primal, LstmBaselines.hipparchus(s.w, s.u, s.b, s.readout,
        s.readoutBias, s.inputs, s.targets), EXACT);
    check("finite differences", g, primal, LstmBaselines.finiteDifferences(s.w, s.u, s.b,
        s.readout, s.readoutBias, s.inputs, s.targets), FINITE_DIFFERENCES);
    before.assertUnchanged(s);
  }

  private static double primal(LstmBench s) {
    return Lstm.sequenceLoss(s.w, s.u, s.b, s.readout, s.readoutBias, s.inputs, s.targets);
  }

  private static void check(String who, double[] g, double primal, LstmGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, flatten(r.w(), r.u(), r.b(), r.readout(), r.readoutBias()), tolerance);
  }

  /** Copies of every input, to check that no gradient writes into them. */
  private record Snapshot(double[][] w, double[][] u, double[] b, double[][] readout,
      double[] readoutBias, double[][] inputs, double[][] targets) {
    Snapshot(LstmBench s) {
      this(deepClone(s.w), deepClone(s.u), s.b.clone(), deepClone(s.readout),
          s.readoutBias.clone(), deepClone(s.inputs), deepClone(s.targets));
    }

    void assertUnchanged(LstmBench s) {
      assertRowsEqual(w, s.w, "w untouched");
      assertRowsEqual(u, s.u, "u untouched");
      assertArrayEquals(b, s.b, "b untouched");
      assertRowsEqual(readout, s.readout, "readout untouched");
      assertArrayEquals(readoutBias, s.readoutBias, "readoutBias untouched");
      assertRowsEqual(inputs, s.inputs, "inputs untouched");
      assertRowsEqual(targets, s.targets, "targets untouched");
    }
  }
}
