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
 * The chained Rosenbrock function {@link Functions#rosenbrock} over {@code n} variables, from
 * n = 100 (fits in L1) to n = 10⁶ (8 MB per array, beyond the caches), differentiated in all of
 * {@code x[n]}: how the generated gradient's cost grows with the problem next to the primal and the
 * hand-written gradient ({@link HandWritten#rosenbrock}).
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code rosenbrockGrad}), {@code vjp}
 * (generated {@code rosenbrockVjp} into a reused, zeroed accumulator, seed 1) and
 * {@code handWritten}. Hipparchus and finite differences cost O(n²) and are left out here; at n =
 * 100 they are in {@link RosenbrockBench}. Inputs come from a fixed seed per n;
 * {@code RosenbrockScalingAgreementTest} checks that the gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class RosenbrockScalingBench {
  @Param({"100", "10000", "1000000"})
  public int n;

  public double[] x;
  public double[] xBar;

  @Setup
  public void setup() {
    var random = Inputs.random(200 + n);
    x = Inputs.uniform(random, n, -1.5, 1.5);
    xBar = new double[n];
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
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.rosenbrock(x));
  }
}
