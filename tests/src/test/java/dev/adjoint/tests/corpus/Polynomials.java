package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Polynomials written the usual ways: Horner, expanded, with shared powers, classic test functions. */
public final class Polynomials {
  private Polynomials() {}

  /** 2x^4 - 3x^3 + 0.5x^2 - x + 4 by Horner's rule. */
  @Differentiable
  static double horner4(double x) {
    return (((2.0 * x - 3.0) * x + 0.5) * x - 1.0) * x + 4.0;
  }

  /** A general quadratic in two variables. */
  @Differentiable
  static double quadratic2(double x, double y) {
    return 3 * x * x - 2 * x * y + y * y - x + 4 * y - 1;
  }

  /** The Chebyshev polynomial T4, reusing x^2. */
  @Differentiable
  static double chebyshevT4(double x) {
    double x2 = x * x;
    return 8 * x2 * x2 - 8 * x2 + 1;
  }

  /** A cubic in three variables. */
  @Differentiable
  static double trivariate(double x, double y, double z) {
    return x * y * z + x * x * z - y * z * z / 3 + 2 * x;
  }

  /** Rosenbrock's banana function. */
  @Differentiable
  static double rosenbrock(double x, double y) {
    double a = 1 - x;
    double b = y - x * x;
    return a * a + 100 * b * b;
  }

  /** The Legendre polynomial P3. */
  @Differentiable
  static double legendreP3(double x) {
    return 0.5 * (5 * x * x * x - 3 * x);
  }
}
