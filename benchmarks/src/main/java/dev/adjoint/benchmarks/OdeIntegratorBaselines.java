package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.OdeIntegratorHandWritten.FinalStateLossGradient;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The gradient of {@link OdeIntegrator#finalStateLoss} by Hipparchus forward mode (the RK4
 * integration re-run on {@link Gradient} objects carrying the 6 partial derivatives in
 * {@code theta} and {@code y0}: forward sensitivities, one object allocated per operation) and by
 * central finite differences (12 integrations, with the step of {@link FiniteDifferences}). Both
 * run at 1000 steps in {@link OdeIntegratorBaselinesBench}, where a call takes well under a
 * millisecond to a few milliseconds.
 */
public final class OdeIntegratorBaselines {
  private OdeIntegratorBaselines() {}

  private static final double[] C = {0.0, 0.5, 0.5, 1.0};
  private static final double[] B = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  public static FinalStateLossGradient hipparchus(double[] theta, double[] y0, double[] target,
      double tEnd, int steps) {
    int count = 6;
    Gradient alpha = Gradient.variable(count, 0, theta[0]);
    Gradient beta = Gradient.variable(count, 1, theta[1]);
    Gradient delta = Gradient.variable(count, 2, theta[2]);
    Gradient gamma = Gradient.variable(count, 3, theta[3]);
    Gradient x = Gradient.variable(count, 4, y0[0]);
    Gradient y = Gradient.variable(count, 5, y0[1]);
    Gradient zero = Gradient.constant(count, 0);
    double h = tEnd / steps;
    for (int s = 0; s < steps; s++) {
      Gradient kx = zero;
      Gradient ky = zero;
      Gradient ix = zero;
      Gradient iy = zero;
      for (int r = 0; r < 4; r++) {
        Gradient px = x.add(kx.multiply(C[r] * h));
        Gradient py = y.add(ky.multiply(C[r] * h));
        Gradient pxy = px.multiply(py);
        kx = alpha.multiply(px).subtract(beta.multiply(pxy));
        ky = delta.multiply(pxy).subtract(gamma.multiply(py));
        ix = ix.add(kx.multiply(B[r]));
        iy = iy.add(ky.multiply(B[r]));
      }
      x = x.add(ix.multiply(h));
      y = y.add(iy.multiply(h));
    }
    Gradient dx = x.subtract(target[0]);
    Gradient dy = y.subtract(target[1]);
    Gradient loss = dx.multiply(dx).add(dy.multiply(dy));
    double[] all = loss.getGradient();
    return new FinalStateLossGradient(loss.getValue(),
        new double[] {all[0], all[1], all[2], all[3]}, new double[] {all[4], all[5]});
  }

  public static FinalStateLossGradient finiteDifferences(double[] theta, double[] y0,
      double[] target, double tEnd, int steps) {
    double[] thetaWork = theta.clone();
    double[] y0Work = y0.clone();
    double[] gTheta = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      gTheta[i] = centralDifference(thetaWork, i, y0Work, thetaWork, target, tEnd, steps);
    }
    double[] gY0 = new double[y0.length];
    for (int i = 0; i < y0.length; i++) {
      gY0[i] = centralDifference(y0Work, i, y0Work, thetaWork, target, tEnd, steps);
    }
    return new FinalStateLossGradient(
        OdeIntegrator.finalStateLoss(theta, y0, target, tEnd, steps), gTheta, gY0);
  }

  /** Perturbs {@code work[i]} (which is {@code theta} or {@code y0}) both ways and puts it back. */
  private static double centralDifference(double[] work, int i, double[] y0, double[] theta,
      double[] target, double tEnd, int steps) {
    double v = work[i];
    double h = FiniteDifferences.REL_STEP * Math.max(1.0, Math.abs(v));
    double plus = v + h;
    double minus = v - h;
    work[i] = plus;
    double fPlus = OdeIntegrator.finalStateLoss(theta, y0, target, tEnd, steps);
    work[i] = minus;
    double fMinus = OdeIntegrator.finalStateLoss(theta, y0, target, tEnd, steps);
    work[i] = v;
    return (fPlus - fMinus) / (plus - minus);
  }
}
