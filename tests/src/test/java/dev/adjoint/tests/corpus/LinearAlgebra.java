package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/**
 * Matrices as double[][]: quadratic and bilinear forms, products, traces, triangular solves and
 * factorisations (nested loops with triangular bounds), distance matrices, test functions over n.
 */
public final class LinearAlgebra {
  private LinearAlgebra() {}

  /** x^T A x, both differentiable. */
  @Differentiable
  static double quadraticForm(double[][] a, double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        s += x[i] * a[i][j] * x[j];
      }
    }
    return s;
  }

  /** |A x|^2 with A x kept in a local array. */
  @Differentiable
  static double matVecNormSquared(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    double s = 0;
    for (double v : y) {
      s += v * v;
    }
    return s;
  }

  /** The squared Frobenius norm of C = A B, with C in a local n x m matrix. */
  @Differentiable
  static double productFrobenius(double[][] a, double[][] b) {
    int n = a.length;
    int k = b.length;
    int m = b[0].length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        for (int p = 0; p < k; p++) {
          c[i][j] += a[i][p] * b[p][j];
        }
      }
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        s += c[i][j] * c[i][j];
      }
    }
    return s;
  }

  /** tr(A B) for square A, B. */
  @Differentiable
  static double traceOfProduct(double[][] a, double[][] b) {
    double t = 0;
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a.length; k++) {
        t += a[i][k] * b[k][i];
      }
    }
    return t;
  }

  /** x^T A y. */
  @Differentiable
  static double bilinear(double[] x, double[][] a, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double row = 0;
      for (int j = 0; j < y.length; j++) {
        row += a[i][j] * y[j];
      }
      s += x[i] * row;
    }
    return s;
  }

  /** Solves L x = b by forward substitution (inner loop j < i), returns |x|^2. */
  @Differentiable
  static double forwardSubstitution(double[][] l, double[] b) {
    int n = b.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= l[i][j] * x[j];
      }
      x[i] = s / l[i][i];
    }
    double r = 0;
    for (int i = 0; i < n; i++) {
      r += x[i] * x[i];
    }
    return r;
  }

  /** log det(M M^T + I) by a Cholesky factorisation in a local lower-triangular matrix. */
  @Differentiable
  static double choleskyLogDet(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < m[0].length; k++) {
          a[i][j] += m[i][k] * m[j][k];
        }
      }
      a[i][i] += 1;
    }
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = a[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / l[j][j];
      }
    }
    double logDet = 0;
    for (int i = 0; i < n; i++) {
      logDet += 2 * Math.log(l[i][i]);
    }
    return logDet;
  }

  /**
   * Pairwise squared distances between the rows of p in a local matrix, filled for j < i only, then
   * sum exp(-d_ij): a Gaussian kernel sum.
   */
  @Differentiable
  static double kernelSum(double[][] p) {
    int n = p.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        for (int k = 0; k < p[i].length; k++) {
          double diff = p[i][k] - p[j][k];
          d[i][j] += diff * diff;
        }
      }
    }
    double s = 0;
    for (int i = 1; i < n; i++) {
      for (int j = 0; j < i; j++) {
        s += Math.exp(-d[i][j]);
      }
    }
    return s;
  }

  /** The Rosenbrock function over n >= 2 variables. */
  @Differentiable
  static double rosenbrock(double[] x) {
    double f = 0;
    for (int i = 0; i < x.length - 1; i++) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1 - x[i];
      f += 100 * a * a + b * b;
    }
    return f;
  }

  /**
   * The determinant of a tridiagonal matrix (diagonal a, super-diagonal b, sub-diagonal c) by its
   * three-term recurrence; the last entries of b and c are not used.
   */
  @Differentiable
  static double tridiagonalDeterminant(double[] a, double[] b, double[] c) {
    double previous = 1;
    double current = a[0];
    for (int k = 1; k < a.length; k++) {
      double next = a[k] * current - b[k - 1] * c[k - 1] * previous;
      previous = current;
      current = next;
    }
    return current;
  }

  /** sum over the lower triangle j <= i of a_ij x_i x_j. */
  @Differentiable
  static double lowerTriangularForm(double[][] a, double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j <= i; j++) {
        s += a[i][j] * x[i] * x[j];
      }
    }
    return s;
  }

  /** tr(A^k) by repeated multiplication into a local matrix copied back each time. */
  @Differentiable
  static double traceOfPower(double[][] a, int k) {
    int n = a.length;
    double[][] p = new double[n][n];
    double[][] next = new double[n][n];
    for (int i = 0; i < n; i++) {
      p[i][i] = 1;
    }
    for (int step = 0; step < k; step++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int q = 0; q < n; q++) {
            s += p[i][q] * a[q][j];
          }
          next[i][j] = s;
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          p[i][j] = next[i][j];
        }
      }
    }
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += p[i][i];
    }
    return t;
  }

  /** The entropy of the softmax of each row, summed over rows, with a max shift per row. */
  @Differentiable
  static double rowSoftmaxEntropy(double[][] logits) {
    double total = 0;
    for (int i = 0; i < logits.length; i++) {
      double max = logits[i][0];
      for (int j = 1; j < logits[i].length; j++) {
        if (logits[i][j] > max) {
          max = logits[i][j];
        }
      }
      double z = 0;
      for (int j = 0; j < logits[i].length; j++) {
        z += Math.exp(logits[i][j] - max);
      }
      for (int j = 0; j < logits[i].length; j++) {
        double p = Math.exp(logits[i][j] - max) / z;
        total -= p * Math.log(p);
      }
    }
    return total;
  }

  /** The Gram matrix G = X^T X accumulated in a local matrix, then sum of log(1 + G_ij^2). */
  @Differentiable
  static double gramPenalty(double[][] x) {
    int d = x[0].length;
    double[][] g = new double[d][d];
    for (int r = 0; r < x.length; r++) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          g[i][j] += x[r][i] * x[r][j];
        }
      }
    }
    double s = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        s += Math.log1p(g[i][j] * g[i][j]);
      }
    }
    return s;
  }

  /** Row sums by an enhanced for over each row, then a soft maximum of them. */
  @Differentiable
  static double rowSumSoftMax(double[][] m) {
    double s = 0;
    for (int i = 0; i < m.length; i++) {
      double row = 0;
      for (double v : m[i]) {
        row += v;
      }
      s += Math.exp(row);
    }
    return Math.log(s);
  }
}
