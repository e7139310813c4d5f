package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;

/**
 * Parametric model functions in the shape curve-fitting libraries give them: a nested class per
 * model with {@code value(t, p)} and its hand-coded {@code gradient(t, p)} with respect to the
 * parameters, and a dispatcher selecting the model by an int code.
 */
public final class ParametricModels {
  private ParametricModels() {}

  public static final int GAUSSIAN = 0;
  public static final int EXPONENTIAL_DECAY = 1;
  public static final int MICHAELIS_MENTEN = 2;
  public static final int HARMONIC = 3;

  /** Any model by its code. */
  @Differentiable
  public static double model(int code, double t, double[] p) {
    return switch (code) {
      case GAUSSIAN -> Gaussian.value(t, p);
      case EXPONENTIAL_DECAY -> ExponentialDecay.value(t, p);
      case MICHAELIS_MENTEN -> MichaelisMenten.value(t, p);
      case HARMONIC -> HarmonicOscillator.value(t, p);
      default -> throw new IllegalArgumentException("unknown model " + code);
    };
  }

  /** {@code norm · exp(-(t - mean)² / (2 σ²))}, p = {norm, mean, σ}. */
  public static final class Gaussian {
    private Gaussian() {}

    @Differentiable
    public static double value(double t, double[] p) {
      if (p.length != 3) {
        throw new IllegalArgumentException("expected 3 parameters, got " + p.length);
      }
      if (p[2] <= 0.0) {
        throw new IllegalArgumentException("sigma must be positive: " + p[2]);
      }
      double diff = t - p[1];
      double i2s2 = 1.0 / (2.0 * p[2] * p[2]);
      return p[0] * Math.exp(-diff * diff * i2s2);
    }

    /** ∂/∂(norm, mean, σ), as a vector literal: differentiated in turn, its Jacobian is a Hessian. */
    @Differentiable
    public static double[] gradient(double t, double[] p) {
      double norm = p[0];
      double diff = t - p[1];
      double sigma = p[2];
      double i2s2 = 1.0 / (2.0 * sigma * sigma);
      double n = Math.exp(-diff * diff * i2s2);
      double m = norm * n * 2.0 * i2s2 * diff;
      return new double[] {n, m, m * diff / sigma};
    }
  }

  /** {@code a · exp(-k t) + c}, p = {a, k, c}. */
  public static final class ExponentialDecay {
    private ExponentialDecay() {}

    @Differentiable
    public static double value(double t, double[] p) {
      return p[0] * Math.exp(-p[1] * t) + p[2];
    }

    public static double[] gradient(double t, double[] p) {
      double e = Math.exp(-p[1] * t);
      return new double[] {e, -p[0] * t * e, 1.0};
    }
  }

  /** The generalised logistic {@code a + (k - a) / (1 + q exp(b (m - t)))^(1/n)}, p = {k, m, b, q, a, n}. */
  public static final class Logistic {
    private Logistic() {}

    @Differentiable
    public static double value(double t, double[] p) {
      double k = p[0];
      double a = p[4];
      double n = p[5];
      if (n <= 0.0) {
        throw new IllegalArgumentException("n must be positive");
      }
      return a + (k - a) / Math.pow(1.0 + p[3] * exp(p[2] * (p[1] - t)), 1.0 / n);
    }

    /** A helper, as such classes have (package-private: see the companion check on recompilation). */
    @Differentiable
    static double exp(double x) {
      return Math.exp(x);
    }

    public static double[] gradient(double t, double[] p) {
      double k = p[0];
      double m = p[1];
      double b = p[2];
      double q = p[3];
      double a = p[4];
      double n = p[5];
      double e = Math.exp(b * (m - t));
      double base = 1.0 + q * e;
      double f = Math.pow(base, -1.0 / n);
      double common = (k - a) * f / (n * base);
      return new double[] {
        f, -common * q * e * b, -common * q * e * (m - t), -common * e, 1.0 - f,
        (k - a) * f * Math.log(base) / (n * n)};
    }
  }

  /** {@code vmax · s / (km + s)}, p = {vmax, km}. */
  public static final class MichaelisMenten {
    private MichaelisMenten() {}

    @Differentiable
    public static double value(double s, double[] p) {
      return p[0] * s / (p[1] + s);
    }

    public static double[] gradient(double s, double[] p) {
      double d = p[1] + s;
      return new double[] {s / d, -p[0] * s / (d * d)};
    }
  }

  /** {@code a · cos(ω t + φ)}, p = {a, ω, φ}. */
  public static final class HarmonicOscillator {
    private HarmonicOscillator() {}

    @Differentiable
    public static double value(double t, double[] p) {
      return p[0] * Math.cos(p[1] * t + p[2]);
    }

    public static double[] gradient(double t, double[] p) {
      double alpha = p[1] * t + p[2];
      double amplitude = p[0];
      double s = -amplitude * Math.sin(alpha);
      return new double[] {Math.cos(alpha), s * t, s};
    }
  }

  /** Hill's equation {@code vmax · t^n / (k^n + t^n)}, p = {vmax, k, n}, t > 0. */
  public static final class Hill {
    private Hill() {}

    @Differentiable
    public static double value(double t, double[] p) {
      if (t <= 0.0) {
        throw new IllegalArgumentException("t must be positive");
      }
      double tn = Math.pow(t, p[2]);
      double kn = Math.pow(p[1], p[2]);
      return p[0] * tn / (kn + tn);
    }

    public static double[] gradient(double t, double[] p) {
      double tn = Math.pow(t, p[2]);
      double kn = Math.pow(p[1], p[2]);
      double d = kn + tn;
      return new double[] {
        tn / d,
        -p[0] * tn * p[2] * kn / (p[1] * d * d),
        p[0] * tn * kn * (Math.log(t) - Math.log(p[1])) / (d * d)};
    }
  }
}
