package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** The catalogue's functions of one variable (the worked-examples catalogue section 1), one method per worked example. */
public final class SeedOneVariable {
  private SeedOneVariable() {}

  /** S00-poly-5x3-2x+7. */
  @Differentiable
  public static double poly(double x) {
    return 5 * x * x * x - 2 * x + 7;
  }

  /** S02-limit-x2-1-over-x-1: (x^2 - 1)/(x - 1), differentiated as written. */
  @Differentiable
  public static double limitQuotient(double x) {
    return (x * x - 1) / (x - 1);
  }

  /** S02-diffquot-x2-at-3. */
  @Differentiable
  public static double square(double x) {
    return x * x;
  }

  /** S02-elementary-derivatives: x^3. */
  @Differentiable
  public static double cube(double x) {
    return Math.pow(x, 3);
  }

  /** S02-elementary-derivatives: exp. */
  @Differentiable
  public static double exponential(double x) {
    return Math.exp(x);
  }

  /** S02-elementary-derivatives: log. */
  @Differentiable
  public static double naturalLog(double x) {
    return Math.log(x);
  }

  /** S02-elementary-derivatives: sin. */
  @Differentiable
  public static double sine(double x) {
    return Math.sin(x);
  }

  /** S02-elementary-derivatives: cos. */
  @Differentiable
  public static double cosine(double x) {
    return Math.cos(x);
  }

  /** S02-chain-3x+1 written as u*u. */
  @Differentiable
  public static double chainSquare(double x) {
    double u = 3 * x + 1;
    return u * u;
  }

  /** S02-chain-3x+1 written with Math.pow. */
  @Differentiable
  public static double chainPow(double x) {
    return Math.pow(3 * x + 1, 2);
  }

  /** S02-chain-amplifier-2x3: doubling then tripling. */
  @Differentiable
  public static double amplifier(double x) {
    double u = 2 * x;
    double y = 3 * u;
    return y;
  }

  /** S02-chain-three-links: exp(sin(x^2)). */
  @Differentiable
  public static double threeLinks(double x) {
    double v = x * x;
    double u = Math.sin(v);
    double y = Math.exp(u);
    return y;
  }

  /** S00-product-rule: x^2 sin(x). */
  @Differentiable
  public static double productSin(double x) {
    return x * x * Math.sin(x);
  }

  /** S00-product-rule: (3x + 1) x^2. */
  @Differentiable
  public static double productPoly(double x) {
    return (3 * x + 1) * x * x;
  }

  /** S00-quotient-rule: sin(x)/x. */
  @Differentiable
  public static double quotientSinc(double x) {
    return Math.sin(x) / x;
  }

  /** S00-sum-rule: 2 sin(x) + 3 x^2. */
  @Differentiable
  public static double sumRule(double x) {
    return 2 * Math.sin(x) + 3 * x * x;
  }
}
