package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Vectors reduced to a scalar: sums, means, dot products, norms, log-sum-exp. */
public final class Reductions {
  private Reductions() {}

  @Differentiable
  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Differentiable
  static double sum(double[] x) {
    double total = 0.0;
    for (double v : x) {
      total += v;
    }
    return total;
  }

  @Differentiable
  static double mean(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s = s + x[i];
    }
    return s / x.length;
  }

  @Differentiable
  static double sumOfSquares(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return s;
  }

  @Differentiable
  static double l1Norm(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.abs(x[i]);
    }
    return s;
  }

  @Differentiable
  static double l2Norm(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return Math.sqrt(s);
  }

  /** The max norm: the derivative flows to the entry of largest magnitude only. */
  @Differentiable
  static double linfNorm(double[] x) {
    double m = 0;
    for (double v : x) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  /** log(sum exp(z_i)) computed stably: shift by the largest entry, found with an if in the loop. */
  @Differentiable
  static double logSumExp(double[] z) {
    double max = z[0];
    for (int i = 1; i < z.length; i++) {
      if (z[i] > max) {
        max = z[i];
      }
    }
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      s += Math.exp(z[i] - max);
    }
    return max + Math.log(s);
  }

  @Differentiable
  static double product(double[] x) {
    double p = 1;
    for (int i = 0; i < x.length; i++) {
      p *= x[i];
    }
    return p;
  }

  /** exp(mean(log x)) for positive entries. */
  @Differentiable
  static double geometricMean(double[] x) {
    double logs = 0;
    for (double v : x) {
      logs += Math.log(v);
    }
    return Math.exp(logs / x.length);
  }

  /** Two passes: the mean, then the squared deviations from it. */
  @Differentiable
  static double variance(double[] x) {
    int n = x.length;
    double mu = 0;
    for (int i = 0; i < n; i++) {
      mu += x[i];
    }
    mu /= n;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = x[i] - mu;
      ss += d * d;
    }
    return ss / n;
  }

  @Differentiable
  static double cosineSimilarity(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  /** A sum written as a while loop with a hand-managed index. */
  @Differentiable
  static double sumWhile(double[] x) {
    double s = 0;
    int i = 0;
    while (i < x.length) {
      s += Math.sin(x[i]) * x[i];
      i++;
    }
    return s;
  }

  /** (sum |x_i|^p)^(1/p), differentiable in the exponent too. */
  @Differentiable
  static double pNorm(double[] x, double p) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.pow(Math.abs(x[i]), p);
    }
    return Math.pow(s, 1 / p);
  }

  /** An attention-like weighted mean: sum softmax(z)_i v_i, with the exponentials kept in a local array. */
  @Differentiable
  static double softmaxWeightedMean(double[] z, double[] v) {
    int n = z.length;
    double[] e = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      e[i] = Math.exp(z[i]);
      total += e[i];
    }
    double out = 0;
    for (int i = 0; i < n; i++) {
      out += e[i] / total * v[i];
    }
    return out;
  }

  /** The product of the leading positive entries: a while loop whose condition reads the array. */
  @Differentiable
  static double positivePrefixProduct(double[] x) {
    double p = 1;
    int i = 0;
    while (i < x.length && x[i] > 0) {
      p *= x[i];
      i++;
    }
    return p + i;
  }

  /** A do/while over the entries, with the loop test after the body. */
  @Differentiable
  static double doWhileSum(double[] x) {
    double s = 0;
    int i = 0;
    do {
      s += Math.exp(-x[i] * x[i]);
      i += 1;
    } while (i < x.length);
    return s;
  }

  /** sum w_i x_i^2 with the weights as data (the caller may pass one array for both). */
  @Differentiable
  static double weightedSquares(double[] x, @NoDerivative double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * x[i] * x[i];
    }
    return s;
  }
}
