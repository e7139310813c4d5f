package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * The array-shaped worked examples of the worked-examples catalogue: least squares (section 5), backpropagation
 * (4), matrix calculus formulas (6), Jacobians (3), softmax (8), the general polynomial (1) and a
 * hidden layer (7), written as loops over double[] and double[][].
 */
public final class SeedArrays {
  private SeedArrays() {}

  /** S01-leastsq-mean: (1/N) |X theta - Y|^2, differentiable in theta only. */
  @Differentiable
  static double leastSquaresMean(double[] theta, @NoDerivative double[][] x, @NoDerivative double[] y) {
    int n = x.length;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double z = -y[i];
      for (int j = 0; j < theta.length; j++) {
        z += x[i][j] * theta[j];
      }
      s += z * z;
    }
    return s / n;
  }

  /** S00-leastsq-half: (1/2) |X w - y|^2, differentiable in w (wrt). */
  @Differentiable(wrt = "w")
  static double leastSquaresHalf(double[] w, double[][] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double r = 0;
      for (int j = 0; j < w.length; j++) {
        r += x[i][j] * w[j];
      }
      r -= y[i];
      s += r * r;
    }
    return s / 2;
  }

  /** S03-leastsq-Ax-b: |A x - b|^2, with A x - b in a local array. */
  @Differentiable
  static double leastSquaresAxB(@NoDerivative double[][] a, double[] x, @NoDerivative double[] b) {
    double[] r = new double[b.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = -b[i];
      for (int j = 0; j < x.length; j++) {
        r[i] += a[i][j] * x[j];
      }
    }
    double f = 0;
    for (double ri : r) {
      f += ri * ri;
    }
    return f;
  }

  /** S02-backprop-two-layer: h1 = x1 + x2, h2 = x1 - x2, L = h1^2 + h2^2. */
  @Differentiable
  static double backpropTwoLayer(double[] x) {
    double[] h = {x[0] + x[1], x[0] - x[1]};
    double loss = 0;
    for (int i = 0; i < h.length; i++) {
      loss += h[i] * h[i];
    }
    return loss;
  }

  /** S02-softmax-jacobian: the stable softmax, shifted by max(z). */
  @Differentiable
  static double[] softmax(double[] z) {
    double max = z[0];
    for (double v : z) {
      if (v > max) {
        max = v;
      }
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] = p[i] / sum;
    }
    return p;
  }

  /** S02-matrix-1-aTx: a^T x, both differentiable (gradient a in x, x in a). */
  @Differentiable
  static double aTx(double[] a, double[] x) {
    double f = 0;
    for (int i = 0; i < x.length; i++) {
      f += a[i] * x[i];
    }
    return f;
  }

  /** S02-matrix-2-xTx. */
  @Differentiable
  static double xTx(double[] x) {
    double f = 0;
    for (double v : x) {
      f += v * v;
    }
    return f;
  }

  /** S02-matrix-3-xTAx: gradient (A + A^T) x in x, x x^T in A. */
  @Differentiable
  static double xTAx(double[][] a, double[] x) {
    double f = 0;
    for (int i = 0; i < x.length; i++) {
      double ax = 0;
      for (int j = 0; j < x.length; j++) {
        ax += a[i][j] * x[j];
      }
      f += x[i] * ax;
    }
    return f;
  }

  /** S02-matrix-4-norm: |x|_2, gradient x / |x|. */
  @Differentiable
  static double norm(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return Math.sqrt(s);
  }

  /** S02-jacobian-x1sq+x2: (x1^2 + x2, x1 x2), returned from an array initializer. */
  @Differentiable
  static double[] jacobianExample(double[] x) {
    double[] y = {x[0] * x[0] + x[1], x[0] * x[1]};
    return y;
  }

  /** S03-jacobian-Ax: A x, the Jacobian is A. */
  @Differentiable
  static double[] linearMap(@NoDerivative double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  /** S03-jacobian-x-times-x: x (elementwise) x, Jacobian diag(2x). */
  @Differentiable
  static double[] elementwiseSquare(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * x[i];
    }
    return y;
  }

  /** S03-jacobian-sigmoid: elementwise sigmoid, Jacobian diag(s (1 - s)). */
  @Differentiable
  static double[] elementwiseSigmoid(double[] x) {
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = 1 / (1 + Math.exp(-x[i]));
    }
    return s;
  }

  /** S00-poly-general: a0 + a1 x + ... + an x^n by Horner's rule; gradient x^k in a_k. */
  @Differentiable
  static double polyGeneral(double[] a, double x) {
    double f = a[a.length - 1];
    for (int k = a.length - 2; k >= 0; k--) {
      f = f * x + a[k];
    }
    return f;
  }

  /**
   * S02-nn-hidden-layer, widened to k hidden units: h_k = sigmoid(w_k x + b_k), y = sum v_k h_k. With
   * one unit it is the seed's y = v sigmoid(w x + b).
   */
  @Differentiable
  static double hiddenLayer(double x, double[] w, double[] b, double[] v) {
    double y = 0;
    for (int k = 0; k < w.length; k++) {
      double h = 1 / (1 + Math.exp(-(w[k] * x + b[k])));
      y += v[k] * h;
    }
    return y;
  }
}
