package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * L2-regularised logistic regression over a data set, the objective a user minimises to fit it:
 *
 * <pre>
 *   loss(w, bias) = (1/N) Σ_i [ log(1 + exp(z_i)) - y_i z_i ] + (λ/2) |w|²,   z_i = w · x_i + bias
 * </pre>
 *
 * <p>the mean negative log-likelihood of labels {@code y_i ∈ {0, 1}} under {@code P(y = 1) =
 * sigmoid(z)}, with {@code log(1 + exp(z))} evaluated as {@code max(z, 0) + log1p(exp(-|z|))} so it
 * neither overflows for large {@code z} nor loses digits for very negative {@code z}.
 *
 * <p>Differentiable inputs: the weights {@code w[p]} and the scalar {@code bias}. The features
 * {@code x} ({@code N} rows of length {@code p}), the labels {@code y} and the penalty weight
 * {@code lambda} are data. The processor generates {@code LogisticRegressionDerivatives}.
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  @Differentiable(wrt = {"w", "bias"})
  public static double loss(double[] w, double bias, double[][] x, double[] y, double lambda) {
    int n = x.length;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      double z = bias;
      for (int j = 0; j < w.length; j++) {
        z += w[j] * xi[j];
      }
      // log(1 + e^z) - y z, stable for either sign of z
      total += Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
    }
    double penalty = 0;
    for (int j = 0; j < w.length; j++) {
      penalty += w[j] * w[j];
    }
    return total / n + 0.5 * lambda * penalty;
  }
}
