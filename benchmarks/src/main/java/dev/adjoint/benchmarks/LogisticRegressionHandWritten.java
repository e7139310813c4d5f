package dev.adjoint.benchmarks;

/**
 * The gradient of {@link LogisticRegression#loss} written by hand in one pass over the data: for
 * each row, {@code ∂/∂z [log(1 + e^z) - y z] = sigmoid(z) - y}, so the row adds
 * {@code (sigmoid(z) - y) / N} times {@code x_i} to the weight gradient and to the bias gradient;
 * the penalty adds {@code λ w}. One exponential per row serves both the loss and the sigmoid.
 */
public final class LogisticRegressionHandWritten {
  private LogisticRegressionHandWritten() {}

  /** The value and gradient of the loss, shaped like the generated {@code LossGradient}. */
  public record LossGradient(double value, double[] w, double bias) {}

  public static LossGradient loss(double[] w, double bias, double[][] x, double[] y,
      double lambda) {
    int n = x.length;
    int p = w.length;
    double[] gw = new double[p];
    double gb = 0;
    double total = 0;
    double scale = 1.0 / n;
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      double z = bias;
      for (int j = 0; j < p; j++) {
        z += w[j] * xi[j];
      }
      double e = Math.exp(-Math.abs(z));
      total += Math.max(z, 0.0) + Math.log1p(e) - y[i] * z;
      double sigmoid = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      double dz = (sigmoid - y[i]) * scale;
      gb += dz;
      for (int j = 0; j < p; j++) {
        gw[j] += dz * xi[j];
      }
    }
    double penalty = 0;
    for (int j = 0; j < p; j++) {
      penalty += w[j] * w[j];
      gw[j] += lambda * w[j];
    }
    return new LossGradient(total / n + 0.5 * lambda * penalty, gw, gb);
  }
}
