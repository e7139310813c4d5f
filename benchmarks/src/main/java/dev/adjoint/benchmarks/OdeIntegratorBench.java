package dev.adjoint.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
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
 * The loss of a Lotka–Volterra model's final state after RK4 integration over [0, 10] in
 * {@code steps} steps ({@link OdeIntegrator#finalStateLoss}), differentiated in the four rate
 * parameters {@code theta} and the initial state {@code y0} (6 inputs): a long chain of dependent
 * steps whose reverse sweep needs the whole trajectory.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code finalStateLossGrad}), {@code vjp}
 * (generated {@code finalStateLossVjp} into reused, zeroed accumulators, seed 1) and
 * {@code handWritten} (the stored-trajectory discrete adjoint of {@link OdeIntegratorHandWritten}).
 * Hipparchus and finite differences are in {@link OdeIntegratorBaselinesBench}, at 1000 steps.
 * Inputs come from a fixed seed; {@code OdeIntegratorAgreementTest} checks that the gradients agree
 * on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class OdeIntegratorBench {
  /** The end of the integration interval. */
  public static final double T_END = 10.0;

  @Param({"1000", "100000"})
  public int steps;

  public double[] theta;
  public double[] y0;
  public double[] target;
  public double[] thetaBar;
  public double[] y0Bar;

  @Setup
  public void setup() {
    SplittableRandom random = Inputs.random(300);
    double[] nominal = {1.5, 1.0, 3.0, 1.0};
    theta = new double[4];
    for (int i = 0; i < 4; i++) {
      theta[i] = nominal[i] * random.nextDouble(0.9, 1.1);
    }
    y0 = Inputs.uniform(random, 2, 0.9, 1.1);
    target = Inputs.uniform(random, 2, 0.5, 2.0);
    thetaBar = new double[4];
    y0Bar = new double[2];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(OdeIntegrator.finalStateLoss(theta, y0, target, T_END, steps));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(OdeIntegratorDerivatives.finalStateLossGrad(theta, y0, target, T_END, steps));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    Arrays.fill(thetaBar, 0.0);
    Arrays.fill(y0Bar, 0.0);
    bh.consume(OdeIntegratorDerivatives.finalStateLossVjp(theta, y0, target, T_END, steps, 1.0,
        thetaBar, y0Bar));
    bh.consume(thetaBar);
    bh.consume(y0Bar);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(OdeIntegratorHandWritten.finalStateLoss(theta, y0, target, T_END, steps));
  }
}
