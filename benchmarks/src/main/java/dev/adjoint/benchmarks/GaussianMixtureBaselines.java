package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.GaussianMixtureResults.MixtureGradient;
import java.util.function.DoubleSupplier;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The gradient of {@link GaussianMixture#negativeLogLikelihood} in {@code alphas}, {@code means}
 * and {@code icf} by Hipparchus forward mode and by central finite differences. Both cost a
 * multiple of the number of inputs K + K d + K d(d+1)/2 times the primal, so
 * {@link GaussianMixtureBaselinesBench} runs them at d = 2, K = 5 (30 inputs, N = 1000) only.
 */
public final class GaussianMixtureBaselines {
  private GaussianMixtureBaselines() {}

  /**
   * Forward mode with {@link Gradient}: every entry of {@code alphas}, {@code means} and
   * {@code icf}, in that order, is one free parameter, and the objective is evaluated on those
   * objects the way {@link GaussianMixture} evaluates it on doubles.
   */
  public static MixtureGradient hipparchus(double[] alphas, double[] means, double[][] icf,
      double[][] x, double wishartGamma, int wishartDof) {
    int n = x.length;
    int k = alphas.length;
    int d = x[0].length;
    int count = k + means.length;
    for (double[] row : icf) {
      count += row.length;
    }
    int next = 0;
    Gradient[] a = new Gradient[k];
    for (int c = 0; c < k; c++) {
      a[c] = Gradient.variable(count, next++, alphas[c]);
    }
    Gradient[] mu = new Gradient[means.length];
    for (int j = 0; j < means.length; j++) {
      mu[j] = Gradient.variable(count, next++, means[j]);
    }
    Gradient[][] q = new Gradient[k][];
    for (int c = 0; c < k; c++) {
      q[c] = new Gradient[icf[c].length];
      for (int j = 0; j < icf[c].length; j++) {
        q[c][j] = Gradient.variable(count, next++, icf[c][j]);
      }
    }

    Gradient[][] diagonal = new Gradient[k][d];
    Gradient[] sumLogDiagonal = new Gradient[k];
    for (int c = 0; c < k; c++) {
      Gradient s = Gradient.constant(count, 0);
      for (int r = 0; r < d; r++) {
        diagonal[c][r] = q[c][r].exp();
        s = s.add(q[c][r]);
      }
      sumLogDiagonal[c] = s;
    }

    Gradient[] centered = new Gradient[d];
    Gradient[] mainTerm = new Gradient[k];
    Gradient total = Gradient.constant(count, 0);
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        for (int r = 0; r < d; r++) {
          centered[r] = mu[c * d + r].negate().add(x[i][r]);
        }
        int l = d;
        Gradient squaredNorm = Gradient.constant(count, 0);
        for (int r = 0; r < d; r++) {
          Gradient v = diagonal[c][r].multiply(centered[r]);
          for (int j = 0; j < r; j++) {
            v = v.add(q[c][l++].multiply(centered[j]));
          }
          squaredNorm = squaredNorm.add(v.multiply(v));
        }
        mainTerm[c] = a[c].add(sumLogDiagonal[c]).subtract(squaredNorm.multiply(0.5));
      }
      total = total.add(logSumExp(mainTerm, count));
    }
    Gradient logSumAlphas = logSumExp(a, count);

    Gradient frobenius = Gradient.constant(count, 0);
    Gradient sumLogDet = Gradient.constant(count, 0);
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < d; r++) {
        frobenius = frobenius.add(diagonal[c][r].multiply(diagonal[c][r]));
      }
      for (int j = d; j < q[c].length; j++) {
        frobenius = frobenius.add(q[c][j].multiply(q[c][j]));
      }
      sumLogDet = sumLogDet.add(sumLogDiagonal[c]);
    }
    Gradient prior = frobenius.multiply(0.5 * wishartGamma * wishartGamma)
        .subtract(sumLogDet.multiply(wishartDof));
    Gradient f = total.negate().add(0.5 * n * d * Math.log(2 * Math.PI))
        .add(logSumAlphas.multiply(n)).add(prior);

    double[] all = f.getGradient();
    double[] gAlphas = new double[k];
    System.arraycopy(all, 0, gAlphas, 0, k);
    double[] gMeans = new double[means.length];
    System.arraycopy(all, k, gMeans, 0, means.length);
    double[][] gIcf = new double[k][];
    int offset = k + means.length;
    for (int c = 0; c < k; c++) {
      gIcf[c] = new double[icf[c].length];
      System.arraycopy(all, offset, gIcf[c], 0, icf[c].length);
      offset += icf[c].length;
    }
    return new MixtureGradient(f.getValue(), gAlphas, gMeans, gIcf);
  }

  /** log Σ exp(t[c]), shifted by the largest value. */
  private static Gradient logSumExp(Gradient[] t, int count) {
    Gradient max = t[0];
    for (int c = 1; c < t.length; c++) {
      if (t[c].getValue() > max.getValue()) {
        max = t[c];
      }
    }
    Gradient s = Gradient.constant(count, 0);
    for (Gradient v : t) {
      s = s.add(v.subtract(max).exp());
    }
    return max.add(s.log());
  }

  /**
   * Central differences {@code (f(p + h e_j) − f(p − h e_j)) / (2h)} over every entry of
   * {@code alphas}, {@code means} and {@code icf}, calling {@link GaussianMixture} itself, with
   * the step of {@link FiniteDifferences#step}, divided by the step actually taken.
   */
  public static MixtureGradient finiteDifferences(double[] alphas, double[] means,
      double[][] icf, double[][] x, double wishartGamma, int wishartDof) {
    double[] alphasWork = alphas.clone();
    double[] meansWork = means.clone();
    double[][] icfWork = new double[icf.length][];
    for (int c = 0; c < icf.length; c++) {
      icfWork[c] = icf[c].clone();
    }
    DoubleSupplier f = () -> GaussianMixture.negativeLogLikelihood(alphasWork, meansWork,
        icfWork, x, wishartGamma, wishartDof);
    double[] gAlphas = FiniteDifferences.inPlace(alphasWork, f);
    double[] gMeans = FiniteDifferences.inPlace(meansWork, f);
    double[][] gIcf = new double[icf.length][];
    for (int c = 0; c < icf.length; c++) {
      gIcf[c] = FiniteDifferences.inPlace(icfWork[c], f);
    }
    double value = GaussianMixture.negativeLogLikelihood(alphas, means, icf, x, wishartGamma,
        wishartDof);
    return new MixtureGradient(value, gAlphas, gMeans, gIcf);
  }

}
