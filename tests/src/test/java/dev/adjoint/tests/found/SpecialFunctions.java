package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;
import org.hipparchus.util.FastMath;

/**
 * Special functions as numerical libraries write them: argument checks first, a branch per range
 * of the argument, coefficient tables in private constants. {@link #digamma} and the closed-form
 * derivatives are coded by hand beside them, as oracles (no derivative generated).
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  /** {@code B_2k / (2k (2k - 1))}, k = 1..7: Stirling's series for log Γ. */
  private static final double[] STIRLING = {
    1.0 / 12.0, -1.0 / 360.0, 1.0 / 1260.0, -1.0 / 1680.0, 1.0 / 1188.0, -691.0 / 360360.0, 1.0 / 156.0
  };
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  /** Lanczos' coefficients for g = 7, nine terms. */
  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double LANCZOS_G = 7.0;
  private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT2 = Math.sqrt(2.0);
  /** Abramowitz and Stegun 9.8.1: I0 for |x| <= 3.75, in powers of (x / 3.75)². */
  private static final double[] I0_SMALL = {
    1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813
  };
  /** Abramowitz and Stegun 9.8.2: sqrt(x) exp(-x) I0(x) for x >= 3.75, in powers of 3.75 / x. */
  private static final double[] I0_LARGE = {
    0.39894228, 0.01328592, 0.00225319, -0.00157565, 0.00916281,
    -0.02057706, 0.02635537, -0.01647633, 0.00392377
  };
  private static final double EPSILON = 1.0e-16;
  private static final double TINY = 1.0e-300;
  private static final int MAX_ITERATIONS = 500;

  /** log Γ(x) for x > 0: shifted up to 10 by the recurrence, then Stirling's series. */
  @Differentiable
  public static double logGamma(double x) {
    if (!(x > 0.0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    double shift = 0.0;
    double z = x;
    while (z < 10.0) {
      shift += Math.log(z);
      z += 1.0;
    }
    double inv = 1.0 / z;
    double inv2 = inv * inv;
    double series = 0.0;
    for (int k = STIRLING.length - 1; k >= 0; k--) {
      series = series * inv2 + STIRLING[k];
    }
    return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inv - shift;
  }

  /** log |Γ(x)| by Lanczos' approximation, reflected for x < 0.5; poles at 0, -1, -2... throw. */
  @Differentiable
  public static double lanczosLogGamma(double x) {
    if (x <= 0.0 && Math.floor(x) == x) {
      throw new ArithmeticException("Gamma has a pole at " + x);
    }
    if (x < 0.5) {
      // Γ(x) Γ(1 - x) = π / sin(πx)
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lanczosLogGamma(1.0 - x);
    }
    double z = x - 1.0;
    double a = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    double t = z + LANCZOS_G + 0.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** log B(a, b) through {@link #logGamma}. */
  @Differentiable
  public static double logBeta(double a, double b) {
    if (a <= 0.0 || b <= 0.0) {
      throw new IllegalArgumentException("logBeta needs a, b > 0");
    }
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /** erf(x): Maclaurin series for |x| < 2, else from {@link #erfc}. */
  @Differentiable
  public static double erf(double x) {
    if (Math.abs(x) >= 2.0) {
      return x > 0 ? 1.0 - erfc(x) : erfc(-x) - 1.0;
    }
    double x2 = x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 60; n++) {
      term *= -x2 / n;
      double add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return TWO_OVER_SQRT_PI * sum;
  }

  /** erfc(x): 1 - erf(x) below 2, Laplace's continued fraction (80 levels, evaluated backwards) above. */
  @Differentiable
  public static double erfc(double x) {
    if (x < 2.0) {
      return 1.0 - erf(x);
    }
    double f = x;
    for (int k = 80; k >= 1; k--) {
      f = x + (k / 2.0) / f;
    }
    return Math.exp(-x * x) / (f * SQRT_PI);
  }

  /** Φ(x), the standard normal distribution function. */
  @Differentiable
  public static double normalCdf(double x) {
    return 0.5 * erfc(-x / SQRT2);
  }

  /** log of the normal density, with a check on the scale. */
  @Differentiable
  public static double normalLogDensity(double x, double mean, double sd) {
    if (sd <= 0.0) {
      throw new IllegalArgumentException("standard deviation must be positive: " + sd);
    }
    double z = (x - mean) / sd;
    return -0.5 * z * z - Math.log(sd) - HALF_LOG_TWO_PI;
  }

  /** log(1 + x), accurate near 0 by Goldberg's correction. */
  @Differentiable
  public static double log1p(double x) {
    if (x <= -1.0) {
      throw new IllegalArgumentException("log1p needs x > -1, got " + x);
    }
    double u = 1.0 + x;
    if (u == 1.0) {
      return x;
    }
    return FastMath.log(u) * x / (u - 1.0);
  }

  /** exp(x) - 1, accurate near 0 by Kahan's correction. */
  @Differentiable
  public static double expm1(double x) {
    double u = FastMath.exp(x);
    if (u == 1.0) {
      return x;
    }
    double um1 = u - 1.0;
    if (um1 == -1.0) {
      return -1.0;
    }
    return um1 * x / FastMath.log(u);
  }

  /** I0(x) by the polynomial approximations of Abramowitz and Stegun 9.8.1 and 9.8.2. */
  @Differentiable
  public static double besselI0(double x) {
    double ax = Math.abs(x);
    if (ax <= 3.75) {
      double t = x / 3.75;
      t *= t;
      double p = I0_SMALL[I0_SMALL.length - 1];
      for (int k = I0_SMALL.length - 2; k >= 0; k--) {
        p = p * t + I0_SMALL[k];
      }
      return p;
    }
    double t = 3.75 / ax;
    double p = 0.0;
    for (int k = I0_LARGE.length - 1; k >= 0; k--) {
      p = p * t + I0_LARGE[k];
    }
    return FastMath.exp(ax) / FastMath.sqrt(ax) * p;
  }

  /** log σ(x), without overflow on either side. */
  @Differentiable
  public static double logSigmoid(double x) {
    if (x >= 0.0) {
      return -FastMath.log1p(FastMath.exp(-x));
    }
    return x - FastMath.log1p(FastMath.exp(x));
  }

  /** softplus with the thresholds of ML libraries: linear above 20, exponential below -20. */
  @Differentiable
  public static double softplus(double x) {
    if (x > 20.0) {
      return x;
    } else if (x < -20.0) {
      return FastMath.exp(x);
    }
    return FastMath.log1p(FastMath.exp(x));
  }

  /** log cosh(x) = |x| + log1p(exp(-2|x|)) - log 2, without overflow. */
  @Differentiable
  public static double logCosh(double x) {
    double a = Math.abs(x);
    return a + Math.log1p(Math.exp(-2.0 * a)) - Math.log(2.0);
  }

  /** sin(x) / x, by its Taylor polynomial near 0. */
  @Differentiable
  public static double sinc(double x) {
    if (FastMath.abs(x) < 1e-3) {
      double x2 = x * x;
      return 1.0 - x2 / 6.0 * (1.0 - x2 / 20.0);
    }
    return FastMath.sin(x) / x;
  }

  /**
   * The regularised lower incomplete gamma function P(a, x): its series for x < a + 1, else 1 minus
   * the continued fraction of Q by the modified Lentz method.
   */
  @Differentiable
  public static double regularizedGammaP(double a, double x) {
    if (a <= 0.0) {
      throw new IllegalArgumentException("a must be positive: " + a);
    }
    if (x < 0.0) {
      throw new IllegalArgumentException("x must not be negative: " + x);
    }
    if (x == 0.0) {
      return 0.0;
    }
    double logPrefix = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1.0) {
      double ap = a;
      double del = 1.0 / a;
      double sum = del;
      for (int n = 1; n <= MAX_ITERATIONS; n++) {
        ap += 1.0;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * EPSILON) {
          break;
        }
      }
      return sum * Math.exp(logPrefix);
    }
    double b = x + 1.0 - a;
    double c = 1.0 / TINY;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2.0;
      d = an * d + b;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = b + an / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1.0 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1.0) < EPSILON) {
        break;
      }
    }
    return 1.0 - Math.exp(logPrefix) * h;
  }

  // ---- hand-coded derivatives, the oracles ----

  /** ψ(x): reflected below 0, shifted up to 6 by the recurrence, then the asymptotic series. */
  public static double digamma(double x) {
    if (x <= 0.0 && Math.floor(x) == x) {
      throw new ArithmeticException("digamma has a pole at " + x);
    }
    if (x < 0.5) {
      return digamma(1.0 - x) - Math.PI / Math.tan(Math.PI * x);
    }
    double result = 0.0;
    while (x < 6.0) {
      result -= 1.0 / x;
      x += 1.0;
    }
    double inv2 = 1.0 / (x * x);
    // ln x - 1/(2x) - Σ B_2k / (2k x^2k)
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
        - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
    return result + Math.log(x) - 0.5 / x - series;
  }

  /** d/dx erf(x) = 2/√π exp(-x²). */
  public static double erfDerivative(double x) {
    return 2.0 / Math.sqrt(Math.PI) * Math.exp(-x * x);
  }

  /** ∂P(a, x)/∂x = x^(a-1) exp(-x) / Γ(a). */
  public static double regularizedGammaPDerivativeX(double a, double x) {
    return Math.exp((a - 1.0) * Math.log(x) - x - logGamma(a));
  }
}
