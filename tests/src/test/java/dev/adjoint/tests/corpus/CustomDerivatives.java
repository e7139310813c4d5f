package dev.adjoint.tests.corpus;

import dev.adjoint.DerivativeOf;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * Functions whose derivatives the user supplies with {@code @DerivativeOf} (forward mode only, reverse
 * mode only, or both; scalar and {@code double[]} parameters; {@code double[]} results), and
 * {@code @Differentiable} callers of them. The special functions here are the kind Adjoint is not meant
 * to see through: log-gamma by the Lanczos approximation (a loop over a table, behind a helper) and
 * digamma by its recurrence and asymptotic series.
 */
public final class CustomDerivatives {
  private CustomDerivatives() {}

  // ---------------------------------------------------------------- special functions (plain Java)

  /** Lanczos approximation with g = 7 and nine terms: Γ(z+1) = √(2π) t^(z+½) e^(-t) A(z), t = z + 7.5. */
  private static final double LANCZOS_G = 7.0;

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7};

  /** The series {@code A(z) = c0 + Σ c_k / (z + k)} of the Lanczos approximation. */
  static double lanczosSum(double z) {
    double a = LANCZOS[0];
    for (int k = 1; k < LANCZOS.length; k++) {
      a += LANCZOS[k] / (z + k);
    }
    return a;
  }

  /** {@code ψ(x)} for {@code x > 0}: shift up with ψ(x) = ψ(x+1) - 1/x, then the asymptotic series. */
  static double psi(double x) {
    double shift = 0.0;
    while (x < 10.0) {
      shift -= 1.0 / x;
      x += 1.0;
    }
    double f = 1.0 / (x * x);
    double tail = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
    return shift + Math.log(x) - 0.5 / x - tail;
  }

  /** {@code ψ'(x)} for {@code x > 0}: ψ'(x) = ψ'(x+1) + 1/x², then the asymptotic series. */
  static double psi1(double x) {
    double shift = 0.0;
    while (x < 10.0) {
      shift += 1.0 / (x * x);
      x += 1.0;
    }
    double r = 1.0 / x;
    double f = r * r;
    double tail = r + f / 2 + r * f * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30 - f * 5.0 / 66))));
    return shift + tail;
  }

  // ---------------------------------------------------------------- scalar primals

  /** {@code log Γ(x)}, {@code x > 0} (reflection below ½). Forward mode only: ψ(x) ẋ. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1.0 - x);
    }
    double z = x - 1.0;
    double t = z + LANCZOS_G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(z));
  }

  @DerivativeOf("logGamma")
  static double logGammaJvp(double x, double xDot) {
    return psi(x) * xDot;
  }

  /** {@code ψ(x)}. Reverse mode only: adds ψ'(x) seed. */
  static double digamma(double x) {
    return psi(x);
  }

  @DerivativeOf("digamma")
  static double digammaVjp(double x, double seed, double[] xBar) {
    xBar[0] += seed * psi1(x);
    return psi(x);
  }

  /** {@code limit · tanh(x / limit)}. Both modes. */
  static double softClip(double x, double limit) {
    return limit * Math.tanh(x / limit);
  }

  @DerivativeOf("softClip")
  static double softClipJvp(double x, double xDot, double limit, double limitDot) {
    double t = Math.tanh(x / limit);
    double s = 1.0 - t * t;
    return s * xDot + (t - s * x / limit) * limitDot;
  }

  @DerivativeOf("softClip")
  static double softClipVjp(double x, double limit, double seed, double[] xBar, double[] limitBar) {
    double t = Math.tanh(x / limit);
    double s = 1.0 - t * t;
    xBar[0] += seed * s;
    limitBar[0] += seed * (t - s * x / limit);
    return limit * Math.tanh(x / limit);
  }

  /** The Huber loss of a residual, with a threshold that is not differentiated. Forward mode only. */
  static double huberLoss(double r, @NoDerivative double delta) {
    double a = Math.abs(r);
    return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
  }

  @DerivativeOf("huberLoss")
  static double huberLossJvp(double r, double rDot, double delta) {
    return Math.max(-delta, Math.min(delta, r)) * rDot;
  }

  // ---------------------------------------------------------------- double[] parameters

  /** {@code log B(a) = Σ log Γ(a_i) - log Γ(Σ a_i)}. Forward mode only. */
  static double logBeta(double[] a) {
    double total = 0.0;
    double s = 0.0;
    for (double v : a) {
      s += logGamma(v);
      total += v;
    }
    return s - logGamma(total);
  }

  @DerivativeOf("logBeta")
  static double logBetaJvp(double[] a, double[] aDot) {
    double total = 0.0;
    for (double v : a) {
      total += v;
    }
    double common = psi(total);
    double d = 0.0;
    for (int i = 0; i < a.length; i++) {
      d += (psi(a[i]) - common) * aDot[i];
    }
    return d;
  }

  /** The Euclidean norm, scaled by the largest entry against overflow. Reverse mode only. */
  static double stableNorm(double[] x) {
    double m = 0.0;
    for (double v : x) {
      m = Math.max(m, Math.abs(v));
    }
    if (m == 0.0) {
      return 0.0;
    }
    double s = 0.0;
    for (double v : x) {
      s += (v / m) * (v / m);
    }
    return m * Math.sqrt(s);
  }

  @DerivativeOf("stableNorm")
  static double stableNormVjp(double[] x, double seed, double[] xBar) {
    double n = stableNorm(x);
    for (int i = 0; i < x.length; i++) {
      xBar[i] += seed * x[i] / n;
    }
    return n;
  }

  /** The smooth maximum {@code t log Σ exp(z_i / t)}, of an array and a temperature. Both modes. */
  static double smoothMax(double[] z, double t) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      m = Math.max(m, v);
    }
    double s = 0.0;
    for (double v : z) {
      s += Math.exp((v - m) / t);
    }
    return m + t * Math.log(s);
  }

  @DerivativeOf("smoothMax")
  static double smoothMaxJvp(double[] z, double[] zDot, double t, double tDot) {
    double f = smoothMax(z, t);
    double d = 0.0;
    double mean = 0.0;
    for (int i = 0; i < z.length; i++) {
      double p = Math.exp((z[i] - f) / t);
      d += p * zDot[i];
      mean += p * z[i];
    }
    return d + (f - mean) / t * tDot;
  }

  @DerivativeOf("smoothMax")
  static double smoothMaxVjp(double[] z, double t, double seed, double[] zBar, double[] tBar) {
    double f = smoothMax(z, t);
    double mean = 0.0;
    for (int i = 0; i < z.length; i++) {
      double p = Math.exp((z[i] - f) / t);
      zBar[i] += seed * p;
      mean += p * z[i];
    }
    tBar[0] += seed * (f - mean) / t;
    return f;
  }

  // ---------------------------------------------------------------- double[] results

  /** The softmax of {@code z}. Reverse mode only. */
  static double[] softmax(double[] z) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      m = Math.max(m, v);
    }
    double[] p = new double[z.length];
    double s = 0.0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - m);
      s += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= s;
    }
    return p;
  }

  @DerivativeOf("softmax")
  static double[] softmaxVjp(double[] z, double[] seed, double[] zBar) {
    double[] p = softmax(z);
    double mean = 0.0;
    for (int i = 0; i < p.length; i++) {
      mean += seed[i] * p[i];
    }
    for (int i = 0; i < p.length; i++) {
      zBar[i] += p[i] * (seed[i] - mean);
    }
    return p;
  }

  /** {@code x / |x|}. Forward mode only. */
  static double[] normalize(double[] x) {
    double n = stableNorm(x);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] / n;
    }
    return y;
  }

  @DerivativeOf("normalize")
  static double[] normalizeJvp(double[] x, double[] xDot) {
    double[] y = normalize(x);
    double n = stableNorm(x);
    double along = 0.0;
    for (int i = 0; i < x.length; i++) {
      along += y[i] * xDot[i];
    }
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = (xDot[i] - y[i] * along) / n;
    }
    return d;
  }

  /** The logistic function entry by entry. Both modes. */
  static double[] sigmoidAll(double[] z) {
    double[] y = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      y[i] = 1.0 / (1.0 + Math.exp(-z[i]));
    }
    return y;
  }

  @DerivativeOf("sigmoidAll")
  static double[] sigmoidAllJvp(double[] z, double[] zDot) {
    double[] y = sigmoidAll(z);
    double[] d = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      d[i] = y[i] * (1.0 - y[i]) * zDot[i];
    }
    return d;
  }

  @DerivativeOf("sigmoidAll")
  static double[] sigmoidAllVjp(double[] z, double[] seed, double[] zBar) {
    double[] y = sigmoidAll(z);
    for (int i = 0; i < z.length; i++) {
      zBar[i] += seed[i] * y[i] * (1.0 - y[i]);
    }
    return y;
  }

  // ---------------------------------------------------------------- @Differentiable callers

  /** {@code log C(n, k)} through log-gamma (forward-mode-only callee, three calls). */
  @Differentiable
  static double logBinomial(double n, double k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /** The log-density of a Dirichlet distribution at a point {@code x} of the simplex (not differentiated). */
  @Differentiable
  static double dirichletLogDensity(double[] alpha, @NoDerivative double[] x) {
    double total = 0.0;
    double s = 0.0;
    for (int i = 0; i < alpha.length; i++) {
      total += alpha[i];
      s += (alpha[i] - 1.0) * Math.log(x[i]) - logGamma(alpha[i]);
    }
    return s + logGamma(total);
  }

  /** A reverse-mode-only callee called from forward mode too. */
  @Differentiable
  static double digammaMoments(double x, double y) {
    double d = digamma(x * y + 1.0);
    return digamma(x) * y + d * d;
  }

  @Differentiable
  static double clippedSum(double[] x, double limit) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += softClip(x[i], limit) * x[i];
    }
    return s;
  }

  @Differentiable
  static double huberSum(double[] r, @NoDerivative double delta) {
    double s = 0.0;
    for (int i = 0; i < r.length; i++) {
      s += huberLoss(r[i], delta) * (i + 1);
    }
    return s;
  }

  /** Array-parameter callees on a parameter and on a local array built from it. */
  @Differentiable
  static double normsAndBeta(double[] x, double[] y) {
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = x[i] * x[i] + 0.5;
    }
    return stableNorm(x) / stableNorm(y) + logBeta(p);
  }

  @Differentiable
  static double smoothMaxGap(double[] z, double t) {
    double[] q = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      q[i] = -0.5 * z[i];
    }
    return smoothMax(z, t) * smoothMax(q, t);
  }

  /** The entropy of softmax(z): a reverse-mode-only callee with a {@code double[]} result. */
  @Differentiable
  static double softmaxEntropy(double[] z) {
    double[] p = softmax(z);
    double h = 0.0;
    for (int i = 0; i < p.length; i++) {
      h -= p[i] * Math.log(p[i]);
    }
    return h;
  }

  @Differentiable
  static double normalizedDot(double[] x, double[] w) {
    double[] y = normalize(x);
    double s = 0.0;
    for (int i = 0; i < y.length; i++) {
      s += y[i] * w[i];
    }
    return s;
  }

  /** A {@code double[]} result built from a {@code double[]}-result callee with both modes. */
  @Differentiable
  static double[] gatedLayer(double[] z) {
    double[] s = sigmoidAll(z);
    double[] y = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      y[i] = s[i] * z[i];
    }
    return y;
  }

  /** {@code Σ a_i b_i²}, two array parameters. Reverse mode only. */
  static double bilinear(double[] a, double[] b) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i] * b[i];
    }
    return s;
  }

  @DerivativeOf("bilinear")
  static double bilinearVjp(double[] a, double[] b, double seed, double[] aBar, double[] bBar) {
    for (int i = 0; i < a.length; i++) {
      aBar[i] += seed * b[i] * b[i];
      bBar[i] += seed * 2.0 * a[i] * b[i];
    }
    return bilinear(a, b);
  }

  /** {@code s · tanh(x)} entry by entry: a {@code double[]} result of an array and a scalar. Forward mode only. */
  static double[] scaledTanh(double[] x, double s) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = s * Math.tanh(x[i]);
    }
    return y;
  }

  @DerivativeOf("scaledTanh")
  static double[] scaledTanhJvp(double[] x, double[] xDot, double s, double sDot) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double t = Math.tanh(x[i]);
      d[i] = s * (1.0 - t * t) * xDot[i] + t * sDot;
    }
    return d;
  }

  /** {@code x^n} with an int parameter in the derivative's signature too. Forward mode only. */
  static double integerPower(double x, int n) {
    return Math.pow(x, n);
  }

  @DerivativeOf("integerPower")
  static double integerPowerJvp(double x, double xDot, int n) {
    return n == 0 ? 0.0 : n * Math.pow(x, n - 1) * xDot;
  }

  /** Calls with int arguments computed in a loop. */
  @Differentiable
  static double powerSum(double x, int n) {
    double s = 0.0;
    for (int k = 0; k <= n; k++) {
      s += integerPower(x, k) / (k + 1);
    }
    return s;
  }

  /** Callers of the two-array reverse-only callee and of the forward-only array-result callee. */
  @Differentiable
  static double bilinearAndTanh(double[] x, double[] y, double s) {
    double[] t = scaledTanh(x, s);
    double total = bilinear(x, y) + bilinear(t, t);
    for (int i = 0; i < t.length; i++) {
      total += t[i] * y[i];
    }
    return total;
  }
}
