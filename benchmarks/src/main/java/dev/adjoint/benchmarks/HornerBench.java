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
 * A degree-50 polynomial by Horner's rule, differentiated in the point x and the 51 coefficients.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code hornerGrad}),
 * {@code vjp} (generated {@code hornerVjp} into reused, zeroed accumulators), {@code jvp} (generated
 * {@code hornerJvp} along a fixed random direction), {@code handWritten}, {@code hipparchus} and
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
public class HornerBench {
  public static final int DEGREE = 50;

  public double x;
  public double[] c;
  public double xDot;
  public double[] cDot;
  public double[] xBar;
  public double[] cBar;

  @Setup
  public void setup() {
    var random = Inputs.random(50);
    x = random.nextDouble(0.5, 1.0);
    c = Inputs.uniform(random, DEGREE + 1, -1, 1);
    xDot = random.nextDouble(-1, 1);
    cDot = Inputs.uniform(random, DEGREE + 1, -1, 1);
    xBar = new double[1];
    cBar = new double[DEGREE + 1];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Functions.horner(x, c));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(FunctionsDerivatives.hornerGrad(x, c));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    xBar[0] = 0.0;
    Arrays.fill(cBar, 0.0);
    bh.consume(FunctionsDerivatives.hornerVjp(x, c, 1.0, xBar, cBar));
    bh.consume(xBar);
    bh.consume(cBar);
  }

  @Benchmark
  public void jvp(Blackhole bh) {
    bh.consume(FunctionsDerivatives.hornerJvp(x, xDot, c, cDot));
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.horner(x, c));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(HipparchusGradients.horner(x, c));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(FiniteDifferences.horner(x, c));
  }
}
