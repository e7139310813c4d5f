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
 * The mini-batch loss of the two-layer tanh perceptron {@link Mlp}: a batch of 64 samples of 32
 * features, 16 or 64 hidden units, 10 outputs, differentiated in {@code w1}, {@code b1},
 * {@code w2} and {@code b2} (698 and 2762 weights).
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code lossGrad}),
 * {@code vjp} (generated {@code lossVjp} with seed 1 into reused, zeroed accumulators) and
 * {@code handWritten} ({@link MlpHandWritten}). Hipparchus and finite differences are in
 * {@link MlpBaselinesBench}. Inputs come from a fixed seed; {@code MlpAgreementTest} checks that
 * the gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class MlpBench {
  /** Samples in the batch. */
  @Param({"64"})
  public int batch;

  /** Features per sample. */
  @Param({"32"})
  public int features;

  /** Hidden units. */
  @Param({"16", "64"})
  public int hidden;

  /** Outputs. */
  @Param({"10"})
  public int outputs;

  public double[][] w1;
  public double[] b1;
  public double[][] w2;
  public double[] b2;
  public double[][] inputs;
  public double[][] targets;
  public double[][] w1Bar;
  public double[] b1Bar;
  public double[][] w2Bar;
  public double[] b2Bar;

  @Setup
  public void setup() {
    var random = Inputs.random(6432);
    double scale1 = 1 / Math.sqrt(features);
    double scale2 = 1 / Math.sqrt(hidden);
    w1 = Inputs.uniform(random, hidden, features, -scale1, scale1);
    b1 = Inputs.uniform(random, hidden, -0.1, 0.1);
    w2 = Inputs.uniform(random, outputs, hidden, -scale2, scale2);
    b2 = Inputs.uniform(random, outputs, -0.1, 0.1);
    inputs = Inputs.uniform(random, batch, features, -1, 1);
    targets = Inputs.uniform(random, batch, outputs, -1, 1);
    w1Bar = new double[hidden][features];
    b1Bar = new double[hidden];
    w2Bar = new double[outputs][hidden];
    b2Bar = new double[outputs];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Mlp.loss(w1, b1, w2, b2, inputs, targets));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(MlpDerivatives.lossGrad(w1, b1, w2, b2, inputs, targets));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    for (double[] row : w1Bar) {
      Arrays.fill(row, 0.0);
    }
    Arrays.fill(b1Bar, 0.0);
    for (double[] row : w2Bar) {
      Arrays.fill(row, 0.0);
    }
    Arrays.fill(b2Bar, 0.0);
    bh.consume(MlpDerivatives.lossVjp(w1, b1, w2, b2, inputs, targets, 1.0, w1Bar, b1Bar, w2Bar,
        b2Bar));
    bh.consume(w1Bar);
    bh.consume(b1Bar);
    bh.consume(w2Bar);
    bh.consume(b2Bar);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(MlpHandWritten.loss(w1, b1, w2, b2, inputs, targets));
  }
}
