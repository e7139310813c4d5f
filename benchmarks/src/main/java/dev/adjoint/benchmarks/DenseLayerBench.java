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
 * A dense layer loss {@code ½ |tanh(W x + b) - y|²} with n = 64 (W is 64 x 64), differentiated in
 * W and b (4160 inputs).
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code denseLayerLossGrad}),
 * {@code vjp} (generated {@code denseLayerLossVjp} into reused, zeroed accumulators), {@code jvp} (generated
 * {@code denseLayerLossJvp} along a fixed random direction), {@code handWritten}, {@code hipparchus} and
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
public class DenseLayerBench {
  public static final int N = 64;

  public double[][] w;
  public double[] b;
  public double[] x;
  public double[] y;
  public double[][] wDot;
  public double[] bDot;
  public double[][] wBar;
  public double[] bBar;

  @Setup
  public void setup() {
    var random = Inputs.random(64);
    double scale = 1 / Math.sqrt(N);
    w = Inputs.uniform(random, N, N, -scale, scale);
    b = Inputs.uniform(random, N, -0.1, 0.1);
    x = Inputs.uniform(random, N, -1, 1);
    y = Inputs.uniform(random, N, -0.5, 0.5);
    wDot = Inputs.uniform(random, N, N, -1, 1);
    bDot = Inputs.uniform(random, N, -1, 1);
    wBar = new double[N][N];
    bBar = new double[N];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(Functions.denseLayerLoss(w, b, x, y));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(FunctionsDerivatives.denseLayerLossGrad(w, b, x, y));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    for (double[] row : wBar) {
      Arrays.fill(row, 0.0);
    }
    Arrays.fill(bBar, 0.0);
    bh.consume(FunctionsDerivatives.denseLayerLossVjp(w, b, x, y, 1.0, wBar, bBar));
    bh.consume(wBar);
    bh.consume(bBar);
  }

  @Benchmark
  public void jvp(Blackhole bh) {
    bh.consume(FunctionsDerivatives.denseLayerLossJvp(w, wDot, b, bDot, x, y));
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(HandWritten.denseLayerLoss(w, b, x, y));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(HipparchusGradients.denseLayerLoss(w, b, x, y));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(FiniteDifferences.denseLayerLoss(w, b, x, y));
  }
}
