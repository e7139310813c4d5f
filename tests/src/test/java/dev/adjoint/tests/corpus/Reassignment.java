package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Locals and parameters overwritten, and every compound assignment, including a variable on both sides. */
public final class Reassignment {
  private Reassignment() {}

  @Differentiable
  static double accumulate(double x, double y) {
    double s = 0;
    s += x * x;
    s += 2 * x * y;
    s -= y;
    s *= 0.5;
    s /= 1 + y * y;
    return s;
  }

  /** Parameters reassigned, each new value reading the old one. */
  @Differentiable
  static double reassignParams(double x, double y) {
    x = x * 2 + 1;
    y = y - x;
    x = Math.sin(x) * y;
    return x + y;
  }

  @Differentiable
  static double reuseTemp(double x) {
    double t = x;
    t = t * t;
    t = t * t + x;
    t = Math.exp(-t / 10);
    return t;
  }

  @Differentiable
  static double runningProduct(double a, double b, double c) {
    double p = a;
    p *= b;
    p *= c;
    p /= a + 3;
    p -= b * c;
    p += 1;
    return p;
  }

  /** x *= x, x += x: the variable is read and written in the same statement. */
  @Differentiable
  static double selfUpdate(double x) {
    x *= x;
    x += x;
    x -= 0.5 * x * x;
    x /= 3;
    return x;
  }

  /** Swaps through a temporary. */
  @Differentiable
  static double swap(double x, double y) {
    double t = x;
    x = y;
    y = t * y;
    return x * 3 + y;
  }
}
