package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * Machine-learning building blocks written with {@link AdjointMath}: GELU through {@code erf}, the
 * Gaussian CDF, logistic regression with {@code sigmoid}, {@code softplus} and {@code dot}, softmax
 * cross-entropy through {@code logSumExp}, a small ReLU network (sampled away from the kink), and
 * {@code sum} and {@code square}.
 */
public final class MathHelpers {
  private MathHelpers() {}

  private static final double SQRT_HALF = 0.7071067811865476;

  /** GELU, {@code x Φ(x) = ½ x (1 + erf(x / √2))}. */
  @Differentiable
  static double gelu(double x) {
    return 0.5 * x * (1.0 + AdjointMath.erf(x * SQRT_HALF));
  }

  /** GELU entry by entry: a {@code double[]} result. */
  @Differentiable
  static double[] geluAll(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 0.5 * x[i] * (1.0 + AdjointMath.erf(x[i] * SQRT_HALF));
    }
    return y;
  }

  /** The normal CDF with mean and standard deviation, both differentiated. */
  @Differentiable
  static double normalCdf(double x, double mu, double sigma) {
    return 0.5 * (1.0 + AdjointMath.erf((x - mu) / (sigma * Math.sqrt(2.0))));
  }

  /**
   * The logistic-regression negative log-likelihood with labels ±1 and an L2 penalty:
   * {@code Σ softplus(-y_i (w·x_i + b)) + ½ λ |w|²}.
   */
  @Differentiable
  static double logisticRegressionLoss(double[] w, double b, @NoDerivative double[][] x,
      @NoDerivative double[] y, @NoDerivative double lambda) {
    double loss = 0.0;
    for (int i = 0; i < x.length; i++) {
      double z = AdjointMath.dot(w, x[i]) + b;
      loss += AdjointMath.softplus(-y[i] * z);
    }
    return loss + 0.5 * lambda * AdjointMath.dot(w, w);
  }

  /** Binary cross-entropy of a logit against a soft target in [0, 1], through {@code sigmoid}. */
  @Differentiable
  static double sigmoidCrossEntropy(double z, @NoDerivative double target) {
    double p = AdjointMath.sigmoid(z);
    return -target * Math.log(p) - (1.0 - target) * Math.log(1.0 - p);
  }

  /** Softmax cross-entropy: {@code logSumExp(logits) - logits[label]}. */
  @Differentiable
  static double softmaxCrossEntropy(double[] logits, int label) {
    return AdjointMath.logSumExp(logits) - logits[label];
  }

  /** logSumExp of a local array of scaled products: a soft maximum of {@code q_i k_i / τ}. */
  @Differentiable
  static double softAttention(double[] q, double[] k, double tau) {
    double[] s = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      s[i] = q[i] * k[i] / tau;
    }
    return tau * AdjointMath.logSumExp(s);
  }

  /** A one-hidden-layer ReLU network on a fixed input: {@code Σ_j v_j relu(w_j x_j + c_j)}. */
  @Differentiable
  static double reluNetwork(double[] w, double[] v, @NoDerivative double[] x, @NoDerivative double[] c) {
    double out = 0.0;
    for (int j = 0; j < w.length; j++) {
      out += v[j] * AdjointMath.relu(w[j] * x[j] + c[j]);
    }
    return out;
  }

  /** {@code sum}, {@code square} and {@code dot} together. */
  @Differentiable
  static double sumSquareDot(double[] w, double x) {
    return AdjointMath.sum(w) * AdjointMath.square(x) + AdjointMath.square(AdjointMath.dot(w, w) - x);
  }

  /** The symmetric softplus {@code softplus(r) + softplus(-r)}, summed: a smooth absolute value. */
  @Differentiable
  static double softplusPairs(double[] r) {
    double s = 0.0;
    for (int i = 0; i < r.length; i++) {
      s += AdjointMath.softplus(r[i]) + AdjointMath.softplus(-r[i]);
    }
    return s;
  }
}
