package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.scale;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.BundleAdjustmentHandWritten.ResidualJacobian;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Not a benchmark: checks, for every observation of {@link BundleAdjustmentBench} at every
 * benchmarked {@code nObs} (that of {@link BundleAdjustmentBaselinesBench} is the one at nObs =
 * 1), that the 2 × 12 Jacobian from the generated VJP, the hand-written one and Hipparchus agree to
 * {@value #EXACT} relative to the largest entry of that observation's Jacobian, central differences
 * to {@value #FINITE_DIFFERENCES}; that the generated JVP along a random direction is the
 * Jacobian times that direction, the VJP adds {@code seedᵀ J} for any seed, every generated
 * residual is the primal's bit for bit, and no input is written. The rotation's small-angle branch,
 * which the benchmark's cameras never take, is checked on its own.
 */
class BundleAdjustmentAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  /** The {@code @Param} values of {@link BundleAdjustmentBench#nObs}. */
  static IntStream sizes() throws NoSuchFieldException {
    String[] values =
        BundleAdjustmentBench.class.getField("nObs").getAnnotation(Param.class).value();
    assertTrue(values.length > 0);
    return Arrays.stream(values).mapToInt(Integer::parseInt);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void jacobiansAgree(int nObs) {
    BundleAdjustmentBench s = new BundleAdjustmentBench();
    s.nObs = nObs;
    s.setup();
    assertEquals(nObs, s.observed.length);
    double[][] cameras = deepClone(s.cameras);
    double[][] points = deepClone(s.points);
    double[][] observed = deepClone(s.observed);
    SplittableRandom random = new SplittableRandom(nObs);
    for (int k = 0; k < nObs; k++) {
      String where = "observation " + k + ": ";
      double[] camera = s.cameras[s.cameraIndex[k]];
      double[] point = s.points[s.pointIndex[k]];
      double[] obs = s.observed[k];
      assertTrue(squaredAngle(camera) > Math.ulp(1.0),
          "the bench cameras take the rotation's general branch");
      checkAll(where, camera, point, obs, true, random);
    }
    for (int c = 0; c < cameras.length; c++) {
      assertArrayEquals(cameras[c], s.cameras[c], "camera untouched");
    }
    for (int p = 0; p < points.length; p++) {
      assertArrayEquals(points[p], s.points[p], "point untouched");
    }
    for (int k = 0; k < nObs; k++) {
      assertArrayEquals(observed[k], s.observed[k], "observation untouched");
    }
  }

  @Test
  void smallAngleBranch() {
    BundleAdjustmentBench s = new BundleAdjustmentBench();
    s.nObs = 1;
    s.setup();
    double[] camera = s.cameras[0].clone();
    camera[0] = 3e-9;
    camera[1] = -2e-9;
    camera[2] = 1e-9;
    assertTrue(squaredAngle(camera) < Math.ulp(1.0));
    // differences step across the branch, where the two forms agree to first order only
    checkAll("small angle: ", camera, s.points[0], s.observed[0], false, new SplittableRandom(7));
  }

  @Test
  void baselinesBenchUsesTheSingleObservation() {
    BundleAdjustmentBaselinesBench b = new BundleAdjustmentBaselinesBench();
    b.setup();
    BundleAdjustmentBench s = new BundleAdjustmentBench();
    s.nObs = 1;
    s.setup();
    assertArrayEquals(s.cameras[0], b.camera);
    assertArrayEquals(s.points[0], b.point);
    assertArrayEquals(s.observed[0], b.observed);
  }

  private static void checkAll(String where, double[] camera, double[] point, double[] obs,
      boolean withDifferences, SplittableRandom random) {
    double[] primal = BundleAdjustment.residual(camera, point, obs);
    ResidualJacobian generated = BundleAdjustmentBench.generatedJacobian(camera, point, obs);
    assertArrayEquals(primal, generated.residual(), where + "generated residual, bit for bit");
    double[] g = flatten(generated);
    double scale = scale(g);
    assertTrue(scale > 1, where + "Jacobian not negligible: " + scale);

    check(where + "hand-written", g, primal,
        BundleAdjustmentHandWritten.residual(camera, point, obs), EXACT);
    check(where + "Hipparchus", g, primal, BundleAdjustmentBaselines.hipparchus(camera, point, obs),
        EXACT);
    if (withDifferences) {
      check(where + "finite differences", g, primal,
          BundleAdjustmentBaselines.finiteDifferences(camera, point, obs), FINITE_DIFFERENCES);
    }

    // J v by forward mode
    double[] cameraDot = new double[9];
    double[] pointDot = new double[3];
    for (int j = 0; j < 9; j++) {
      cameraDot[j] = random.nextDouble(-1, 1);
    }
    for (int j = 0; j < 3; j++) {
      pointDot[j] = random.nextDouble(-1, 1);
    }
    double[] jv = BundleAdjustmentDerivatives.residualJvp(camera, cameraDot, point, pointDot, obs);
    double[] v = new double[12];
    System.arraycopy(cameraDot, 0, v, 0, 9);
    System.arraycopy(pointDot, 0, v, 9, 3);
    for (int i = 0; i < 2; i++) {
      double expected = 0;
      for (int j = 0; j < 12; j++) {
        expected += g[12 * i + j] * v[j];
      }
      double e = expected;
      double a = jv[i];
      assertTrue(Math.abs(e - a) <= EXACT * scale * 12,
          () -> where + "jvp component: expected " + e + " but got " + a);
    }

    // seedᵀ J by reverse mode, added to what the accumulators hold
    double[] seed = {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
    double[] cameraBar = new double[9];
    double[] pointBar = new double[3];
    cameraBar[6] = 1.0;
    pointBar[2] = -1.0;
    double[] value =
        BundleAdjustmentDerivatives.residualVjp(camera, point, obs, seed, cameraBar, pointBar);
    assertArrayEquals(primal, value, where + "vjp value, bit for bit");
    double[] expected = new double[12];
    expected[6] = 1.0;
    expected[11] = -1.0;
    for (int j = 0; j < 12; j++) {
      expected[j] += seed[0] * g[j] + seed[1] * g[12 + j];
    }
    double[] actual = new double[12];
    System.arraycopy(cameraBar, 0, actual, 0, 9);
    System.arraycopy(pointBar, 0, actual, 9, 3);
    close(where + "vjp adds seedᵀ J", expected, actual, EXACT, scale);
  }

  private static void check(String who, double[] g, double[] primal, ResidualJacobian r,
      double tolerance) {
    assertEquals(2, r.residual().length, who + " residual length");
    for (int i = 0; i < 2; i++) {
      double e = primal[i];
      double a = r.residual()[i];
      assertTrue(Math.abs(e - a) <= EXACT * Math.max(1, Math.abs(e)),
          () -> who + " residual: " + a + " against the primal " + e);
    }
    close(who, g, flatten(r), tolerance, scale(g));
  }

  /** Every entry within tolerance times {@code scale}. */
  private static void close(String who, double[] expected, double[] actual, double tolerance,
      double scale) {
    assertEquals(expected.length, actual.length, who + ": Jacobian size");
    double bound = tolerance * scale;
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      int k = i;
      assertTrue(Math.abs(e - a) <= bound, () -> who + " entry (" + k / 12 + ", " + k % 12
          + "): expected " + e + " (generated) but got " + a + ", difference " + Math.abs(e - a)
          + " > " + bound);
    }
  }

  /** Row-major 2 × 12: camera columns 0–8, point columns 9–11. */
  private static double[] flatten(ResidualJacobian r) {
    assertEquals(2, r.camera().length);
    assertEquals(2, r.point().length);
    double[] all = new double[24];
    for (int i = 0; i < 2; i++) {
      assertEquals(9, r.camera()[i].length);
      assertEquals(3, r.point()[i].length);
      System.arraycopy(r.camera()[i], 0, all, 12 * i, 9);
      System.arraycopy(r.point()[i], 0, all, 12 * i + 9, 3);
    }
    return all;
  }

  private static double squaredAngle(double[] camera) {
    return camera[0] * camera[0] + camera[1] * camera[1] + camera[2] * camera[2];
  }
}
