package dev.adjoint.samples;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 8: softmax and its Jacobian {@code diag(p) - p p^T}, and its companion log-sum-exp, whose
 * gradient is softmax and whose Hessian is that same Jacobian.
 */
final class Softmax {
  private Softmax() {}

  /** S02-softmax-jacobian, the stable way: subtract {@code max(z)} first (its derivative must cancel). */
  @Differentiable
  static double[] softmax(double[] z) {
    double max = z[0];
    for (int i = 1; i < z.length; i++) {
      max = Math.max(max, z[i]);
    }
    double[] p = new double[z.length];
    double sum = 0.0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Log-sum-exp with {@code AdjointMath.logSumExp}, whose rule is in the rule table. */
  @Differentiable(order = 2)
  static double logSumExp(double[] z) {
    return AdjointMath.logSumExp(z);
  }

  /** Log-sum-exp written out, stable: {@code max + log(sum exp(z_i - max))}. */
  @Differentiable(order = 2)
  static double logSumExpLoop(double[] z) {
    double max = z[0];
    for (int i = 1; i < z.length; i++) {
      max = Math.max(max, z[i]);
    }
    double sum = 0.0;
    for (int i = 0; i < z.length; i++) {
      sum += Math.exp(z[i] - max);
    }
    return max + Math.log(sum);
  }

  /** {@code diag(p) - p p^T}. */
  static double[][] closedFormJacobian(double[] p) {
    double[][] j = new double[p.length][p.length];
    for (int i = 0; i < p.length; i++) {
      for (int k = 0; k < p.length; k++) {
        j[i][k] = (i == k ? p[i] : 0) - p[i] * p[k];
      }
    }
    return j;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    double[] z = {0, Math.log(2), Math.log(3)};
    double[][] j = SoftmaxDerivatives.softmaxJacobian(z);
    double[] p = SoftmaxDerivatives.softmaxVjp(z, new double[3], new double[3]);
    double[][] exact = {{5.0 / 36, -1.0 / 18, -1.0 / 12}, {-1.0 / 18, 2.0 / 9, -1.0 / 6}, {-1.0 / 12, -1.0 / 6, 0.25}};
    Example.Builder b = Example.of("S02-softmax-jacobian", "p = softmax(z), J = diag(p) - p p^T",
            "z = (0, ln 2, ln 3)")
        .check("p1 = 1/6", "softmaxVjp", p[0], 1.0 / 6)
        .check("p2 = 1/3", "softmaxVjp", p[1], 1.0 / 3)
        .check("p3 = 1/2", "softmaxVjp", p[2], 0.5);
    String[] fractions = {"5/36", "-1/18", "-1/12", "-1/18", "2/9", "-1/6", "-1/12", "-1/6", "1/4"};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        b.check("J" + (r + 1) + (c + 1) + " = " + fractions[r * 3 + c]
            + (r == c ? " = p_i (1 - p_i)" : " = -p_i p_j"), "softmaxJacobian", j[r][c], exact[r][c]);
      }
    }
    examples.add(b.build());

    double[][] j2 = SoftmaxDerivatives.softmaxJacobian(new double[] {0, 0});
    examples.add(Example.of("S02-softmax-jacobian", "p = softmax(z)", "z = (0, 0)")
        .check("max |J - [[0.25, -0.25], [-0.25, 0.25]]|", "softmaxJacobian",
            Vectors.maxAbsDifference(j2, new double[][] {{0.25, -0.25}, {-0.25, 0.25}}), 0)
        .note("a tie in max(z): max sends its derivative to one side, and that contribution cancels")
        .build());

    double[] z3 = {1, 2, 3};
    double[][] j3 = SoftmaxDerivatives.softmaxJacobian(z3);
    double[] p3 = SoftmaxDerivatives.softmaxVjp(z3, new double[3], new double[3]);
    double[] seedP = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
    double[][] seedJ = {
        {0.08192506906499322, -0.022033044520174298, -0.059892024544818935},
        {-0.022033044520174298, 0.1848364465099787, -0.16280340198980442},
        {-0.059892024544818935, -0.16280340198980442, 0.22269542653462335}};
    double rowSums = 0;
    double columnSums = 0;
    for (int r = 0; r < 3; r++) {
      rowSums = Math.max(rowSums, Math.abs(j3[r][0] + j3[r][1] + j3[r][2]));
      columnSums = Math.max(columnSums, Math.abs(j3[0][r] + j3[1][r] + j3[2][r]));
    }
    double[] u = {1, -2, 0.5};
    double[] vjp = new double[3];
    SoftmaxDerivatives.softmaxVjp(z3, u, vjp);
    double pu = Vectors.dot(p3, u);
    double[] formula = {p3[0] * (u[0] - pu), p3[1] * (u[1] - pu), p3[2] * (u[2] - pu)};
    double[] shifted = SoftmaxDerivatives.softmaxVjp(new double[] {101, 102, 103}, new double[3], new double[3]);
    examples.add(Example.of("S02-softmax-jacobian", "p = softmax(z), J = diag(p) - p p^T", "z = (1, 2, 3)")
        .check("max |p - seed's p|", "softmaxVjp", Vectors.maxAbsDifference(p3, seedP), 0)
        .check("max |J - seed's J| over 9 entries", "softmaxJacobian", Vectors.maxAbsDifference(j3, seedJ), 0)
        .check("max |J - (diag(p) - p p^T)|", "softmaxJacobian",
            Vectors.maxAbsDifference(j3, closedFormJacobian(p3)), 0)
        .check("max |J - J^T| (symmetric)", "softmaxJacobian", Vectors.maxAbsDifference(j3, Vectors.transpose(j3)), 0)
        .check("max |row sum| (softmax(z + c) = softmax(z))", "softmaxJacobian", rowSums, 0)
        .check("max |column sum|", "softmaxJacobian", columnSums, 0)
        .check("max |u^T J - p ⊙ (u - p.u)|, u = (1, -2, 0.5)", "softmaxVjp", Vectors.maxAbsDifference(vjp, formula), 0)
        .check("max |p(z + 100) - p(z)|", "softmaxVjp", Vectors.maxAbsDifference(shifted, p3), 0)
        .note("the VJP needs no 3 x 3 matrix: reverse mode computes p ⊙ (u - p.u) directly")
        .build());

    SoftmaxDerivatives.LogSumExpGradient lse = SoftmaxDerivatives.logSumExpGrad(z3);
    SoftmaxDerivatives.LogSumExpLoopGradient loop = SoftmaxDerivatives.logSumExpLoopGrad(z3);
    examples.add(Example.of("S02-softmax-jacobian", "lse(z) = log sum exp(z_i): gradient softmax(z)", "z = (1, 2, 3)")
        .check("lse", "logSumExpGrad", lse.value(), 3.40760596444438)
        .check("max |grad lse - p|", "logSumExpGrad", Vectors.maxAbsDifference(lse.z(), seedP), 0)
        .check("lse, written as a loop", "logSumExpLoopGrad", loop.value(), 3.40760596444438)
        .check("max |grad lse - p|, written as a loop", "logSumExpLoopGrad",
            Vectors.maxAbsDifference(loop.z(), seedP), 0)
        .note("its Hessian is the softmax Jacobian: see S03-hessian-table")
        .build());
    return examples;
  }
}
