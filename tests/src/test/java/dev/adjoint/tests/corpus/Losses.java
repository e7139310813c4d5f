package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Training losses over arrays, several with a branch inside the loop. */
public final class Losses {
  private Losses() {}

  /** -log softmax(logits)[label], with the max shift; the label is an int. */
  @Differentiable
  static double softmaxCrossEntropy(double[] logits, int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int k = 0; k < logits.length; k++) {
      sum += Math.exp(logits[k] - max);
    }
    return Math.log(sum) + max - logits[label];
  }

  /** Huber loss summed over residuals: quadratic inside delta, linear outside. */
  @Differentiable
  static double huberSum(double[] r, double delta) {
    double loss = 0;
    for (int i = 0; i < r.length; i++) {
      double a = Math.abs(r[i]);
      if (a <= delta) {
        loss += 0.5 * r[i] * r[i];
      } else {
        loss += delta * (a - 0.5 * delta);
      }
    }
    return loss;
  }

  /** Mean hinge loss of a linear classifier on rows of x with labels y = +-1. */
  @Differentiable
  static double hingeLoss(double[] w, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double score = 0;
      for (int j = 0; j < w.length; j++) {
        score += w[j] * x[i][j];
      }
      double margin = y[i] * score;
      if (margin < 1) {
        total += 1 - margin;
      }
    }
    return total / x.length;
  }

  @Differentiable
  static double meanSquaredError(double[] prediction, double[] target) {
    double s = 0;
    for (int i = 0; i < prediction.length; i++) {
      double d = prediction[i] - target[i];
      s += d * d;
    }
    return s / prediction.length;
  }

  /** Logistic regression loss, log(1 + exp(-m)) written stably with a branch on the sign of m. */
  @Differentiable
  static double logisticLoss(double[] w, double bias, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      double z = bias;
      for (int j = 0; j < w.length; j++) {
        z += w[j] * x[i][j];
      }
      double m = y[i] * z;
      if (m > 0) {
        loss += Math.log1p(Math.exp(-m));
      } else {
        loss += -m + Math.log1p(Math.exp(m));
      }
    }
    return loss;
  }

  @Differentiable(wrt = "theta")
  static double weightedLeastSquares(double[] theta, double[][] x, double[] y, double[] weights) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      double prediction = 0;
      for (int j = 0; j < theta.length; j++) {
        prediction += x[i][j] * theta[j];
      }
      double r = prediction - y[i];
      loss += weights[i] * r * r;
    }
    return 0.5 * loss;
  }

  /** The epsilon-insensitive loss of support vector regression: an if / else if / else chain. */
  @Differentiable
  static double epsilonInsensitive(double[] prediction, double[] target, double eps) {
    double loss = 0;
    for (int i = 0; i < prediction.length; i++) {
      double r = prediction[i] - target[i];
      if (r > eps) {
        loss += r - eps;
      } else if (r < -eps) {
        loss += -r - eps;
      } else {
        loss += 0;
      }
    }
    return loss;
  }

  /** -sum p_i log q_i. */
  @Differentiable
  static double crossEntropy(double[] p, double[] q) {
    double h = 0;
    for (int i = 0; i < p.length; i++) {
      h -= p[i] * Math.log(q[i]);
    }
    return h;
  }

  /** sum p_i log(p_i / q_i) over positive entries. */
  @Differentiable
  static double klDivergence(double[] p, double[] q) {
    double kl = 0;
    for (int i = 0; i < p.length; i++) {
      kl += p[i] * Math.log(p[i] / q[i]);
    }
    return kl;
  }

  @Differentiable
  static double elasticNet(double[] w, double lambda1, double lambda2) {
    double l1 = 0;
    double l2 = 0;
    for (double v : w) {
      l1 += Math.abs(v);
      l2 += v * v;
    }
    return lambda1 * l1 + lambda2 * l2;
  }

  /** Squared residuals capped at c^2: the condition written with ! and &&. */
  @Differentiable
  static double trimmedSquares(double[] r, double c) {
    double loss = 0;
    for (int i = 0; i < r.length; i++) {
      if (!(r[i] > c) && !(r[i] < -c)) {
        loss += r[i] * r[i];
      } else {
        loss += c * c;
      }
    }
    return loss;
  }

  /** A loss whose branch depends on a boolean parameter and an || condition inside the loop. */
  @Differentiable
  static double asymmetricLoss(double[] r, double tau, boolean squared) {
    double loss = 0;
    for (int i = 0; i < r.length; i++) {
      double weight = r[i] < 0 ? 1 - tau : tau;
      if (squared || Math.abs(r[i]) > 2) {
        loss += weight * r[i] * r[i];
      } else {
        loss += weight * Math.abs(r[i]);
      }
    }
    return loss;
  }
}
