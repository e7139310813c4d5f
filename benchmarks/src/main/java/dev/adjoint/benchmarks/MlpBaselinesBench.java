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
 * The perceptron loss of {@link Mlp} on a network small enough for forward mode and finite
 * differences to finish in a few milliseconds: a batch of 32 samples of 16 features, 16 hidden
 * units and 4 outputs, so 340 weights. The inputs are drawn as in {@link MlpBench}, at this size.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code lossGrad}), {@code hipparchus} and
 * {@code finiteDifferences} (see {@link MlpBaselines}), all in this class so that their ratios
 * come from one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class MlpBaselinesBench {
  public static final int BATCH = 32;
  public static final int FEATURES = 16;
  public static final int HIDDEN = 16;
  public static final int OUTPUTS = 4;

  public MlpBench inputs;

  @Setup
  public void setup() {
    inputs = new MlpBench();
    inputs.batch = BATCH;
    inputs.features = FEATURES;
    inputs.hidden = HIDDEN;
    inputs.outputs = OUTPUTS;
    inputs.setup();
  }

  @Benchmark
  public void primal(Blackhole bh) {
    MlpBench s = inputs;
    bh.consume(Mlp.loss(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    MlpBench s = inputs;
    bh.consume(MlpDerivatives.lossGrad(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    MlpBench s = inputs;
    bh.consume(MlpBaselines.hipparchus(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    MlpBench s = inputs;
    bh.consume(MlpBaselines.finiteDifferences(s.w1, s.b1, s.w2, s.b2, s.inputs, s.targets));
  }
}
