package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * Model objects holding their weights in fields, differentiated with respect to their inputs (the
 * fields are constants of the call), or holding data and a penalty and differentiated with respect
 * to weights passed in; each with its gradient coded by hand.
 */
public final class WeightedModels {
  private WeightedModels() {}

  /** Logistic regression with fixed weights. */
  public static final class LogisticModel {
    public final double[] w;
    public final double b;

    public LogisticModel(double[] w, double b) {
      this.w = w;
      this.b = b;
    }

    /** The logit {@code w·x + b}. */
    @Differentiable
    public double logit(double[] x) {
      double z = b;
      for (int j = 0; j < w.length; j++) {
        z += w[j] * x[j];
      }
      return z;
    }

    /** Mean negative log-likelihood of labels y in {0, 1} for the rows of x. */
    @Differentiable
    public double loss(double[][] x, @NoDerivative double[] y) {
      double total = 0.0;
      for (int i = 0; i < x.length; i++) {
        double[] xi = x[i];
        double z = this.b;
        for (int j = 0; j < this.w.length; j++) {
          z += this.w[j] * xi[j];
        }
        // log(1 + e^z) - y z, stable on both sides
        double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
        total += softplus - y[i] * z;
      }
      return total / x.length;
    }

    /** ∂loss/∂x by hand: (σ(z_i) - y_i) w / n. */
    public double[][] lossGradient(double[][] x, double[] y) {
      double[][] g = new double[x.length][w.length];
      for (int i = 0; i < x.length; i++) {
        double z = b;
        for (int j = 0; j < w.length; j++) {
          z += w[j] * x[i][j];
        }
        double r = 1.0 / (1.0 + Math.exp(-z)) - y[i];
        for (int j = 0; j < w.length; j++) {
          g[i][j] = r * w[j] / x.length;
        }
      }
      return g;
    }
  }

  /** A dense layer {@code tanh(W x + b)}. */
  public static final class DenseLayer {
    public final double[][] weights;
    public final double[] bias;

    public DenseLayer(double[][] weights, double[] bias) {
      this.weights = weights;
      this.bias = bias;
    }

    @Differentiable
    public double[] forward(double[] x) {
      double[] out = new double[bias.length];
      for (int i = 0; i < out.length; i++) {
        double z = bias[i];
        for (int j = 0; j < x.length; j++) {
          z += weights[i][j] * x[j];
        }
        out[i] = Math.tanh(z);
      }
      return out;
    }

    /** ∂out_i/∂x_j = (1 - out_i²) W_ij. */
    public double[][] jacobian(double[] x) {
      double[] y = forward(x);
      double[][] jac = new double[y.length][x.length];
      for (int i = 0; i < y.length; i++) {
        for (int j = 0; j < x.length; j++) {
          jac[i][j] = (1.0 - y[i] * y[i]) * weights[i][j];
        }
      }
      return jac;
    }
  }

  /** A penalised objective: the penalty weight lives in the base class. */
  public abstract static class Regularized {
    protected double lambda;

    protected Regularized(double lambda) {
      this.lambda = lambda;
    }

    public double lambda() {
      return lambda;
    }
  }

  /** Ridge regression over fixed data; the weights are the argument. */
  public static final class RidgeObjective extends Regularized {
    public final double[][] x;
    public final double[] y;

    public RidgeObjective(double[][] x, double[] y, double lambda) {
      super(lambda);
      this.x = x;
      this.y = y;
    }

    @Differentiable
    public double loss(double[] w, double intercept) {
      double sse = 0.0;
      for (int i = 0; i < y.length; i++) {
        double r = intercept - y[i];
        for (int j = 0; j < w.length; j++) {
          r += x[i][j] * w[j];
        }
        sse += r * r;
      }
      double penalty = 0.0;
      for (double wj : w) {
        penalty += wj * wj;
      }
      return 0.5 * sse + 0.5 * super.lambda * penalty;
    }

    /** Xᵀ(Xw + c - y) + λw, then Σ residuals for the intercept. */
    public double[] gradient(double[] w, double intercept) {
      double[] g = new double[w.length + 1];
      for (int i = 0; i < y.length; i++) {
        double r = intercept - y[i];
        for (int j = 0; j < w.length; j++) {
          r += x[i][j] * w[j];
        }
        for (int j = 0; j < w.length; j++) {
          g[j] += x[i][j] * r;
        }
        g[w.length] += r;
      }
      for (int j = 0; j < w.length; j++) {
        g[j] += lambda * w[j];
      }
      return g;
    }
  }

  /** A linear softmax classifier with fixed weights and bias, differentiated in the input. */
  public static final class SoftmaxClassifier {
    public final double[][] weights;
    public final double[] bias;

    public SoftmaxClassifier(double[][] weights, double[] bias) {
      this.weights = weights;
      this.bias = bias;
    }

    /** -log softmax(W x + b)[label]. */
    @Differentiable
    public double crossEntropy(double[] x, int label) {
      if (label < 0 || label >= bias.length) {
        throw new IndexOutOfBoundsException("label " + label);
      }
      double[] z = new double[bias.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < z.length; k++) {
        z[k] = bias[k];
        for (int j = 0; j < x.length; j++) {
          z[k] += weights[k][j] * x[j];
        }
        max = Math.max(max, z[k]);
      }
      double sum = 0.0;
      for (double zk : z) {
        sum += Math.exp(zk - max);
      }
      return max + Math.log(sum) - z[label];
    }

    /** Wᵀ(softmax(z) - e_label). */
    public double[] gradient(double[] x, int label) {
      int k = bias.length;
      double[] z = new double[k];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        z[c] = bias[c];
        for (int j = 0; j < x.length; j++) {
          z[c] += weights[c][j] * x[j];
        }
        max = Math.max(max, z[c]);
      }
      double sum = 0.0;
      for (int c = 0; c < k; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      double[] g = new double[x.length];
      for (int c = 0; c < k; c++) {
        double coefficient = z[c] / sum - (c == label ? 1.0 : 0.0);
        for (int j = 0; j < x.length; j++) {
          g[j] += coefficient * weights[c][j];
        }
      }
      return g;
    }
  }
}
