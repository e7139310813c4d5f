package dev.adjoint.benchmarks;

/**
 * The 2 × 12 Jacobian of {@link BundleAdjustment#residual} written by hand: one forward pass keeps
 * the intermediate values, then the chain rule runs backwards once per residual component, sharing
 * what both rows have in common. From the image point back to the camera-frame point {@code P}
 * everything is a 2 × 2 or 2 × 3 matrix product written out; the rotation is differentiated once
 * per row, back from {@code ∂r_i/∂P} through Rodrigues' formula to {@code ω} and {@code X} (for
 * {@code R X = X c + (k × X) s + k (k·X)(1 - c)}: {@code X̄ = c ḡ + s (ḡ × k) + (1 - c)(k·ḡ) k},
 * {@code k̄ = s (X × ḡ) + (1 - c)((k·X) ḡ + (k·ḡ) X)}, and {@code θ = |ω|}, {@code k = ω / θ} give
 * {@code ω̄ = (k̄ - (k̄·k) k) / θ + (-s c̄ + c s̄) k}).
 */
public final class BundleAdjustmentHandWritten {
  private BundleAdjustmentHandWritten() {}

  /**
   * The residual and its Jacobian, {@code camera[i][j] = ∂residual[i]/∂camera[j]} (2 × 9) and
   * {@code point[i][j] = ∂residual[i]/∂point[j]} (2 × 3).
   */
  public record ResidualJacobian(double[] residual, double[][] camera, double[][] point) {}

  private static final double SMALL_ANGLE_SQUARED = Math.ulp(1.0);

  public static ResidualJacobian residual(double[] camera, double[] point, double[] observed) {
    double wx = camera[0];
    double wy = camera[1];
    double wz = camera[2];
    double x = point[0];
    double y = point[1];
    double z = point[2];
    double theta2 = wx * wx + wy * wy + wz * wz;
    boolean small = !(theta2 > SMALL_ANGLE_SQUARED);
    double theta = 0;
    double cos = 1;
    double sin = 0;
    double kx = 0;
    double ky = 0;
    double kz = 0;
    double kDotX = 0;
    double px;
    double py;
    double pz;
    if (!small) {
      theta = Math.sqrt(theta2);
      cos = Math.cos(theta);
      sin = Math.sin(theta);
      kx = wx / theta;
      ky = wy / theta;
      kz = wz / theta;
      kDotX = kx * x + ky * y + kz * z;
      double along = (1 - cos) * kDotX;
      px = x * cos + (ky * z - kz * y) * sin + kx * along;
      py = y * cos + (kz * x - kx * z) * sin + ky * along;
      pz = z * cos + (kx * y - ky * x) * sin + kz * along;
    } else {
      px = x + wy * z - wz * y;
      py = y + wz * x - wx * z;
      pz = z + wx * y - wy * x;
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
    double[] residual = {
        focal * distortion * xp - observed[0],
        focal * distortion * yp - observed[1]};

    // r_i = f d(r2) u_i with u = (xp, yp): ∂r_i/∂u_j = f (d δ_ij + 2 d'(r2) u_i u_j)
    double fd = focal * distortion;
    double twoFdPrime = 2 * focal * (k1 + 2 * k2 * r2);
    double[][] jc = new double[2][9];
    double[][] jp = new double[2][3];
    double invPz = 1 / pz;
    for (int i = 0; i < 2; i++) {
      double ui = i == 0 ? xp : yp;
      double ax = twoFdPrime * ui * xp + (i == 0 ? fd : 0);
      double ay = twoFdPrime * ui * yp + (i == 1 ? fd : 0);
      // u = -(P_x, P_y) / P_z
      double gx = -ax * invPz;
      double gy = -ay * invPz;
      double gz = -(ax * xp + ay * yp) * invPz;
      double[] c = jc[i];
      double[] p = jp[i];
      c[3] = gx;
      c[4] = gy;
      c[5] = gz;
      c[6] = distortion * ui;
      c[7] = focal * r2 * ui;
      c[8] = focal * r2 * r2 * ui;
      if (!small) {
        double kDotG = kx * gx + ky * gy + kz * gz;
        double oneMinusCos = 1 - cos;
        // X̄ = c g + s (g × k) + (1 - c)(k·g) k
        p[0] = cos * gx + sin * (gy * kz - gz * ky) + oneMinusCos * kDotG * kx;
        p[1] = cos * gy + sin * (gz * kx - gx * kz) + oneMinusCos * kDotG * ky;
        p[2] = cos * gz + sin * (gx * ky - gy * kx) + oneMinusCos * kDotG * kz;
        // k̄ = s (X × g) + (1 - c)((k·X) g + (k·g) X)
        double kbx = sin * (y * gz - z * gy) + oneMinusCos * (kDotX * gx + kDotG * x);
        double kby = sin * (z * gx - x * gz) + oneMinusCos * (kDotX * gy + kDotG * y);
        double kbz = sin * (x * gy - y * gx) + oneMinusCos * (kDotX * gz + kDotG * z);
        double cosBar = gx * x + gy * y + gz * z - kDotG * kDotX;
        double sinBar = gx * (ky * z - kz * y) + gy * (kz * x - kx * z) + gz * (kx * y - ky * x);
        double thetaBar = cos * sinBar - sin * cosBar;
        double kbDotK = kbx * kx + kby * ky + kbz * kz;
        c[0] = (kbx - kbDotK * kx) / theta + thetaBar * kx;
        c[1] = (kby - kbDotK * ky) / theta + thetaBar * ky;
        c[2] = (kbz - kbDotK * kz) / theta + thetaBar * kz;
      } else {
        // P = X + ω × X: X̄ = g + g × ω, ω̄ = X × g
        p[0] = gx + gy * wz - gz * wy;
        p[1] = gy + gz * wx - gx * wz;
        p[2] = gz + gx * wy - gy * wx;
        c[0] = y * gz - z * gy;
        c[1] = z * gx - x * gz;
        c[2] = x * gy - y * gx;
      }
    }
    return new ResidualJacobian(residual, jc, jp);
  }
}
