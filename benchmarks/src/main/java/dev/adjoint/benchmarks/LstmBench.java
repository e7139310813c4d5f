package dev.adjoint.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sequence loss of the LSTM cell {@link Lstm}: T = 50 steps of 8 inputs, 16 or 32 hidden
 * units, 8 outputs, differentiated in the gate weights {@code w}, {@code u}, {@code b} and the
 * readout (1736 and 5512 weights). The hidden and cell states are carried across steps.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated
 * {@code sequenceLossGrad}), {@code vjp} (generated {@code sequenceLossVjp} with seed 1 into
 * reused, zeroed accumulators) and {@code handWritten} ({@link LstmHandWritten}). Hipparchus and
 * finite differences are in {@link LstmBaselinesBench}. Inputs come from a fixed seed;
 * {@code LstmAgreementTest} checks that the gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LstmBench {
  /** Steps of the sequence. */
  @Param({"50"})
  public int steps;

  /** Inputs per step. */
  @Param({"8"})
  public int features;

  /** Hidden units (and cell-state entries). */
  @Param({"16", "32"})
  public int hidden;

  /** Outputs of the readout per step. */
  @Param({"8"})
  public int outputs;

  public double[][] w;
  public double[][] u;
  public double[] b;
  public double[][] readout;
  public double[] readoutBias;
  public double[][] inputs;
  public double[][] targets;
  public double[][] wBar;
  public double[][] uBar;
  public double[] bBar;
  public double[][] readoutBar;
  public double[] readoutBiasBar;

  @Setup
  public void setup() {
    var random = Inputs.random(5016);
    int gates = 4 * hidden;
    double inputScale = 1 / Math.sqrt(features);
    double hiddenScale = 1 / Math.sqrt(hidden);
    w = Inputs.uniform(random, gates, features, -inputScale, inputScale);
    u = Inputs.uniform(random, gates, hidden, -hiddenScale, hiddenScale);
    b = Inputs.uniform(random, gates, -0.1, 0.1);
    readout = Inputs.uniform(random, outputs, hidden, -hiddenScale, hiddenScale);
    readoutBias = Inputs.uniform(random, outputs, -0.1, 0.1);
    inputs = Inputs.uniform(random, steps, features, -1, 1);
    targets = Inputs.uniform(random, steps, outputs, -0.5, 0.5);
    wBar = new double[gates][features];
    uBar = new double[gates][hidden];
    bBar = new double[gates];
    readoutBar = new double[outputs][hidden];
    readoutBiasBar = new double[outputs];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Lstm.sequenceLoss(w, u, b, readout, readoutBias, inputs, targets));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(LstmDerivatives.sequenceLossGrad(w, u, b, readout, readoutBias, inputs, targets));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    for (double[] row : wBar) {
      Arrays.fill(row, 0.0);
    }
    for (double[] row : uBar) {
      Arrays.fill(row, 0.0);
    }
    Arrays.fill(bBar, 0.0);
    for (double[] row : readoutBar) {
      Arrays.fill(row, 0.0);
    }
    Arrays.fill(readoutBiasBar, 0.0);
    bh.consume(LstmDerivatives.sequenceLossVjp(w, u, b, readout, readoutBias, inputs, targets,
        1.0, wBar, uBar, bBar, readoutBar, readoutBiasBar));
    bh.consume(wBar);
    bh.consume(uBar);
    bh.consume(bBar);
    bh.consume(readoutBar);
    bh.consume(readoutBiasBar);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(LstmHandWritten.sequenceLoss(w, u, b, readout, readoutBias, inputs, targets));
  }
}
