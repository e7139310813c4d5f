package dev.adjoint.benchmarks;

import java.util.Arrays;
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
 * Log-sum-exp with the max shift over n = 256 values.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code logSumExpGrad}),
 * {@code vjp} (generated {@code logSumExpVjp} into reused, zeroed accumulators), {@code jvp} (generated
 * {@code logSumExpJvp} along a fixed random direction), {@code handWritten}, {@code hipparchus} and
 * {@code finiteDifferences} (see {@link HandWritten}, {@link HipparchusGradients},
 * {@link FiniteDifferences}). Inputs come from a fixed seed; {@code GradientAgreementTest} checks
 * that all gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LogSumExpBench {
  public static final int N = 256;

  public double[] x;
  public double[] xDot;
  public double[] xBar;

  @Setup
  public void setup() {
    var random = Inputs.random(256);
    x = Inputs.uniform(random, N, -5, 5);
    xDot = Inputs.uniform(random, N, -1, 1);
    xBar = new double[N];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Functions.logSumExp(x));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(FunctionsDerivatives.logSumExpGrad(x));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    Arrays.fill(xBar, 0.0);
    bh.consume(FunctionsDerivatives.logSumExpVjp(x, 1.0, xBar));
    bh.consume(xBar);
  }

  @Benchmark
  public void jvp(Blackhole bh) {
    bh.consume(FunctionsDerivatives.logSumExpJvp(x, xDot));
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.logSumExp(x));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(HipparchusGradients.logSumExp(x));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(FiniteDifferences.logSumExp(x));
  }
}
