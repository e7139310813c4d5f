package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.GaussianMixtureResults.MixtureGradient;

/**
 * The gradient of {@link GaussianMixture#negativeLogLikelihood} derived by hand, in the
 * log-weights {@code alphas}, the means and the precision factors {@code icf}. One pass over the
 * points: for each point the K main terms are computed (keeping {@code x_i − μ_k} and
 * {@code Q_k (x_i − μ_k)} of every component in scratch rows reused from point to point), then
 * the responsibilities {@code w_k = exp(main_k − lse)} are the adjoints of the main terms and
 * are pushed straight into the gradient. The derivative in the diagonal of {@code Q_k} is
 * collected as a derivative in {@code exp(q_k)} and turned into one in {@code q_k} once at the
 * end.
 */
public final class GaussianMixtureHandWritten {
  private GaussianMixtureHandWritten() {}

  public static MixtureGradient negativeLogLikelihood(double[] alphas, double[] means,
      double[][] icf, double[][] x, double wishartGamma, int wishartDof) {
    int n = x.length;
    int k = alphas.length;
    int d = x[0].length;

    double[][] diagonal = new double[k][d];
    double[] sumLogDiagonal = new double[k];
    double[][] gIcf = new double[k][];
    for (int c = 0; c < k; c++) {
      double s = 0;
      for (int r = 0; r < d; r++) {
        diagonal[c][r] = Math.exp(icf[c][r]);
        s += icf[c][r];
      }
      sumLogDiagonal[c] = s;
      gIcf[c] = new double[icf[c].length];
    }
    double[] gAlphas = new double[k];
    double[] gMeans = new double[k * d];
    double[][] gDiagonal = new double[k][d];
    double[] gSumLogDiagonal = new double[k];

    double[][] centered = new double[k][d];
    double[][] qdiff = new double[k][d];
    double[] term = new double[k];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double[] cc = centered[c];
        double[] qc = qdiff[c];
        double[] icfC = icf[c];
        double[] diagC = diagonal[c];
        int offset = c * d;
        for (int r = 0; r < d; r++) {
          cc[r] = xi[r] - means[offset + r];
        }
        int l = d;
        double squaredNorm = 0;
        for (int r = 0; r < d; r++) {
          double v = diagC[r] * cc[r];
          for (int j = 0; j < r; j++) {
            v += icfC[l++] * cc[j];
          }
          qc[r] = v;
          squaredNorm += v * v;
        }
        double t = alphas[c] + sumLogDiagonal[c] - 0.5 * squaredNorm;
        term[c] = t;
        max = Math.max(max, t);
      }
      double s = 0;
      for (int c = 0; c < k; c++) {
        double e = Math.exp(term[c] - max);
        term[c] = e;
        s += e;
      }
      total += max + Math.log(s);

      // ∂f/∂main_k = −w_k; ∂main_k/∂Qdiff = −Qdiff; Qdiff = Q_k (x_i − μ_k).
      double inv = 1 / s;
      for (int c = 0; c < k; c++) {
        double w = term[c] * inv;
        gAlphas[c] -= w;
        gSumLogDiagonal[c] -= w;
        double[] cc = centered[c];
        double[] qc = qdiff[c];
        double[] icfC = icf[c];
        double[] diagC = diagonal[c];
        double[] gIcfC = gIcf[c];
        double[] gDiagC = gDiagonal[c];
        int offset = c * d;
        int l = d;
        for (int r = 0; r < d; r++) {
          double qBar = w * qc[r];
          gDiagC[r] += qBar * cc[r];
          gMeans[offset + r] -= qBar * diagC[r];
          for (int j = 0; j < r; j++) {
            gIcfC[l] += qBar * cc[j];
            gMeans[offset + j] -= qBar * icfC[l];
            l++;
          }
        }
      }
    }

    double alphaMax = alphas[0];
    for (int c = 1; c < k; c++) {
      alphaMax = Math.max(alphaMax, alphas[c]);
    }
    double alphaSum = 0;
    for (int c = 0; c < k; c++) {
      alphaSum += Math.exp(alphas[c] - alphaMax);
    }
    double logSumAlphas = alphaMax + Math.log(alphaSum);
    for (int c = 0; c < k; c++) {
      gAlphas[c] += n * Math.exp(alphas[c] - logSumAlphas);
    }

    double gamma2 = wishartGamma * wishartGamma;
    double frobenius = 0;
    double sumLogDet = 0;
    for (int c = 0; c < k; c++) {
      double[] diagC = diagonal[c];
      double[] icfC = icf[c];
      double[] gIcfC = gIcf[c];
      for (int r = 0; r < d; r++) {
        double e = diagC[r];
        frobenius += e * e;
        gIcfC[r] += (gDiagonal[c][r] + gamma2 * e) * e + gSumLogDiagonal[c] - wishartDof;
      }
      for (int j = d; j < icfC.length; j++) {
        frobenius += icfC[j] * icfC[j];
        gIcfC[j] += gamma2 * icfC[j];
      }
      sumLogDet += sumLogDiagonal[c];
    }
    double prior = 0.5 * gamma2 * frobenius - wishartDof * sumLogDet;
    double value = 0.5 * n * d * Math.log(2 * Math.PI) - total + n * logSumAlphas + prior;
    return new MixtureGradient(value, gAlphas, gMeans, gIcf);
  }
}
