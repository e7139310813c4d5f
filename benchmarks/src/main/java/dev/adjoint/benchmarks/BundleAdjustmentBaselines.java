package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.BundleAdjustmentHandWritten.ResidualJacobian;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The Jacobian of {@link BundleAdjustment#residual} by Hipparchus forward mode (the residual
 * evaluated on {@link Gradient} objects carrying the 12 partial derivatives in {@code camera} and
 * {@code point}: each residual component's gradient is one row) and by central finite differences
 * (24 evaluations of the residual, one pair per input, with the step of
 * {@link FiniteDifferences}). Both are cheap enough to run at every benchmarked size; the
 * baselines bench runs them on a single observation ({@link BundleAdjustmentBaselinesBench}).
 */
public final class BundleAdjustmentBaselines {
  private BundleAdjustmentBaselines() {}

  private static final double SMALL_ANGLE_SQUARED = Math.ulp(1.0);

  public static ResidualJacobian hipparchus(double[] camera, double[] point, double[] observed) {
    int count = 12;
    Gradient[] c = new Gradient[9];
    for (int j = 0; j < 9; j++) {
      c[j] = Gradient.variable(count, j, camera[j]);
    }
    Gradient x = Gradient.variable(count, 9, point[0]);
    Gradient y = Gradient.variable(count, 10, point[1]);
    Gradient z = Gradient.variable(count, 11, point[2]);
    Gradient wx = c[0];
    Gradient wy = c[1];
    Gradient wz = c[2];
    Gradient theta2 = wx.square().add(wy.square()).add(wz.square());
    Gradient px;
    Gradient py;
    Gradient pz;
    if (theta2.getValue() > SMALL_ANGLE_SQUARED) {
      Gradient theta = theta2.sqrt();
      Gradient cos = theta.cos();
      Gradient sin = theta.sin();
      Gradient kx = wx.divide(theta);
      Gradient ky = wy.divide(theta);
      Gradient kz = wz.divide(theta);
      Gradient kDotX = kx.multiply(x).add(ky.multiply(y)).add(kz.multiply(z));
      Gradient along = cos.negate().add(1).multiply(kDotX);
      px = x.multiply(cos).add(ky.multiply(z).subtract(kz.multiply(y)).multiply(sin))
          .add(kx.multiply(along));
      py = y.multiply(cos).add(kz.multiply(x).subtract(kx.multiply(z)).multiply(sin))
          .add(ky.multiply(along));
      pz = z.multiply(cos).add(kx.multiply(y).subtract(ky.multiply(x)).multiply(sin))
          .add(kz.multiply(along));
    } else {
      px = x.add(wy.multiply(z)).subtract(wz.multiply(y));
      py = y.add(wz.multiply(x)).subtract(wx.multiply(z));
      pz = z.add(wx.multiply(y)).subtract(wy.multiply(x));
    }
    px = px.add(c[3]);
    py = py.add(c[4]);
    pz = pz.add(c[5]);
    Gradient xp = px.negate().divide(pz);
    Gradient yp = py.negate().divide(pz);
    Gradient r2 = xp.square().add(yp.square());
    Gradient distortion = c[7].multiply(r2).add(1).add(c[8].multiply(r2).multiply(r2));
    Gradient scale = c[6].multiply(distortion);
    Gradient r0 = scale.multiply(xp).subtract(observed[0]);
    Gradient r1 = scale.multiply(yp).subtract(observed[1]);
    return new ResidualJacobian(new double[] {r0.getValue(), r1.getValue()},
        new double[][] {head(r0.getGradient()), head(r1.getGradient())},
        new double[][] {tail(r0.getGradient()), tail(r1.getGradient())});
  }

  public static ResidualJacobian finiteDifferences(double[] camera, double[] point,
      double[] observed) {
    double[] cameraWork = camera.clone();
    double[] pointWork = point.clone();
    double[][] jc = new double[2][9];
    double[][] jp = new double[2][3];
    for (int j = 0; j < 9; j++) {
      column(cameraWork, j, cameraWork, pointWork, observed, jc);
    }
    for (int j = 0; j < 3; j++) {
      column(pointWork, j, cameraWork, pointWork, observed, jp);
    }
    return new ResidualJacobian(BundleAdjustment.residual(camera, point, observed), jc, jp);
  }

  /** Column j of the Jacobian block of {@code work} (camera or point), perturbing work[j]. */
  private static void column(double[] work, int j, double[] camera, double[] point,
      double[] observed, double[][] block) {
    double v = work[j];
    double h = FiniteDifferences.step(v);
    double plus = v + h;
    double minus = v - h;
    work[j] = plus;
    double[] rPlus = BundleAdjustment.residual(camera, point, observed);
    work[j] = minus;
    double[] rMinus = BundleAdjustment.residual(camera, point, observed);
    work[j] = v;
    for (int i = 0; i < 2; i++) {
      block[i][j] = (rPlus[i] - rMinus[i]) / (plus - minus);
    }
  }

  private static double[] head(double[] all) {
    double[] camera = new double[9];
    System.arraycopy(all, 0, camera, 0, 9);
    return camera;
  }

  private static double[] tail(double[] all) {
    double[] point = new double[3];
    System.arraycopy(all, 9, point, 0, 3);
    return point;
  }
}
