package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Exponentials and logarithms from statistics, finance and chemistry. */
public final class ExpLog {
  private ExpLog() {}

  @Differentiable
  static double softplus(double x) {
    return Math.log1p(Math.exp(x));
  }

  /** Normal density with mean {@code mu} and standard deviation {@code sigma}. */
  @Differentiable
  static double gaussianPdf(double x, double mu, double sigma) {
    double z = (x - mu) / sigma;
    return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
  }

  /** log(e^a + e^b) without overflow. */
  @Differentiable
  static double logSumExp2(double a, double b) {
    double m = a > b ? a : b;
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /** Binary entropy in nats. */
  @Differentiable
  static double binaryEntropy(double p) {
    return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
  }

  @Differentiable
  static double logRatios(double x, double y) {
    return Math.log10(x / y) + Math.expm1(-x * y);
  }

  /** Value of {@code principal} after {@code years} at annual rate {@code rate}, compounded yearly. */
  @Differentiable
  static double compoundInterest(double principal, double rate, double years) {
    return principal * Math.exp(years * Math.log1p(rate));
  }

  /** The Arrhenius rate constant. */
  @Differentiable
  static double arrhenius(double prefactor, double activation, double temperature) {
    double rt = 8.314 * temperature;
    return prefactor * Math.exp(-activation / rt);
  }
}
