package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * The reprojection residual of one observation in bundle adjustment, in the camera model of the
 * "Bundle Adjustment in the Large" data sets: a camera is nine numbers, an angle-axis rotation
 * {@code ω = camera[0..2]}, a translation {@code t = camera[3..5]}, a focal length {@code f =
 * camera[6]} and two radial distortion coefficients {@code k1, k2 = camera[7..8]}. A world point
 * {@code X = point[0..2]} is seen at
 *
 * <pre>
 *   P = R(ω) X + t,   p = -(P_x, P_y) / P_z,   r(p) = 1 + k1 |p|² + k2 |p|⁴,   x = f r(p) p
 * </pre>
 *
 * <p>and the residual is {@code x - observed}. {@code R(ω) X} is Rodrigues' formula
 * {@code X cos θ + (k × X) sin θ + k (k · X)(1 - cos θ)} with {@code θ = |ω|}, {@code k = ω / θ};
 * for angles so small that {@code ω / θ} loses its digits it is replaced by its first-order form
 * {@code X + ω × X}.
 *
 * <p>Differentiable inputs: {@code camera[9]} and {@code point[3]}; the observed image point
 * {@code observed[2]} is data. The result has two components, so its derivative is a 2 × 12
 * Jacobian. The processor generates {@code BundleAdjustmentDerivatives}.
 */
public final class BundleAdjustment {
  private BundleAdjustment() {}

  /** Below this squared angle, the rotation takes its first-order form. */
  private static final double SMALL_ANGLE_SQUARED = Math.ulp(1.0);

  @Differentiable(wrt = {"camera", "point"})
  public static double[] residual(double[] camera, double[] point, double[] observed) {
    double wx = camera[0];
    double wy = camera[1];
    double wz = camera[2];
    double theta2 = wx * wx + wy * wy + wz * wz;
    double px;
    double py;
    double pz;
    if (theta2 > SMALL_ANGLE_SQUARED) {
      double theta = Math.sqrt(theta2);
      double cos = Math.cos(theta);
      double sin = Math.sin(theta);
      double kx = wx / theta;
      double ky = wy / theta;
      double kz = wz / theta;
      double kDotX = kx * point[0] + ky * point[1] + kz * point[2];
      double along = (1 - cos) * kDotX;
      px = point[0] * cos + (ky * point[2] - kz * point[1]) * sin + kx * along;
      py = point[1] * cos + (kz * point[0] - kx * point[2]) * sin + ky * along;
      pz = point[2] * cos + (kx * point[1] - ky * point[0]) * sin + kz * along;
    } else {
      px = point[0] + wy * point[2] - wz * point[1];
      py = point[1] + wz * point[0] - wx * point[2];
      pz = point[2] + wx * point[1] - wy * point[0];
    }
    px += camera[3];
    py += camera[4];
    pz += camera[5];

    double xp = -px / pz;
    double yp = -py / pz;
    double focal = camera[6];
    double k1 = camera[7];
    double k2 = camera[8];
    double r2 = xp * xp + yp * yp;
    double distortion = 1 + k1 * r2 + k2 * r2 * r2;
    return new double[] {
        focal * distortion * xp - observed[0],
        focal * distortion * yp - observed[1]};
  }
}
