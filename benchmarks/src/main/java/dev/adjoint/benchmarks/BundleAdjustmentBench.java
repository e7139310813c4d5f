package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.BundleAdjustmentHandWritten.ResidualJacobian;
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
 * The residual Jacobians of a small bundle-adjustment problem: for each of {@code nObs}
 * observations, the reprojection residual {@link BundleAdjustment#residual} (2 components) and its
 * 2 × 12 Jacobian in the observing camera's 9 parameters and the observed point's 3 coordinates,
 * the blocks a Gauss–Newton or Levenberg–Marquardt step assembles. With {@code nObs} = 1 it is one
 * observation; with 1000, 20 cameras and 250 points, each point seen by four cameras.
 *
 * <p>The processor generates {@code fJacobian} only for a method with exactly one differentiable
 * {@code double[]} parameter, and the residual has two ({@code camera} and {@code point}), so the
 * generated Jacobian is assembled from the closest contract method, the VJP: one
 * {@code residualVjp} per residual component, seeded with a unit vector
 * ({@link #generatedJacobian}), which is what {@code fJacobian} does for more inputs than
 * outputs.
 *
 * <p>Benchmarks: {@code primal} (every residual), {@code grad} (every Jacobian by
 * {@link #generatedJacobian}, freshly allocated like a {@code fJacobian} result), {@code vjp} (the
 * same two {@code residualVjp} calls per observation into reused, zeroed Jacobian blocks) and
 * {@code handWritten} (every Jacobian by {@link BundleAdjustmentHandWritten}). Hipparchus and
 * finite differences are in {@link BundleAdjustmentBaselinesBench}, on one observation. Inputs
 * come from a fixed seed; {@code BundleAdjustmentAgreementTest} checks that the Jacobians agree on
 * exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BundleAdjustmentBench {
  /** The output seeds that pick residual component 0 and 1. */
  private static final double[] FIRST = {1.0, 0.0};
  private static final double[] SECOND = {0.0, 1.0};

  @Param({"1", "1000"})
  public int nObs;

  /** cameras[c] = (ω, t, f, k1, k2). */
  public double[][] cameras;
  /** points[p] = (x, y, z). */
  public double[][] points;
  /** Observation k: camera cameraIndex[k] sees point pointIndex[k] at observed[k]. */
  public int[] cameraIndex;
  public int[] pointIndex;
  public double[][] observed;
  /** Reused Jacobian blocks: cameraBlocks[k] is 2 × 9, pointBlocks[k] is 2 × 3. */
  public double[][][] cameraBlocks;
  public double[][][] pointBlocks;

  @Setup
  public void setup() {
    SplittableRandom random = Inputs.random(400 + nObs);
    int nCameras = Math.max(1, nObs / 50);
    int nPoints = Math.max(1, nObs / 4);
    cameras = new double[nCameras][];
    for (int c = 0; c < nCameras; c++) {
      double[] rotation = Inputs.uniform(random, 3, -0.3, 0.3);
      cameras[c] = new double[] {
          rotation[0], rotation[1], rotation[2],
          random.nextDouble(-0.5, 0.5), random.nextDouble(-0.5, 0.5), random.nextDouble(-12, -8),
          random.nextDouble(400, 600), random.nextDouble(-0.2, 0.2),
          random.nextDouble(-0.05, 0.05)};
    }
    points = Inputs.uniform(random, nPoints, 3, -1, 1);
    cameraIndex = new int[nObs];
    pointIndex = new int[nObs];
    observed = new double[nObs][];
    double[] zero = {0.0, 0.0};
    for (int k = 0; k < nObs; k++) {
      cameraIndex[k] = k % nCameras;
      pointIndex[k] = k / 4 % nPoints;
      double[] projected =
          BundleAdjustment.residual(cameras[cameraIndex[k]], points[pointIndex[k]], zero);
      observed[k] = new double[] {
          projected[0] + random.nextDouble(-2, 2), projected[1] + random.nextDouble(-2, 2)};
    }
    cameraBlocks = new double[nObs][2][9];
    pointBlocks = new double[nObs][2][3];
  }

  /**
   * The residual and its Jacobian from the generated reverse mode: {@code residualVjp} seeded
   * with (1, 0) gives row 0, seeded with (0, 1) row 1.
   */
  public static ResidualJacobian generatedJacobian(double[] camera, double[] point,
      double[] observed) {
    double[][] jc = new double[2][9];
    double[][] jp = new double[2][3];
    double[] residual =
        BundleAdjustmentDerivatives.residualVjp(camera, point, observed, FIRST, jc[0], jp[0]);
    BundleAdjustmentDerivatives.residualVjp(camera, point, observed, SECOND, jc[1], jp[1]);
    return new ResidualJacobian(residual, jc, jp);
  }

  @Benchmark
  public void primal(Blackhole bh) {
    for (int k = 0; k < nObs; k++) {
      bh.consume(BundleAdjustment.residual(cameras[cameraIndex[k]], points[pointIndex[k]],
          observed[k]));
    }
  }

  @Benchmark
  public void grad(Blackhole bh) {
    for (int k = 0; k < nObs; k++) {
      bh.consume(generatedJacobian(cameras[cameraIndex[k]], points[pointIndex[k]], observed[k]));
    }
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    for (int k = 0; k < nObs; k++) {
      double[][] jc = cameraBlocks[k];
      double[][] jp = pointBlocks[k];
      for (int i = 0; i < 2; i++) {
        Arrays.fill(jc[i], 0.0);
        Arrays.fill(jp[i], 0.0);
      }
      double[] camera = cameras[cameraIndex[k]];
      double[] point = points[pointIndex[k]];
      bh.consume(BundleAdjustmentDerivatives.residualVjp(camera, point, observed[k], FIRST, jc[0],
          jp[0]));
      bh.consume(BundleAdjustmentDerivatives.residualVjp(camera, point, observed[k], SECOND,
          jc[1], jp[1]));
    }
    bh.consume(cameraBlocks);
    bh.consume(pointBlocks);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    for (int k = 0; k < nObs; k++) {
      bh.consume(BundleAdjustmentHandWritten.residual(cameras[cameraIndex[k]],
          points[pointIndex[k]], observed[k]));
    }
  }
}
