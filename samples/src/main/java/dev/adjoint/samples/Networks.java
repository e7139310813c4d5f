package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny neural-network computations from the catalogue (one hidden unit, a two-layer backpropagation
 * example, a composed loss), where reverse mode is backpropagation written out as Java.
 */
final class Networks {
  private Networks() {}

  /** S02-nn-hidden-layer: {@code h = sigmoid(w x + b)}, {@code y = v h}. */
  @Differentiable
  static double hiddenUnit(double x, double w, double b, double v) {
    double z = w * x + b;
    double h = 1 / (1 + Math.exp(-z));
    return v * h;
  }

  /** S02-backprop-two-layer: {@code h = (x1 + x2, x1 - x2)}, {@code L = h1^2 + h2^2}. */
  @Differentiable
  static double twoLayer(double x1, double x2) {
    double h1 = x1 + x2;
    double h2 = x1 - x2;
    return h1 * h1 + h2 * h2;
  }

  /** S01-chain-composition: the map {@code y = (x1^2 + x2, x1 x2)} followed by the two-layer loss. */
  @Differentiable
  static double composedLoss(double x1, double x2) {
    double y1 = x1 * x1 + x2;
    double y2 = x1 * x2;
    double h1 = y1 + y2;
    double h2 = y1 - y2;
    return h1 * h1 + h2 * h2;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    double[][] points = {{2, 0.5, -1, 3}, {1, 2, -1, 3}};
    for (double[] p : points) {
      double x = p[0];
      double w = p[1];
      double b = p[2];
      double v = p[3];
      double h = 1 / (1 + Math.exp(-(w * x + b)));
      double dh = h * (1 - h);
      NetworksDerivatives.HiddenUnitGradient g = NetworksDerivatives.hiddenUnitGrad(x, w, b, v);
      double allOnes = NetworksDerivatives.hiddenUnitJvp(x, 1, w, 1, b, 1, v, 1);
      examples.add(Example.of("S02-nn-hidden-layer", "y = v sigmoid(w x + b)",
              "(x, w, b, v) = (" + x + ", " + w + ", " + b + ", " + v + ")")
          .check("y = v h", "hiddenUnitGrad", g.value(), v * h)
          .check("dy/dx = v h(1 - h) w", "hiddenUnitGrad", g.x(), v * dh * w)
          .check("dy/dw = v h(1 - h) x", "hiddenUnitGrad", g.w(), v * dh * x)
          .check("dy/db = v h(1 - h)", "hiddenUnitGrad", g.b(), v * dh)
          .check("dy/dv = h", "hiddenUnitGrad", g.v(), h)
          .check("grad y . (1, 1, 1, 1)", "hiddenUnitJvp", allOnes, v * dh * (w + x + 1) + h)
          .build());
    }

    NetworksDerivatives.TwoLayerGradient two = NetworksDerivatives.twoLayerGrad(3, 1);
    examples.add(Example.of("S02-backprop-two-layer", "L = h1^2 + h2^2, h = (x1 + x2, x1 - x2)", "x = (3, 1)")
        .check("L", "twoLayerGrad", two.value(), 20)
        .check("dL/dx1 = 2h1 + 2h2 = 8 + 4", "twoLayerGrad", two.x1(), 12)
        .check("dL/dx2 = 2h1 - 2h2 = 8 - 4", "twoLayerGrad", two.x2(), 4)
        .note("backpropagation: grad_h L = (8, 4), then J^T (8, 4) with J = [[1, 1], [1, -1]]")
        .build());

    NetworksDerivatives.ComposedLossGradient c = NetworksDerivatives.composedLossGrad(3, 2);
    examples.add(Example.of("S01-chain-composition", "L(h(y(x))), y = (x1^2 + x2, x1 x2)", "x = (3, 2)")
        .check("L", "composedLossGrad", c.value(), 314)
        .check("dL/dx1 = 8x1(x1^2 + x2) + 4x1x2^2", "composedLossGrad", c.x1(), 312)
        .check("dL/dx2 = 4(x1^2 + x2) + 4x1^2x2", "composedLossGrad", c.x2(), 116)
        .check("grad L . (1, 0)", "composedLossJvp", NetworksDerivatives.composedLossJvp(3, 1, 2, 0), 312)
        .build());
    return examples;
  }
}
