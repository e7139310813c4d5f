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
 * The Lotka–Volterra RK4 final-state loss ({@link OdeIntegrator#finalStateLoss}) at
 * {@link #STEPS} = 1000 steps, gradient in {@code theta[4]} and {@code y0[2]}: the inputs of
 * {@link OdeIntegratorBench} at 1000 steps.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code finalStateLossGrad}),
 * {@code hipparchus} (forward mode over the 6 inputs) and {@code finiteDifferences} (12
 * integrations), see {@link OdeIntegratorBaselines}; every ratio comes from this one class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class OdeIntegratorBaselinesBench {
  public static final int STEPS = 1000;

  public double[] theta;
  public double[] y0;
  public double[] target;

  @Setup
  public void setup() {
    OdeIntegratorBench inputs = new OdeIntegratorBench();
    inputs.steps = STEPS;
    inputs.setup();
    theta = inputs.theta;
    y0 = inputs.y0;
    target = inputs.target;
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(OdeIntegrator.finalStateLoss(theta, y0, target, OdeIntegratorBench.T_END, STEPS));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(OdeIntegratorDerivatives.finalStateLossGrad(theta, y0, target,
        OdeIntegratorBench.T_END, STEPS));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(OdeIntegratorBaselines.hipparchus(theta, y0, target, OdeIntegratorBench.T_END,
        STEPS));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(OdeIntegratorBaselines.finiteDifferences(theta, y0, target,
        OdeIntegratorBench.T_END, STEPS));
  }
}
