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
 * The Rosenbrock function over n = 100 variables.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code rosenbrockGrad}),
 * {@code vjp} (generated {@code rosenbrockVjp} into reused, zeroed accumulators), {@code jvp} (generated
 * {@code rosenbrockJvp} along a fixed random direction), {@code handWritten}, {@code hipparchus} and
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
public class RosenbrockBench {
  public static final int N = 100;

  public double[] x;
  public double[] xDot;
  public double[] xBar;

  @Setup
  public void setup() {
    var random = Inputs.random(100);
    x = Inputs.uniform(random, N, -1.5, 1.5);
    xDot = Inputs.uniform(random, N, -1, 1);
    xBar = new double[N];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Functions.rosenbrock(x));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(FunctionsDerivatives.rosenbrockGrad(x));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    Arrays.fill(xBar, 0.0);
    bh.consume(FunctionsDerivatives.rosenbrockVjp(x, 1.0, xBar));
    bh.consume(xBar);
  }

  @Benchmark
  public void jvp(Blackhole bh) {
    bh.consume(FunctionsDerivatives.rosenbrockJvp(x, xDot));
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.rosenbrock(x));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(HipparchusGradients.rosenbrock(x));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(FiniteDifferences.rosenbrock(x));
  }
}
