package dev.adjoint.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The LSTM sequence loss of {@link Lstm} on a problem small enough for forward mode and finite
 * differences to finish in a few milliseconds: T = 20 steps of 4 inputs, 8 hidden units and 4
 * outputs, so 452 weights. The inputs are drawn as in {@link LstmBench}, at this size.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code sequenceLossGrad}),
 * {@code hipparchus} and {@code finiteDifferences} (see {@link LstmBaselines}), all in this class
 * so that their ratios come from one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LstmBaselinesBench {
  public static final int STEPS = 20;
  public static final int FEATURES = 4;
  public static final int HIDDEN = 8;
  public static final int OUTPUTS = 4;

  public LstmBench inputs;

  @Setup
  public void setup() {
    inputs = new LstmBench();
    inputs.steps = STEPS;
    inputs.features = FEATURES;
    inputs.hidden = HIDDEN;
    inputs.outputs = OUTPUTS;
    inputs.setup();
  }

  @Benchmark
  public void primal(Blackhole bh) {
    LstmBench s = inputs;
    bh.consume(Lstm.sequenceLoss(s.w, s.u, s.b, s.readout, s.readoutBias, s.inputs, s.targets));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    LstmBench s = inputs;
    bh.consume(LstmDerivatives.sequenceLossGrad(s.w, s.u, s.b, s.readout, s.readoutBias,
        s.inputs, s.targets));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    LstmBench s = inputs;
    bh.consume(LstmBaselines.hipparchus(s.w, s.u, s.b, s.readout, s.readoutBias, s.inputs,
        s.targets));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    LstmBench s = inputs;
    bh.consume(LstmBaselines.finiteDifferences(s.w, s.u, s.b, s.readout, s.readoutBias,
        s.inputs, s.targets));
  }
}
