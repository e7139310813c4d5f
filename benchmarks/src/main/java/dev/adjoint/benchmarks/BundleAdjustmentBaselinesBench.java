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
 * One bundle-adjustment observation: the reprojection residual {@link BundleAdjustment#residual}
 * and its 2 × 12 Jacobian in {@code camera[9]} and {@code point[3]}, the input of
 * {@link BundleAdjustmentBench} at nObs = 1.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (the Jacobian from two generated
 * {@code residualVjp} calls, {@link BundleAdjustmentBench#generatedJacobian}), {@code hipparchus}
 * (forward mode over the 12 inputs) and {@code finiteDifferences} (24 residual evaluations), see
 * {@link BundleAdjustmentBaselines}; every ratio comes from this one class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BundleAdjustmentBaselinesBench {
  public double[] camera;
  public double[] point;
  public double[] observed;

  @Setup
  public void setup() {
    BundleAdjustmentBench problem = new BundleAdjustmentBench();
    problem.nObs = 1;
    problem.setup();
    camera = problem.cameras[problem.cameraIndex[0]];
    point = problem.points[problem.pointIndex[0]];
    observed = problem.observed[0];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(BundleAdjustment.residual(camera, point, observed));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(BundleAdjustmentBench.generatedJacobian(camera, point, observed));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(BundleAdjustmentBaselines.hipparchus(camera, point, observed));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(BundleAdjustmentBaselines.finiteDifferences(camera, point, observed));
  }
}
