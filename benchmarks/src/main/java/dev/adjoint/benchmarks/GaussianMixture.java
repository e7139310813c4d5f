package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * The negative log-likelihood of a Gaussian mixture model with a Wishart prior on its precision
 * matrices, the GMM objective of Srajer, Schuldt and Fitzgibbon, "A benchmark of selected
 * algorithmic differentiation tools on some problems in computer vision and machine learning"
 * (2018), written from its formula.
 *
 * <p>K components in d dimensions. Component k has the log-weight {@code alphas[k]}
 * (normalised by log-softmax), the mean {@code means[k*d .. k*d+d)} and the inverse Cholesky
 * factor {@code Q_k = diag(exp(q_k)) + L_k} of its precision matrix, stored in {@code icf[k]}:
 * the log-diagonal {@code q_k} in {@code icf[k][0 .. d)}, then the strictly lower entries of
 * {@code L_k} row by row ({@code L[1][0], L[2][0], L[2][1], ...}), d(d+1)/2 entries in all. For
 * the points {@code x_i}:
 *
 * <pre>
 * f = N d/2 log 2π − Σ_i logsumexp_k(alpha_k + Σ q_k − ½ |Q_k (x_i − μ_k)|²) + N logsumexp(alphas)
 *     + ½ γ² Σ_k (|exp(q_k)|² + |L_k|²) − m Σ_k Σ q_k
 * </pre>
 *
 * <p>the last line being the negative log of the Wishart prior with scale γ and m extra degrees of
 * freedom, up to a constant. Differentiable in {@code alphas}, {@code means} and {@code icf}; the
 * points and the prior's parameters are data.
 */
public final class GaussianMixture {
  private GaussianMixture() {}

  /**
   * The objective above for the points {@code x[N][d]}.
   *
   * @param alphas the K log-weights
   * @param means the K means, flat, d entries each
   * @param icf per component, the log-diagonal and the strictly lower part of Q_k
   * @param x the N points (data)
   * @param wishartGamma γ, the scale of the prior (data)
   * @param wishartDof m, the prior's degrees of freedom beyond d + 1 (data)
   */
  @Differentiable(wrt = {"alphas", "means", "icf"})
  public static double negativeLogLikelihood(double[] alphas, double[] means, double[][] icf,
      double[][] x, double wishartGamma, int wishartDof) {
    int n = x.length;
    int k = alphas.length;
    int d = x[0].length;

    double[][] diagonal = new double[k][d];
    double[] sumLogDiagonal = new double[k];
    for (int c = 0; c < k; c++) {
      double s = 0;
      for (int r = 0; r < d; r++) {
        diagonal[c][r] = Math.exp(icf[c][r]);
        s += icf[c][r];
      }
      sumLogDiagonal[c] = s;
    }

    double[] centered = new double[d];
    double[] qdiff = new double[d];
    double[] mainTerm = new double[k];
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        for (int r = 0; r < d; r++) {
          centered[r] = x[i][r] - means[c * d + r];
        }
        int l = d;
        for (int r = 0; r < d; r++) {
          double v = diagonal[c][r] * centered[r];
          for (int j = 0; j < r; j++) {
            v += icf[c][l] * centered[j];
            l++;
          }
          qdiff[r] = v;
        }
        double squaredNorm = 0;
        for (int r = 0; r < d; r++) {
          squaredNorm += qdiff[r] * qdiff[r];
        }
        mainTerm[c] = alphas[c] + sumLogDiagonal[c] - 0.5 * squaredNorm;
      }
      double max = mainTerm[0];
      for (int c = 1; c < k; c++) {
        max = Math.max(max, mainTerm[c]);
      }
      double s = 0;
      for (int c = 0; c < k; c++) {
        s += Math.exp(mainTerm[c] - max);
      }
      total += max + Math.log(s);
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

    double frobenius = 0;
    double sumLogDet = 0;
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < d; r++) {
        frobenius += diagonal[c][r] * diagonal[c][r];
      }
      for (int j = d; j < icf[c].length; j++) {
        frobenius += icf[c][j] * icf[c][j];
      }
      sumLogDet += sumLogDiagonal[c];
    }
    double prior = 0.5 * wishartGamma * wishartGamma * frobenius - wishartDof * sumLogDet;

    return 0.5 * n * d * Math.log(2 * Math.PI) - total + n * logSumAlphas + prior;
  }
}
