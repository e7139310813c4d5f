package dev.adjoint.samples;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * Sections 4, 6 and 7 on arrays: backpropagation as chained VJPs, the four matrix-calculus
 * formulas of seed 002 written as loops, and a hidden layer of sigmoid units. The scalar-valued
 * ones are {@code order = 2}, so section 9 takes their Hessians too.
 */
final class MatrixCalculus {
  private MatrixCalculus() {}

  /** The layer of S02-backprop-two-layer: {@code h = W x}. */
  @Differentiable
  static double[] layer(@NoDerivative double[][] w, double[] x) {
    double[] h = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < x.length; j++) {
        h[i] += w[i][j] * x[j];
      }
    }
    return h;
  }

  /** S02-matrix-2-xTx: {@code x^T x}, gradient {@code 2x}; also the loss stage of the two-layer example. */
  @Differentiable(order = 2)
  static double squaredNorm(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return s;
  }

  /** S02-backprop-two-layer in one method: {@code L = |W x|^2}, the layer call chained into the loss. */
  @Differentiable
  static double twoLayerChained(@NoDerivative double[][] w, double[] x) {
    double[] h = layer(w, x);
    return squaredNorm(h);
  }

  /** S02-backprop-two-layer without calls, so that it can have a Hessian: {@code L = sum_i (W x)_i^2}. */
  @Differentiable(order = 2)
  static double twoLayer(@NoDerivative double[][] w, double[] x) {
    double loss = 0.0;
    for (int i = 0; i < w.length; i++) {
      double h = 0.0;
      for (int j = 0; j < x.length; j++) {
        h += w[i][j] * x[j];
      }
      loss += h * h;
    }
    return loss;
  }

  /** S02-matrix-1-aTx: {@code a^T x}; gradient {@code a} in x and {@code x} in a. */
  @Differentiable(order = 2)
  static double aTx(double[] a, double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += a[i] * x[i];
    }
    return s;
  }

  /** S02-matrix-3-xTAx: {@code x^T A x} with two nested loops; gradient {@code (A + A^T) x}. */
  @Differentiable(order = 2)
  static double xTAx(@NoDerivative double[][] a, double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        s += x[i] * a[i][j] * x[j];
      }
    }
    return s;
  }

  /** S02-matrix-4-norm: {@code |x| = sqrt(x^T x)}, gradient {@code x / |x|}. */
  @Differentiable(order = 2)
  static double norm(double[] x) {
    double s = 0.0;
    for (double xi : x) {
      s += xi * xi;
    }
    return Math.sqrt(s);
  }

  /** S02-nn-hidden-layer with a layer of units: {@code y = sum_k v_k sigmoid(w_k x + b_k)}. */
  @Differentiable
  static double hiddenLayer(double x, double[] w, double[] b, double[] v) {
    double y = 0.0;
    for (int k = 0; k < w.length; k++) {
      y += v[k] * AdjointMath.sigmoid(w[k] * x + b[k]);
    }
    return y;
  }

  /** The matrix of S02-matrix-3-xTAx, not symmetric so that a misplaced transpose shows. */
  static final double[][] A = {{1, 2}, {0, 3}};

  /** The layer matrix of S02-backprop-two-layer. */
  static final double[][] LAYER = {{1, 1}, {1, -1}};

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    double[] x = {3, 1};
    double[] h = MatrixCalculusDerivatives.layerVjp(LAYER, x, new double[2], new double[2]);
    MatrixCalculusDerivatives.SquaredNormGradient gh = MatrixCalculusDerivatives.squaredNormGrad(h);
    double[] gx = new double[2];
    MatrixCalculusDerivatives.layerVjp(LAYER, x, gh.x(), gx); // J^T grad_h L
    MatrixCalculusDerivatives.TwoLayerChainedGradient chained = MatrixCalculusDerivatives.twoLayerChainedGrad(LAYER, x);
    MatrixCalculusDerivatives.TwoLayerGradient fused = MatrixCalculusDerivatives.twoLayerGrad(LAYER, x);
    examples.add(Example.of("S02-backprop-two-layer", "h = W x, W = [[1, 1], [1, -1]], L = |h|^2", "x = (3, 1)")
        .check("h1 = x1 + x2", "layerVjp", h[0], 4)
        .check("h2 = x1 - x2", "layerVjp", h[1], 2)
        .check("L = h1^2 + h2^2", "squaredNormGrad", gh.value(), 20)
        .check("dL/dh1 = 2h1", "squaredNormGrad", gh.x()[0], 8)
        .check("dL/dh2 = 2h2", "squaredNormGrad", gh.x()[1], 4)
        .check("dL/dx1 = (W^T (8, 4))_1 = 8 + 4", "layerVjp", gx[0], 12)
        .check("dL/dx2 = (W^T (8, 4))_2 = 8 - 4", "layerVjp", gx[1], 4)
        .check("dL/dx1, layer call chained into loss call", "twoLayerChainedGrad", chained.x()[0], 12)
        .check("dL/dx2, layer call chained into loss call", "twoLayerChainedGrad", chained.x()[1], 4)
        .check("dL/dx1 = 4x1, one loop nest", "twoLayerGrad", fused.x()[0], 12)
        .check("dL/dx2 = 4x2, one loop nest", "twoLayerGrad", fused.x()[1], 4)
        .note("backpropagation by hand: squaredNormGrad gives grad_h L, layerVjp multiplies it by J^T;"
            + " twoLayerChainedGrad does the same through the generated calls")
        .build());

    double[] a = {3, 2};
    double[] ones = {1, 1};
    MatrixCalculusDerivatives.ATxGradient g1 = MatrixCalculusDerivatives.aTxGrad(a, ones);
    examples.add(Example.of("S02-matrix-1-aTx", "f = a^T x, a = (3, 2)", "x = (1, 1)")
        .check("f = 3x1 + 2x2", "aTxGrad", g1.value(), 5)
        .check("df/dx1 = a1", "aTxGrad", g1.x()[0], 3)
        .check("df/dx2 = a2", "aTxGrad", g1.x()[1], 2)
        .check("df/da1 = x1", "aTxGrad", g1.a()[0], 1)
        .check("df/da2 = x2", "aTxGrad", g1.a()[1], 1)
        .check("df/dx1 at x = (-7, 40): a1 again (linear f)", "aTxGrad",
            MatrixCalculusDerivatives.aTxGrad(a, new double[] {-7, 40}).x()[0], 3)
        .build());

    MatrixCalculusDerivatives.SquaredNormGradient g2 = MatrixCalculusDerivatives.squaredNormGrad(new double[] {3, 4});
    examples.add(Example.of("S02-matrix-2-xTx", "f = x^T x", "x = (3, 4)")
        .check("f", "squaredNormGrad", g2.value(), 25)
        .check("df/dx1 = 2x1", "squaredNormGrad", g2.x()[0], 6)
        .check("df/dx2 = 2x2", "squaredNormGrad", g2.x()[1], 8)
        .build());

    MatrixCalculusDerivatives.XTAxGradient g3 = MatrixCalculusDerivatives.xTAxGrad(A, ones);
    double[] aPlusAt = Vectors.times(new double[][] {{2, 2}, {2, 6}}, ones);
    examples.add(Example.of("S02-matrix-3-xTAx", "f = x^T A x, A = [[1, 2], [0, 3]] (loops)", "x = (1, 1)")
        .check("f", "xTAxGrad", g3.value(), 6)
        .check("df/dx1 = ((A + A^T) x)_1", "xTAxGrad", g3.x()[0], aPlusAt[0])
        .check("df/dx2 = ((A + A^T) x)_2", "xTAxGrad", g3.x()[1], aPlusAt[1])
        .check("grad f . (1, 0), forward mode", "xTAxJvp",
            MatrixCalculusDerivatives.xTAxJvp(A, ones, new double[] {1, 0}), 4)
        .note("a misplaced transpose would give 2 A x = (6, 6) or 2 A^T x = (2, 10); the answer is (4, 8)")
        .build());

    MatrixCalculusDerivatives.NormGradient g4 = MatrixCalculusDerivatives.normGrad(new double[] {3, 4});
    examples.add(Example.of("S02-matrix-4-norm", "f = |x| = sqrt(sum x_i^2) (enhanced for)", "x = (3, 4)")
        .check("f", "normGrad", g4.value(), 5)
        .check("df/dx1 = x1/|x|", "normGrad", g4.x()[0], 0.6)
        .check("df/dx2 = x2/|x|", "normGrad", g4.x()[1], 0.8)
        .check("|grad f| = 1", "normGrad", Vectors.norm(g4.x()), 1)
        .build());

    double[][] units = {{2, 0.5, -1, 3}, {1, 2, -1, 3}};
    for (double[] p : units) {
      double hx = p[0];
      double[] w = {p[1]};
      double[] b = {p[2]};
      double[] v = {p[3]};
      double s = AdjointMath.sigmoid(w[0] * hx + b[0]);
      double ds = s * (1 - s);
      MatrixCalculusDerivatives.HiddenLayerGradient g = MatrixCalculusDerivatives.hiddenLayerGrad(hx, w, b, v);
      examples.add(Example.of("S02-nn-hidden-layer", "y = sum_k v_k sigmoid(w_k x + b_k), one unit",
              "(x, w, b, v) = (" + hx + ", " + w[0] + ", " + b[0] + ", " + v[0] + ")")
          .check("y = v h", "hiddenLayerGrad", g.value(), v[0] * s)
          .check("dy/dw = v h(1 - h) x", "hiddenLayerGrad", g.w()[0], v[0] * ds * hx)
          .check("dy/db = v h(1 - h)", "hiddenLayerGrad", g.b()[0], v[0] * ds)
          .check("dy/dv = h", "hiddenLayerGrad", g.v()[0], s)
          .check("dy/dx = v h(1 - h) w", "hiddenLayerGrad", g.x(), v[0] * ds * w[0])
          .build());
    }
    // Both units side by side at x = 2: the layer's gradient is the two units' gradients, unit by unit.
    double[] w = {0.5, 1};
    double[] b = {-1, -1};
    double[] v = {3, -2};
    MatrixCalculusDerivatives.HiddenLayerGradient g = MatrixCalculusDerivatives.hiddenLayerGrad(2, w, b, v);
    double s1 = 0.5;
    double s2 = AdjointMath.sigmoid(1);
    examples.add(Example.of("S02-nn-hidden-layer", "y = sum_k v_k sigmoid(w_k x + b_k), two units",
            "x = 2, w = (0.5, 1), b = (-1, -1), v = (3, -2)")
        .check("y = 3 s1 - 2 s2", "hiddenLayerGrad", g.value(), 3 * s1 - 2 * s2)
        .check("dy/dw2 = v2 s2(1 - s2) x", "hiddenLayerGrad", g.w()[1], -2 * s2 * (1 - s2) * 2)
        .check("dy/db1 = v1 s1(1 - s1)", "hiddenLayerGrad", g.b()[0], 3 * 0.25)
        .check("dy/dv2 = s2", "hiddenLayerGrad", g.v()[1], s2)
        .check("dy/dx = sum_k v_k s_k(1 - s_k) w_k", "hiddenLayerGrad", g.x(),
            3 * 0.25 * 0.5 - 2 * s2 * (1 - s2) * 1)
        .build());
    return examples;
  }
}
