package dev.adjoint.spark.samples;

import dev.adjoint.Differentiable;

/** Logistic regression's log-loss for labels 0 and 1, per example and summed in one JVM. */
public final class LogisticLoss {
  private LogisticLoss() {}

  /** {@code log(1 + e^z) - y z} at {@code z = w · x}: the negative log-likelihood of label {@code y}. */
  @Differentiable(wrt = "w")
  public static double loss(double[] w, double[] x, double y) {
    double z = 0.0;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    // log(1 + e^z) written so that neither exp overflows
    return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
  }

  /** The loss summed over a dataset held in one JVM, row {@code i} being {@code x[i]} with label {@code y[i]}. */
  @Differentiable(wrt = "w")
  public static double total(double[] w, double[][] x, double[] y) {
    double sum = 0.0;
    for (int i = 0; i < y.length; i++) {
      sum += loss(w, x[i], y[i]);
    }
    return sum;
  }

  /** {@link #loss} and its gradient written by hand, as a careful person would: the comparison for timing. */
  public static double lossByHand(double[] w, double[] x, double y, double[] wBar) {
    double z = 0.0;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    double e = Math.exp(-Math.abs(z));
    double p = z >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e); // σ(z)
    double residual = p - y;
    for (int j = 0; j < w.length; j++) {
      wBar[j] += residual * x[j];
    }
    return Math.max(z, 0.0) + Math.log1p(e) - y * z;
  }
}
