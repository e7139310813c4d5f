package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * The sum, product and quotient rules of section 1, including a quotient whose derivative is 1
 * everywhere but whose program divides by zero at x = 1: AD differentiates the program as written.
 */
final class ProductAndQuotient {
  private ProductAndQuotient() {}

  /** S00-sum-rule: {@code y = 2 sin(x) + 3x^2}; derivatives of a sum add. */
  @Differentiable
  static double sumRule(double x) {
    return 2 * Math.sin(x) + 3 * x * x;
  }

  /** S00-product-rule: {@code y = x^2 sin(x)}, so {@code y' = 2x sin(x) + x^2 cos(x)}. */
  @Differentiable
  static double productWithSine(double x) {
    return x * x * Math.sin(x);
  }

  /** S00-product-rule: {@code y = (3x + 1) x^2}, the same function as S02-multipath. */
  @Differentiable
  static double productOfPolynomials(double x) {
    return (3 * x + 1) * (x * x);
  }

  /** S00-quotient-rule: {@code y = sin(x)/x}, so {@code y' = (x cos(x) - sin(x))/x^2}. */
  @Differentiable
  static double sinc(double x) {
    return Math.sin(x) / x;
  }

  /** S00-quotient-rule: {@code Q(u, v) = u/v} with partials {@code 1/v} and {@code -u/v^2}. */
  @Differentiable
  static double quotient(double u, double v) {
    return u / v;
  }

  /** S02-limit-x2-1-over-x-1: {@code (x^2 - 1)/(x - 1)}, which equals {@code x + 1} except at 1. */
  @Differentiable
  static double removableQuotient(double x) {
    return (x * x - 1) / (x - 1);
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    double x = 1;

    ProductAndQuotientDerivatives.SumRuleGradient sum = ProductAndQuotientDerivatives.sumRuleGrad(x);
    double sumExact = 2 * Math.cos(x) + 6 * x;
    examples.add(Example.of("S00-sum-rule", "y = 2 sin(x) + 3x^2", "x = 1")
        .check("y", "sumRuleGrad", sum.value(), 4.6829419696157935)
        .check("y' = 2 cos(x) + 6x", "sumRuleGrad", sum.x(), sumExact)
        .check("y' = 2 cos(x) + 6x", "sumRuleJvp", ProductAndQuotientDerivatives.sumRuleJvp(x, 1), sumExact)
        .build());

    ProductAndQuotientDerivatives.ProductWithSineGradient ps =
        ProductAndQuotientDerivatives.productWithSineGrad(x);
    double psExact = 2 * x * Math.sin(x) + x * x * Math.cos(x);
    examples.add(Example.of("S00-product-rule", "y = x^2 sin(x)", "x = 1")
        .check("y", "productWithSineGrad", ps.value(), 0.8414709848078965)
        .check("y' = 2x sin(x) + x^2 cos(x)", "productWithSineGrad", ps.x(), psExact)
        .check("y' = 2x sin(x) + x^2 cos(x)", "productWithSineJvp",
            ProductAndQuotientDerivatives.productWithSineJvp(x, 1), psExact)
        .build());

    ProductAndQuotientDerivatives.ProductOfPolynomialsGradient pp =
        ProductAndQuotientDerivatives.productOfPolynomialsGrad(2);
    examples.add(Example.of("S00-product-rule", "y = (3x + 1) x^2", "x = 2")
        .check("y", "productOfPolynomialsGrad", pp.value(), 28)
        .check("y' = 3x^2 + (3x + 1) 2x", "productOfPolynomialsGrad", pp.x(), 40)
        .check("y' = 3x^2 + (3x + 1) 2x", "productOfPolynomialsJvp",
            ProductAndQuotientDerivatives.productOfPolynomialsJvp(2, 1), 40)
        .build());

    ProductAndQuotientDerivatives.SincGradient sinc = ProductAndQuotientDerivatives.sincGrad(x);
    double sincExact = (x * Math.cos(x) - Math.sin(x)) / (x * x);
    examples.add(Example.of("S00-quotient-rule", "y = sin(x)/x", "x = 1")
        .check("y", "sincGrad", sinc.value(), 0.8414709848078965)
        .check("y' = (x cos(x) - sin(x))/x^2", "sincGrad", sinc.x(), sincExact)
        .check("y' = (x cos(x) - sin(x))/x^2", "sincJvp", ProductAndQuotientDerivatives.sincJvp(x, 1), sincExact)
        .build());

    ProductAndQuotientDerivatives.QuotientGradient q = ProductAndQuotientDerivatives.quotientGrad(6, 3);
    examples.add(Example.of("S00-quotient-rule", "Q(u, v) = u/v", "u = 6, v = 3")
        .check("Q", "quotientGrad", q.value(), 2)
        .check("dQ/du = 1/v", "quotientGrad", q.u(), 1.0 / 3)
        .check("dQ/dv = -u/v^2", "quotientGrad", q.v(), -2.0 / 3)
        .build());

    for (double at : new double[] {2, 0.5}) {
      ProductAndQuotientDerivatives.RemovableQuotientGradient r =
          ProductAndQuotientDerivatives.removableQuotientGrad(at);
      Example.Builder example = Example.of("S02-limit-x2-1-over-x-1", "y = (x^2 - 1)/(x - 1)", "x = " + at)
          .check("y = x + 1", "removableQuotientGrad", r.value(), at + 1)
          .check("y' = 1", "removableQuotientGrad", r.x(), 1)
          .check("y' = 1", "removableQuotientJvp", ProductAndQuotientDerivatives.removableQuotientJvp(at, 1), 1);
      if (at == 2) {
        example.note("near 1 the quotient rule cancels: at x = 1.001 reverse mode gives "
            + ProductAndQuotientDerivatives.removableQuotientGrad(1.001).x()
            + ", at x = 1 it gives " + ProductAndQuotientDerivatives.removableQuotientGrad(1).x());
      }
      examples.add(example.build());
    }
    return examples;
  }
}
