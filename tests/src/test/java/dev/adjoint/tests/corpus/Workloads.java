package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * Two real workloads written from their published formulas: the Gaussian mixture model objective of
 * ADBench (Srajer, Kukelova and Fitzgibbon, "A benchmark of selected algorithmic differentiation tools
 * on some problems in computer vision and machine learning", 2018) and the bundle-adjustment
 * reprojection residual of the Bundler camera model (Snavely, Seitz and Szeliski 2006, as in the BAL
 * data sets).
 */
public final class Workloads {
  private Workloads() {}

  /**
   * {@code log Γ_p(a) = p(p-1)/4 log π + Σ_(j=1..p) log Γ(a + (1-j)/2)}: a constant of the GMM's Wishart
   * prior, called with inactive arguments only.
   */
  static double logMultiGamma(double a, int p) {
    double s = 0.25 * p * (p - 1) * Math.log(Math.PI);
    for (int j = 1; j <= p; j++) {
      s += CustomDerivatives.logGamma(a + 0.5 * (1 - j));
    }
    return s;
  }

  /**
   * The negative log-likelihood-style GMM objective of ADBench, with a Wishart prior.
   *
   * <p>K components in D dimensions; {@code alphas[k]} the unnormalised log weights, {@code means[k]}
   * the means, {@code icf[k]} the inverse covariance factor: {@code Q_k = diag(exp(icf[k][0..D-1]))}
   * plus a strictly lower triangle filled column by column from {@code icf[k][D..]}. With
   * {@code s_k = Σ_j icf[k][j]} (j below D), the objective is
   *
   * <pre>
   *   -N D/2 log 2π + Σ_i logsumexp_k(alphas[k] + s_k - ½ |Q_k (x_i - means[k])|²) - N logsumexp(alphas)
   *   + Σ_k (½ γ² (|exp(diag)|² + |lower triangle|²) - m s_k) - K (n D (log γ - ½ log 2) - log Γ_D(n/2)),
   * </pre>
   *
   * with {@code n = D + m + 1}.
   */
  @Differentiable
  static double gmmObjective(double[] alphas, double[][] means, double[][] icf, @NoDerivative double[][] x,
      @NoDerivative double gamma, int m) {
    int k = alphas.length;
    int d = means[0].length;
    int n = x.length;
    double[] sumQs = new double[k];
    double[] mainTerm = new double[k];
    double[] centered = new double[d];
    double[] qx = new double[d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sumQs[c] += icf[c][j];
      }
    }
    double slse = 0.0;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++) {
          centered[j] = x[i][j] - means[c][j];
        }
        for (int j = 0; j < d; j++) {
          qx[j] = Math.exp(icf[c][j]) * centered[j];
        }
        int t = d;
        for (int col = 0; col < d; col++) {
          for (int row = col + 1; row < d; row++) {
            qx[row] += icf[c][t] * centered[col];
            t++;
          }
        }
        double sq = 0.0;
        for (int j = 0; j < d; j++) {
          sq += qx[j] * qx[j];
        }
        mainTerm[c] = alphas[c] + sumQs[c] - 0.5 * sq;
      }
      slse += AdjointMath.logSumExp(mainTerm);
    }
    double lseAlphas = AdjointMath.logSumExp(alphas);

    int dof = d + m + 1;
    double prior = 0.0;
    for (int c = 0; c < k; c++) {
      double frobenius = 0.0;
      for (int j = 0; j < d; j++) {
        double q = Math.exp(icf[c][j]);
        frobenius += q * q;
      }
      for (int j = d; j < icf[c].length; j++) {
        frobenius += icf[c][j] * icf[c][j];
      }
      prior += 0.5 * gamma * gamma * frobenius - m * sumQs[c];
    }
    double wishartConstant = dof * d * (Math.log(gamma) - 0.5 * Math.log(2.0)) - logMultiGamma(0.5 * dof, d);
    double constant = -0.5 * n * d * Math.log(2.0 * Math.PI);
    return constant + slse - n * lseAlphas + prior - k * wishartConstant;
  }

  /**
   * The reprojection residual of one observation in bundle adjustment, Bundler camera model.
   * {@code cameraAndPoint} holds the camera, an angle-axis rotation {@code w} (0..2), a translation
   * {@code t} (3..5), the focal length {@code f} (6) and radial distortion {@code k1, k2} (7, 8), then the
   * point {@code X} (9..11). With {@code P = R(w) X + t} (Rodrigues' formula,
   * {@code R X = X cos θ + (u × X) sin θ + u (u·X)(1 - cos θ)}, {@code u = w/θ}; to first order
   * {@code X + w × X} when θ is tiny), {@code p = -P_xy / P_z}, {@code r² = |p|²}: the residual is
   * {@code f (1 + k1 r² + k2 r⁴) p - observed}.
   */
  @Differentiable
  static double[] reprojectionResidual(double[] cameraAndPoint, @NoDerivative double[] observed) {
    double w0 = cameraAndPoint[0];
    double w1 = cameraAndPoint[1];
    double w2 = cameraAndPoint[2];
    double x0 = cameraAndPoint[9];
    double x1 = cameraAndPoint[10];
    double x2 = cameraAndPoint[11];
    double theta2 = w0 * w0 + w1 * w1 + w2 * w2;
    double p0;
    double p1;
    double p2;
    if (theta2 > 1e-12) {
      double theta = Math.sqrt(theta2);
      double cosTheta = Math.cos(theta);
      double sinTheta = Math.sin(theta);
      double u0 = w0 / theta;
      double u1 = w1 / theta;
      double u2 = w2 / theta;
      double cross0 = u1 * x2 - u2 * x1;
      double cross1 = u2 * x0 - u0 * x2;
      double cross2 = u0 * x1 - u1 * x0;
      double along = (u0 * x0 + u1 * x1 + u2 * x2) * (1.0 - cosTheta);
      p0 = x0 * cosTheta + cross0 * sinTheta + u0 * along;
      p1 = x1 * cosTheta + cross1 * sinTheta + u1 * along;
      p2 = x2 * cosTheta + cross2 * sinTheta + u2 * along;
    } else {
      p0 = x0 + w1 * x2 - w2 * x1;
      p1 = x1 + w2 * x0 - w0 * x2;
      p2 = x2 + w0 * x1 - w1 * x0;
    }
    p0 += cameraAndPoint[3];
    p1 += cameraAndPoint[4];
    p2 += cameraAndPoint[5];
    double xp = -p0 / p2;
    double yp = -p1 / p2;
    double r2 = xp * xp + yp * yp;
    double distortion = 1.0 + cameraAndPoint[7] * r2 + cameraAndPoint[8] * r2 * r2;
    double focal = cameraAndPoint[6];
    double[] residual = new double[2];
    residual[0] = focal * distortion * xp - observed[0];
    residual[1] = focal * distortion * yp - observed[1];
    return residual;
  }

  /** The squared reprojection error, ½|r|², through a call of {@link #reprojectionResidual}. */
  @Differentiable
  static double reprojectionError(double[] cameraAndPoint, @NoDerivative double[] observed) {
    double[] r = reprojectionResidual(cameraAndPoint, observed);
    return 0.5 * (r[0] * r[0] + r[1] * r[1]);
  }
}
