package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * Loops, reversed without a tape: Horner's rule, whose reverse sweep runs the loop backwards and
 * reads back the one value each iteration overwrote, and a dot product, which needs nothing saved.
 * The showcase prints the generated {@code hornerVjp}.
 */
final class Loops {
  private Loops() {}

  /** S00-poly-general: {@code c0 + c1 x + ... + cn x^n} by Horner's rule. */
  @Differentiable(order = 2)
  static double horner(double[] c, double x) {
    double p = 0.0;
    for (int i = c.length - 1; i >= 0; i--) {
      p = p * x + c[i];
    }
    return p;
  }

  /** {@code a . b}: {@code s += a[i] * b[i]} overwrites only {@code s}, whose adjoint needs no old value. */
  @Differentiable
  static double dot(double[] a, double[] b) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    double[] c = {1, -3, 0, 2}; // f = 1 - 3x + 2x^3
    double[][] points = {{2, 11, 21, 24}, {0.5, -0.25, -1.5, 6}};
    for (double[] p : points) {
      double x = p[0];
      LoopsDerivatives.HornerGradient g = LoopsDerivatives.hornerGrad(c, x);
      double[][] hessian = LoopsDerivatives.hornerHessian(c, x);
      double[] powers = {1, x, x * x, x * x * x};
      double[] mixed = {0, 1, 2 * x, 3 * x * x};
      examples.add(Example.of("S00-poly-general", "f = 1 - 3x + 2x^3 by Horner's rule, c = (1, -3, 0, 2)", "x = " + x)
          .check("f", "hornerGrad", g.value(), p[1])
          .check("df/dx = -3 + 6x^2", "hornerGrad", g.x(), p[2])
          .check("df/dx, forward mode", "hornerJvp", LoopsDerivatives.hornerJvp(c, new double[4], x, 1), p[2])
          .check("max |df/dc_k - x^k| over k = 0..3", "hornerGrad", Vectors.maxAbsDifference(g.c(), powers), 0)
          .check("d2f/dx2 = 12x", "hornerHessian", hessian[4][4], p[3])
          .check("max |d2f/dx dc_k - k x^(k-1)|", "hornerHessian", Vectors.maxAbsDifference(hessian[4],
              new double[] {mixed[0], mixed[1], mixed[2], mixed[3], p[3]}), 0)
          .check("max |d2f/dc dc| (f is linear in c)", "hornerHessian", Vectors.maxAbsDifference(
              new double[][] {hessian[0], hessian[1], hessian[2], hessian[3]},
              new double[][] {{0, 0, 0, 0, mixed[0]}, {0, 0, 0, 0, mixed[1]}, {0, 0, 0, 0, mixed[2]},
                  {0, 0, 0, 0, mixed[3]}}), 0)
          .build());
    }
    double[] a = {1, 2, 3};
    double[] b = {4, -5, 6};
    LoopsDerivatives.DotGradient d = LoopsDerivatives.dotGrad(a, b);
    LoopsDerivatives.DotGradient same = LoopsDerivatives.dotGrad(a, a);
    double[] total = {same.a()[0] + same.b()[0], same.a()[1] + same.b()[1], same.a()[2] + same.b()[2]};
    examples.add(Example.of("dot product", "a . b, one loop", "a = (1, 2, 3), b = (4, -5, 6)")
        .check("a . b", "dotGrad", d.value(), 12)
        .check("max |grad_a - b|", "dotGrad", Vectors.maxAbsDifference(d.a(), b), 0)
        .check("max |grad_b - a|", "dotGrad", Vectors.maxAbsDifference(d.b(), a), 0)
        .check("dot(w, w): max |grad_a + grad_b - 2w|", "dotGrad",
            Vectors.maxAbsDifference(total, new double[] {2, 4, 6}), 0)
        .note("passing one array for both parameters is allowed: each accumulator gets its own share")
        .build());
    return examples;
  }
}
