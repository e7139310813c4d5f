package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Powers, roots and fused multiply-add. */
public final class PowersRoots {
  private PowersRoots() {}

  @Differentiable
  static double norm3(double x, double y, double z) {
    return Math.sqrt(x * x + y * y + z * z);
  }

  /** x^p for a positive base and a real exponent, both differentiated. */
  @Differentiable
  static double realPower(double x, double p) {
    return Math.pow(x, p);
  }

  /** x^n for an integer exponent and a base of either sign. */
  @Differentiable
  static double integerPower(double x, int n) {
    return Math.pow(x, n);
  }

  /** A constant base and a constant exponent: 2^x + x^2.0 (x may be negative). */
  @Differentiable
  static double constantBaseAndExponent(double x) {
    return Math.pow(2.0, x) + Math.pow(x, 2.0);
  }

  @Differentiable
  static double cubeRoots(double x) {
    return Math.cbrt(x * x + 1) - Math.cbrt(x);
  }

  @Differentiable
  static double inverseSqrt(double x, double y) {
    return 1.0 / Math.sqrt(x * x + y * y + 1);
  }

  /** 2x^2 - x + 0.5 with two fused multiply-adds, and a three-way fma of variables. */
  @Differentiable
  static double fusedPolynomial(double x, double y) {
    double p = Math.fma(Math.fma(2.0, x, -1.0), x, 0.5);
    return p + Math.fma(x, y, y * y);
  }
}
