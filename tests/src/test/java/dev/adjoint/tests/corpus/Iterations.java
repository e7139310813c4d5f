package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Iterative methods: Newton and fixed-point iterations with data-dependent trip counts, and a few optimisers. */
public final class Iterations {
  private Iterations() {}

  /** Square root by Newton's method until converged: a while loop whose trip count depends on a. */
  @Differentiable
  static double newtonSqrt(double a) {
    double x = a > 1 ? a : 1;
    while (Math.abs(x * x - a) > 1e-12 * a) {
      x = 0.5 * (x + a / x);
    }
    return x;
  }

  /** Cube root by Newton's method in a do/while loop. */
  @Differentiable
  static double newtonCubeRoot(double a) {
    double x = 1 + a / 3;
    double step = 0;
    do {
      step = (x * x * x - a) / (3 * x * x);
      x = x - step;
    } while (Math.abs(step) > 1e-13 * x);
    return x;
  }

  /** The fixed point of x = c cos(x), iterated until two iterates agree, with a cap on the count. */
  @Differentiable
  static double fixedPointCos(double c) {
    double x = 0;
    double next = c;
    int k = 0;
    while (Math.abs(next - x) > 1e-15 && k < 500) {
      x = next;
      next = c * Math.cos(x);
      k++;
    }
    return next;
  }

  /** The Euclidean norm with the square root taken by Newton's method. */
  @Differentiable
  static double babylonianNorm(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    double r = s;
    while (Math.abs(r * r - s) > 1e-13 * s) {
      r = 0.5 * (r + s / r);
    }
    return r;
  }

  /** Kepler's equation E - e sin E = M solved for E by Newton's method in a do/while. */
  @Differentiable
  static double keplerEccentricAnomaly(double meanAnomaly, double e) {
    double anomaly = meanAnomaly;
    double delta = 0;
    do {
      delta = (anomaly - e * Math.sin(anomaly) - meanAnomaly) / (1 - e * Math.cos(anomaly));
      anomaly -= delta;
    } while (Math.abs(delta) > 1e-14);
    return anomaly;
  }

  /** log(y) by Newton's method on exp(x) = y, from 0. */
  @Differentiable
  static double newtonLog(double y) {
    double x = 0;
    double step = 1;
    while (Math.abs(step) > 1e-14) {
      step = 1 - y * Math.exp(-x);
      x -= step;
    }
    return x;
  }

  /**
   * A few steps of gradient descent on sum log cosh(x_i - t_i) from x0, then the squared distance to
   * the target: differentiable in the start, the target and the step size.
   */
  @Differentiable
  static double gradientDescent(double[] x0, double[] target, double eta, int steps) {
    int n = x0.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = x0[i];
    }
    for (int s = 0; s < steps; s++) {
      for (int i = 0; i < n; i++) {
        x[i] -= eta * Math.tanh(x[i] - target[i]);
      }
    }
    double d = 0;
    for (int i = 0; i < n; i++) {
      d += (x[i] - target[i]) * (x[i] - target[i]);
    }
    return d;
  }

  /** Power iteration on a positive matrix, then the Rayleigh quotient of the last vector. */
  @Differentiable
  static double powerIteration(double[][] a, int iterations) {
    int n = a.length;
    double[] v = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 1.0;
    }
    for (int it = 0; it < iterations; it++) {
      double norm = 0;
      for (int i = 0; i < n; i++) {
        w[i] = 0;
        for (int j = 0; j < n; j++) {
          w[i] += a[i][j] * v[j];
        }
        norm += w[i] * w[i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < n; i++) {
        v[i] = w[i] / norm;
      }
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double av = 0;
      for (int j = 0; j < n; j++) {
        av += a[i][j] * v[j];
      }
      num += v[i] * av;
      den += v[i] * v[i];
    }
    return num / den;
  }

  /** The logistic map x = r x (1 - x) iterated a given number of times. */
  @Differentiable
  static double logisticMap(double r, double x0, int steps) {
    double x = x0;
    for (int k = 0; k < steps; k++) {
      x = r * x * (1 - x);
    }
    return x;
  }

  /** Heavy-ball momentum on a 1D quadratic a (x - b)^2, a counted loop with two overwritten states. */
  @Differentiable
  static double momentumDescent(double x0, double a, double b, double eta, double beta, int steps) {
    double x = x0;
    double v = 0;
    for (int k = 0; k < steps; k++) {
      double g = 2 * a * (x - b);
      v = beta * v - eta * g;
      x = x + v;
    }
    return a * (x - b) * (x - b);
  }

  /** A Newton square root of every entry, a data-dependent while loop nested in a counted loop. */
  @Differentiable
  static double newtonSqrtEach(double[] x) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double a = x[i];
      double r = a > 1 ? a : 1;
      while (Math.abs(r * r - a) > 1e-12 * a) {
        r = 0.5 * (r + a / r);
      }
      total += r * (i + 1);
    }
    return total;
  }

  /**
   * Gauss-Seidel sweeps on the tridiagonal system (d_i + 2) x_i - x_(i-1) - x_(i+1) = b_i until the
   * update is small: array entries overwritten in place, read by the next entry in the same sweep, in
   * a while loop whose trip count depends on the data. Returns sum x_i.
   */
  @Differentiable
  static double gaussSeidel(double[] d, double[] b) {
    int n = b.length;
    double[] x = new double[n];
    double change = 1;
    while (change > 1e-14) {
      change = 0;
      for (int i = 0; i < n; i++) {
        double s = b[i];
        if (i > 0) {
          s += x[i - 1];
        }
        if (i < n - 1) {
          s += x[i + 1];
        }
        double next = s / (d[i] + 2);
        change = Math.max(change, Math.abs(next - x[i]));
        x[i] = next;
      }
    }
    double total = 0;
    for (double v : x) {
      total += v;
    }
    return total;
  }
}
