package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.Arrays;

/**
 * A model holding its data: instance methods whose fields are constants of the call. The generated
 * methods take the receiver first ({@code lossJvp(RidgeModel self, double[] w, double[] wDot)}).
 */
public final class RidgeModel {
  /** Data rows, {@code n x d}. */
  public final double[][] x;
  /** Regression targets, length {@code n}. */
  public final double[] y;
  /** Class labels ±1 for the logistic loss, length {@code n}. */
  public final double[] labels;
  /** The L2 penalty. */
  public final double lambda;

  public RidgeModel(double[][] x, double[] y, double[] labels, double lambda) {
    this.x = x;
    this.y = y;
    this.labels = labels;
    this.lambda = lambda;
  }

  /** Ridge regression, {@code ½ |X w - y|² + ½ λ |w|²}; its Hessian is {@code XᵀX + λ I}. */
  @Differentiable(order = 2)
  double loss(double[] w) {
    double s = 0.0;
    for (int i = 0; i < this.x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < w.length; j++) {
        r += x[i][j] * w[j];
      }
      s += r * r;
    }
    double penalty = 0.0;
    for (int j = 0; j < w.length; j++) {
      penalty += w[j] * w[j];
    }
    return 0.5 * s + 0.5 * lambda * penalty;
  }

  /** Logistic regression on the labels, with a bias and the same penalty. */
  @Differentiable
  double logLoss(double[] w, double b) {
    double s = 0.0;
    for (int i = 0; i < this.labels.length; i++) {
      double z = b;
      for (int j = 0; j < w.length; j++) {
        z += this.x[i][j] * w[j];
      }
      s += AdjointMath.softplus(-labels[i] * z);
    }
    return s + 0.5 * this.lambda * AdjointMath.dot(w, w);
  }

  /** The residuals {@code X w - y}: a {@code double[]} result, Jacobian {@code X}. */
  @Differentiable
  double[] residuals(double[] w) {
    double[] r = new double[this.y.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = -y[i];
      for (int j = 0; j < w.length; j++) {
        r[i] += x[i][j] * w[j];
      }
    }
    return r;
  }

  /** Fields, a differentiable scalar, and a parameter that is not differentiated. */
  @Differentiable
  double anchoredPenalty(double[] w, @NoDerivative double[] anchor, double scale) {
    double s = 0.0;
    for (int j = 0; j < w.length; j++) {
      double d = w[j] - anchor[j];
      s += d * d * (1.0 + x[0][j] * x[0][j]);
    }
    return lambda * Math.exp(scale) * s;
  }

  @Override
  public String toString() {
    return "RidgeModel(x=" + Arrays.deepToString(x) + ", y=" + Arrays.toString(y) + ", labels="
        + Arrays.toString(labels) + ", lambda=" + lambda + ")";
  }
}
