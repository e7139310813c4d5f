package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.Arrays;

/**
 * Loss functions over a batch as ML code writes them: scratch buffers at the top, reset per sample,
 * rows read through aliases, log-sum-exp with the maximum shifted out.
 */
public final class BatchedLosses {
  private BatchedLosses() {}

  private static final double LOG_TWO_PI = Math.log(2.0 * Math.PI);

  /** Mean softmax cross-entropy of logit rows against integer class labels stored as doubles. */
  @Differentiable
  public static double softmaxCrossEntropy(double[][] logits, @NoDerivative double[] labels) {
    double total = 0.0;
    for (int s = 0; s < logits.length; s++) {
      double[] z = logits[s];
      int label = (int) labels[s];
      double max = z[0];
      for (int k = 1; k < z.length; k++) {
        if (z[k] > max) {
          max = z[k];
        }
      }
      double sum = 0.0;
      for (double zk : z) {
        sum += Math.exp(zk - max);
      }
      total += max + Math.log(sum) - z[label];
    }
    return total / logits.length;
  }

  /** log Σ exp of each row. */
  @Differentiable
  public static double[] logSumExpRows(double[][] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : a[i]) {
        max = Math.max(max, v);
      }
      double sum = 0.0;
      for (double v : a[i]) {
        sum += Math.exp(v - max);
      }
      out[i] = max + Math.log(sum);
    }
    return out;
  }

  /** Squared error of a two-layer tanh network over a batch; the hidden buffer is reused per sample. */
  @Differentiable
  public static double twoLayerTanh(double[][] w1, double[] b1, double[] w2, double b2,
      @NoDerivative double[][] inputs, @NoDerivative double[] targets) {
    double[] hidden = new double[b1.length];
    double loss = 0.0;
    for (int s = 0; s < inputs.length; s++) {
      double[] xs = inputs[s];
      Arrays.fill(hidden, 0.0);
      for (int h = 0; h < hidden.length; h++) {
        double[] wh = w1[h];
        for (int j = 0; j < xs.length; j++) {
          hidden[h] += wh[j] * xs[j];
        }
        hidden[h] = Math.tanh(hidden[h] + b1[h]);
      }
      double out = b2;
      for (int h = 0; h < hidden.length; h++) {
        out += w2[h] * hidden[h];
      }
      double r = out - targets[s];
      loss += 0.5 * r * r;
    }
    return loss / inputs.length;
  }

  /**
   * Negative log-likelihood of 2-D points under a Gaussian mixture: weights by softmax of logWeights,
   * component c's covariance L Lᵀ with L = [[exp(chol[c][0]), 0], [chol[c][1], exp(chol[c][2])]].
   */
  @Differentiable
  public static double gaussianMixtureNll(double[] logWeights, double[][] means, double[][] chol,
      @NoDerivative double[][] x) {
    int k = logWeights.length;
    double[] terms = new double[k];
    double wMax = logWeights[0];
    for (int c = 1; c < k; c++) {
      wMax = Math.max(wMax, logWeights[c]);
    }
    double wSum = 0.0;
    for (int c = 0; c < k; c++) {
      wSum += Math.exp(logWeights[c] - wMax);
    }
    double logNormalizer = wMax + Math.log(wSum);
    double nll = 0.0;
    for (double[] point : x) {
      Arrays.fill(terms, 0.0);
      for (int c = 0; c < k; c++) {
        double[] mu = means[c];
        double[] l = chol[c];
        double l11 = Math.exp(l[0]);
        double l22 = Math.exp(l[2]);
        double z0 = (point[0] - mu[0]) / l11;
        double z1 = (point[1] - mu[1] - l[1] * z0) / l22;
        terms[c] = logWeights[c] - 0.5 * (z0 * z0 + z1 * z1) - l[0] - l[2] - LOG_TWO_PI;
      }
      double max = terms[0];
      for (int c = 1; c < k; c++) {
        max = Math.max(max, terms[c]);
      }
      double sum = 0.0;
      for (int c = 0; c < k; c++) {
        sum += Math.exp(terms[c] - max);
      }
      nll -= max + Math.log(sum) - logNormalizer;
    }
    return nll;
  }

  /** Mean squared error; the predictions are copied to a buffer and the targets subtracted in place. */
  @Differentiable
  public static double meanSquaredError(double[] predictions, double[] targets) {
    if (predictions.length != targets.length) {
      throw new IllegalArgumentException("length mismatch");
    }
    double[] residual = new double[predictions.length];
    System.arraycopy(predictions, 0, residual, 0, predictions.length);
    double sum = 0.0;
    for (int i = 0; i < residual.length; i++) {
      residual[i] -= targets[i];
      sum += residual[i] * residual[i];
    }
    return sum / residual.length;
  }

  /** Mean Huber loss over a batch of prediction rows. */
  @Differentiable
  public static double huber(double[][] predictions, double[][] targets, double delta) {
    double total = 0.0;
    int count = 0;
    for (int s = 0; s < predictions.length; s++) {
      double[] p = predictions[s];
      double[] t = targets[s];
      for (int j = 0; j < p.length; j++) {
        double r = p[j] - t[j];
        double a = Math.abs(r);
        total += a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
        count++;
      }
    }
    return total / count;
  }

  /** Σ over rows of the squared norm of the centred, scaled row: a layer-norm style penalty. */
  @Differentiable
  public static double layerNormPenalty(double[][] x) {
    int d = x[0].length;
    double[] centered = new double[d];
    double total = 0.0;
    for (double[] row : x) {
      double mean = 0.0;
      for (double v : row) {
        mean += v;
      }
      mean /= d;
      double var = 0.0;
      for (int j = 0; j < d; j++) {
        centered[j] = row[j] - mean;
        var += centered[j] * centered[j];
      }
      double inv = 1.0 / Math.sqrt(var / d + 1e-5);
      for (int j = 0; j < d; j++) {
        double y = centered[j] * inv;
        total += y * y * (j + 1);
      }
    }
    return total;
  }

  /** The k-means objective: each point's squared distance to its nearest centre. */
  @Differentiable
  public static double kMeansObjective(double[][] centers, @NoDerivative double[][] points) {
    double total = 0.0;
    for (double[] p : points) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] c : centers) {
        double d2 = 0.0;
        for (int j = 0; j < p.length; j++) {
          double diff = p[j] - c[j];
          d2 += diff * diff;
        }
        best = Math.min(best, d2);
      }
      total += best;
    }
    return total;
  }

  /** Poisson negative log-likelihood with log rates, over a window copied out of a longer series. */
  @Differentiable
  public static double poissonNll(double[] logRates, @NoDerivative double[] counts, int offset) {
    double[] window = new double[counts.length];
    Arrays.fill(window, 0, window.length, 0.0);
    System.arraycopy(logRates, offset, window, 0, counts.length);
    double nll = 0.0;
    for (int i = 0; i < window.length; i++) {
      nll += Math.exp(window[i]) - counts[i] * window[i];
    }
    return nll;
  }
}
