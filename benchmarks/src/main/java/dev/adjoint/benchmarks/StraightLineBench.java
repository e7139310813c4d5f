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
 * A loop-free scalar function of two variables (sin, exp, sqrt, log1p, atan2).
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code straightLineGrad}),
 * {@code vjp} (generated {@code straightLineVjp} into reused, zeroed accumulators), {@code jvp} (generated
 * {@code straightLineJvp} along a fixed random direction), {@code handWritten}, {@code hipparchus} and
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
public class StraightLineBench {
  public double x;
  public double y;
  public double xDot;
  public double yDot;
  public double[] xBar;
  public double[] yBar;

  @Setup
  public void setup() {
    var random = Inputs.random(2);
    x = random.nextDouble(0.5, 1.5);
    y = random.nextDouble(-1.5, -0.5);
    xDot = random.nextDouble(-1, 1);
    yDot = random.nextDouble(-1, 1);
    xBar = new double[1];
    yBar = new double[1];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Functions.straightLine(x, y));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(FunctionsDerivatives.straightLineGrad(x, y));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    xBar[0] = 0.0;
    yBar[0] = 0.0;
    bh.consume(FunctionsDerivatives.straightLineVjp(x, y, 1.0, xBar, yBar));
    bh.consume(xBar);
    bh.consume(yBar);
  }

  @Benchmark
  public void jvp(Blackhole bh) {
    bh.consume(FunctionsDerivatives.straightLineJvp(x, xDot, y, yDot));
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.straightLine(x, y));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(HipparchusGradients.straightLine(x, y));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(FiniteDifferences.straightLine(x, y));
  }
}
