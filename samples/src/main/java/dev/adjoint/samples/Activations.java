package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * The activation functions of section 7 (sigmoid, tanh, ReLU, GELU), written the way a user would
 * write them in plain Java, with the textbook derivatives to check Adjoint against.
 */
final class Activations {
  private Activations() {}

  /** {@code sqrt(2/pi)}, the scale inside the tanh approximation of GELU. */
  static final double SQRT_2_OVER_PI = 0.7978845608028654;

  /** The cubic coefficient of the tanh approximation of GELU. */
  static final double GELU_CUBIC = 0.044715;

  /** S02-sigmoid: {@code 1/(1 + exp(-x))}; its derivative is {@code s(1 - s)}. */
  @Differentiable
  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** S02-tanh with {@code Math.tanh}; its derivative is {@code 1 - tanh^2}. */
  @Differentiable
  static double tanh(double x) {
    return Math.tanh(x);
  }

  /** S02-tanh spelled out with exponentials, as the seed defines it. */
  @Differentiable
  static double tanhFromExp(double x) {
    double ePlus = Math.exp(x);
    double eMinus = Math.exp(-x);
    return (ePlus - eMinus) / (ePlus + eMinus);
  }

  /** S02-relu with {@code Math.max}: derivative 1 for x > 0, 0 for x < 0. */
  @Differentiable
  static double relu(double x) {
    return Math.max(0.0, x);
  }

  /** S02-relu as a conditional, the other way the seed writes it. */
  @Differentiable
  static double reluConditional(double x) {
    return x > 0 ? x : 0.0;
  }

  /**
   * S02-gelu in its common tanh approximation, {@code x/2 (1 + tanh(sqrt(2/pi)(x + 0.044715x^3)))}
   * (the exact form needs {@code erf}, which {@code java.lang.Math} does not have).
   */
  @Differentiable
  static double gelu(double x) {
    double inner = SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x);
    return 0.5 * x * (1 + Math.tanh(inner));
  }

  /** The derivative of {@link #gelu} by hand, the closed form the generated code must match. */
  static double geluDerivative(double x) {
    double t = Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * x * x);
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    for (double x : new double[] {0, 1, -1, 2, -2}) {
      double s = 1 / (1 + Math.exp(-x));
      ActivationsDerivatives.SigmoidGradient g = ActivationsDerivatives.sigmoidGrad(x);
      examples.add(Example.of("S02-sigmoid", "s(x) = 1/(1 + exp(-x))", "x = " + x)
          .check("s", "sigmoidGrad", g.value(), s)
          .check("s' = s(1 - s)", "sigmoidGrad", g.x(), s * (1 - s))
          .check("s' = s(1 - s)", "sigmoidJvp", ActivationsDerivatives.sigmoidJvp(x, 1), s * (1 - s))
          .build());
    }

    for (double x : new double[] {0, 1, -2}) {
      double t = Math.tanh(x);
      ActivationsDerivatives.TanhGradient g = ActivationsDerivatives.tanhGrad(x);
      ActivationsDerivatives.TanhFromExpGradient e = ActivationsDerivatives.tanhFromExpGrad(x);
      examples.add(Example.of("S02-tanh", "tanh(x), and (e^x - e^-x)/(e^x + e^-x)", "x = " + x)
          .check("tanh", "tanhGrad", g.value(), t)
          .check("tanh' = 1 - tanh^2", "tanhGrad", g.x(), 1 - t * t)
          .check("tanh' = 1 - tanh^2", "tanhJvp", ActivationsDerivatives.tanhJvp(x, 1), 1 - t * t)
          .check("tanh (exp form)", "tanhFromExpGrad", e.value(), t)
          .check("tanh' = 1 - tanh^2 (exp form)", "tanhFromExpGrad", e.x(), 1 - t * t)
          .build());
    }

    for (double x : new double[] {2, -1}) {
      double slope = x > 0 ? 1 : 0;
      examples.add(Example.of("S02-relu", "relu(x) = max(0, x), and x > 0 ? x : 0", "x = " + x)
          .check("relu", "reluGrad", ActivationsDerivatives.reluGrad(x).value(), Math.max(0, x))
          .check("relu' = x > 0 ? 1 : 0", "reluGrad", ActivationsDerivatives.reluGrad(x).x(), slope)
          .check("relu' = x > 0 ? 1 : 0", "reluJvp", ActivationsDerivatives.reluJvp(x, 1), slope)
          .check("relu' (conditional)", "reluConditionalGrad",
              ActivationsDerivatives.reluConditionalGrad(x).x(), slope)
          .build());
    }
    examples.add(Example.of("S02-relu", "relu at its kink", "x = 0.0")
        .check("relu", "reluGrad", ActivationsDerivatives.reluGrad(0).value(), 0)
        .note("relu'(0) is a convention: Math.max(0.0, x) gives " + ActivationsDerivatives.reluGrad(0).x()
            + ", x > 0 ? x : 0.0 gives " + ActivationsDerivatives.reluConditionalGrad(0).x())
        .build());

    for (double x : new double[] {0, 0.5, 1, -1, 2}) {
      ActivationsDerivatives.GeluGradient g = ActivationsDerivatives.geluGrad(x);
      Example.Builder example =
          Example.of("S02-gelu", "gelu(x) ~ x/2 (1 + tanh(c(x + 0.044715x^3)))", "x = " + x)
              .check("gelu", "geluGrad", g.value(), gelu(x))
              .check("gelu' (by hand)", "geluGrad", g.x(), geluDerivative(x))
              .check("gelu' (by hand)", "geluJvp", ActivationsDerivatives.geluJvp(x, 1), geluDerivative(x));
      if (x == 1) {
        example.note("the exact GELU x*Phi(x) has gelu(1) = 0.8413447460685429 and gelu'(1) = 1.0833154705876864;"
            + " the approximation is off by " + String.format("%.1e", Math.abs(g.x() - 1.0833154705876864)));
      }
      examples.add(example.build());
    }
    return examples;
  }
}
