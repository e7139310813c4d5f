package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions of one variable from section 1 of the worked-examples catalogue (a polynomial, a power and the
 * elementary functions), each checked against the derivative rule a calculus course teaches.
 */
final class OneVariable {
  private OneVariable() {}

  /** S00-poly-5x3-2x+7: {@code f(x) = 5x^3 - 2x + 7}, so {@code f'(x) = 15x^2 - 2}. */
  @Differentiable
  static double polynomial(double x) {
    return 5 * x * x * x - 2 * x + 7;
  }

  /** S02-diffquot-x2-at-3: {@code f(x) = x^2}, the function of the difference-quotient table. */
  @Differentiable
  static double square(double x) {
    return x * x;
  }

  /** The power rule {@code (x^n)' = n x^(n-1)}; {@code n} is an int, so it gets no derivative. */
  @Differentiable
  static double monomial(double x, int n) {
    return Math.pow(x, n);
  }

  /** S02-elementary-derivatives: {@code exp' = exp}. */
  @Differentiable
  static double exponential(double x) {
    return Math.exp(x);
  }

  /** S02-elementary-derivatives: {@code log'(x) = 1/x}. */
  @Differentiable
  static double naturalLog(double x) {
    return Math.log(x);
  }

  /** S02-elementary-derivatives: {@code sin' = cos}. */
  @Differentiable
  static double sine(double x) {
    return Math.sin(x);
  }

  /** S02-elementary-derivatives: {@code cos' = -sin}. */
  @Differentiable
  static double cosine(double x) {
    return Math.cos(x);
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    double[] points = {0, 1, 2, -1};
    double[] values = {7, 10, 43, 4}; // the seed's table
    for (int i = 0; i < points.length; i++) {
      double x = points[i];
      OneVariableDerivatives.PolynomialGradient g = OneVariableDerivatives.polynomialGrad(x);
      Example.Builder example =
          Example.of("S00-poly-5x3-2x+7", "f(x) = 5x^3 - 2x + 7", "x = " + x)
              .check("f", "polynomialGrad", g.value(), values[i])
              .check("f'(x) = 15x^2 - 2", "polynomialGrad", g.x(), 15 * x * x - 2)
              .check("f'(x) = 15x^2 - 2", "polynomialJvp", OneVariableDerivatives.polynomialJvp(x, 1), 15 * x * x - 2);
      if (x == 1) {
        example.note("Taylor at 1, h = 0.1: f(1.1) = 11.455 and f(1) + f'(1)*h = "
            + (g.value() + g.x() * 0.1) + "; the rest is f''/2*h^2 + f'''/6*h^3 = 0.15 + 0.005.");
      }
      examples.add(example.build());
    }

    OneVariableDerivatives.SquareGradient sq = OneVariableDerivatives.squareGrad(3);
    Example.Builder square = Example.of("S02-diffquot-x2-at-3", "f(x) = x^2", "x = 3")
        .check("f", "squareGrad", sq.value(), 9)
        .check("f'(x) = 2x", "squareGrad", sq.x(), 6)
        .check("f'(x) = 2x", "squareJvp", OneVariableDerivatives.squareJvp(3, 1), 6);
    for (double h : new double[] {1, 0.1, 0.01, 0.001}) {
      double quotient = (square(3 + h) - square(3)) / h;
      square.note("h = " + h + ": (f(3+h) - f(3))/h = " + quotient + ", exactly 6 + h apart from rounding");
    }
    examples.add(square.build());

    OneVariableDerivatives.MonomialGradient m = OneVariableDerivatives.monomialGrad(2, 3);
    examples.add(Example.of("S00-poly-general", "f(x) = x^n (Math.pow)", "x = 2, n = 3")
        .check("f", "monomialGrad", m.value(), 8)
        .check("f'(x) = n x^(n-1)", "monomialGrad", m.x(), 3 * 2 * 2)
        .check("f'(x) = n x^(n-1)", "monomialJvp", OneVariableDerivatives.monomialJvp(2, 1, 3), 12)
        .build());

    double e = Math.E;
    OneVariableDerivatives.ExponentialGradient exp = OneVariableDerivatives.exponentialGrad(1);
    examples.add(Example.of("S02-elementary-derivatives", "f(x) = exp(x)", "x = 1")
        .check("f", "exponentialGrad", exp.value(), e)
        .check("f'(x) = exp(x)", "exponentialGrad", exp.x(), e)
        .check("f'(x) = exp(x)", "exponentialJvp", OneVariableDerivatives.exponentialJvp(1, 1), e)
        .build());

    OneVariableDerivatives.NaturalLogGradient log = OneVariableDerivatives.naturalLogGrad(2);
    examples.add(Example.of("S02-elementary-derivatives", "f(x) = log(x)", "x = 2")
        .check("f", "naturalLogGrad", log.value(), 0.6931471805599453)
        .check("f'(x) = 1/x", "naturalLogGrad", log.x(), 0.5)
        .check("f'(x) = 1/x", "naturalLogJvp", OneVariableDerivatives.naturalLogJvp(2, 1), 0.5)
        .build());

    OneVariableDerivatives.SineGradient sin = OneVariableDerivatives.sineGrad(1);
    examples.add(Example.of("S02-elementary-derivatives", "f(x) = sin(x)", "x = 1")
        .check("f", "sineGrad", sin.value(), 0.8414709848078965)
        .check("f'(x) = cos(x)", "sineGrad", sin.x(), 0.5403023058681398)
        .check("f'(x) = cos(x)", "sineJvp", OneVariableDerivatives.sineJvp(1, 1), 0.5403023058681398)
        .build());

    OneVariableDerivatives.CosineGradient cos = OneVariableDerivatives.cosineGrad(1);
    examples.add(Example.of("S02-elementary-derivatives", "f(x) = cos(x)", "x = 1")
        .check("f", "cosineGrad", cos.value(), 0.5403023058681398)
        .check("f'(x) = -sin(x)", "cosineGrad", cos.x(), -0.8414709848078965)
        .check("f'(x) = -sin(x)", "cosineJvp", OneVariableDerivatives.cosineJvp(1, 1), -0.8414709848078965)
        .build());
    return examples;
  }
}
