package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Piecewise functions written with if/else statements and the conditional operator. */
public final class Branches {
  private Branches() {}

  /** The Huber loss of residual {@code r}: quadratic near zero, linear beyond {@code delta}. */
  @Differentiable
  static double huber(double r, double delta) {
    double a = Math.abs(r);
    double loss;
    if (a <= delta) {
      loss = 0.5 * r * r;
    } else {
      loss = delta * (a - 0.5 * delta);
    }
    return loss;
  }

  @Differentiable
  static double clamp(double x, double lo, double hi) {
    return x < lo ? lo : (x > hi ? hi : x);
  }

  /** Hermite smoothstep between the edges {@code e0 < e1}. */
  @Differentiable
  static double smoothstep(double e0, double e1, double x) {
    double t = (x - e0) / (e1 - e0);
    if (t < 0) {
      t = 0;
    } else if (t > 1) {
      t = 1;
    }
    return t * t * (3 - 2 * t);
  }

  /** Three polynomial pieces (not continuous: a program, not a spline). */
  @Differentiable
  static double piecewiseCubic(double x) {
    double y;
    if (x < -1) {
      y = -x * x + 2;
    } else if (x < 1) {
      y = x * x * x;
    } else {
      y = 3 * x - 2 + 0.25 * (x - 1) * (x - 1);
    }
    return y;
  }

  @Differentiable
  static double signedLog(double x) {
    return x >= 0 ? Math.log1p(x) : -Math.log1p(-x);
  }

  /** Chooses a formula from a compound condition on both inputs. */
  @Differentiable
  static double quadrantRule(double x, double y) {
    return (x > 0 && y > 0) || !(x * y > -1) ? x * y : x + 2 * y;
  }

  /** Nested ifs, an if without else, and an unbraced branch. */
  @Differentiable
  static double nestedIf(double x, double y) {
    double z = x - y;
    if (x > y) {
      if (x > 0) {
        z = z * x;
      } else {
        z = z * z;
      }
    } else {
      z = Math.sin(z) + y;
    }
    if (z > 3) z = 3 + Math.log(z - 2);
    return z;
  }
}
