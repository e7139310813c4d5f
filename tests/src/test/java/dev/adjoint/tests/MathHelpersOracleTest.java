package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.index;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.signs;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.MathHelpers;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link MathHelpers}, built from {@code AdjointMath}. The twins write each helper out: erf by
 * Hipparchus's {@link Erf} with its derivative {@code 2/√π e^(-x²)}, sigmoid and softplus from
 * {@code exp}, log-sum-exp from its definition.
 */
class MathHelpersOracleTest {
  private static final double MARGIN = ReductionsOracleTest.MARGIN;
  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

  static List<FunctionCase> cases() {
    Class<?> c = MathHelpers.class;
    return List.of(
        of(c, "gelu", real("x", -5, 5)).twin(a -> gelu(a.g("x"))),
        of(c, "geluAll", vector("x", "n", -4, 4)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] y = new Gradient[x.length];
              for (int i = 0; i < x.length; i++) {
                y[i] = gelu(x[i]);
              }
              return y;
            }),
        of(c, "normalCdf", real("x", -3, 3), real("mu", -1, 1), real("sigma", 0.3, 2))
            .twin(a -> erf(a.g("x").subtract(a.g("mu")).divide(a.g("sigma").multiply(Math.sqrt(2)))).add(1)
                .multiply(0.5)),
        of(c, "logisticRegressionLoss", vector("w", "d", -2, 2), real("b", -1, 1),
                constantMatrix("x", "n", "d", -2, 2), signs("y", "n"), constant("lambda", 0, 1))
            .dim("n", 1, 8).dim("d", 1, 5)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              double[][] x = a.m("x");
              double[] y = a.v("y");
              Gradient loss = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient z = LossesOracleTest.affine(w, a.g("b"), x[i]);
                loss = loss.add(softplus(z.multiply(-y[i])));
              }
              return loss.add(ReductionsOracleTest.dot(w, w).multiply(0.5 * a.d("lambda")));
            }),
        of(c, "sigmoidCrossEntropy", real("z", -8, 8), constant("target", 0, 1))
            .twin(a -> {
              Gradient p = sigmoid(a.g("z"));
              double t = a.d("target");
              return p.log().multiply(-t).subtract(p.negate().add(1).log().multiply(1 - t));
            }),
        of(c, "softmaxCrossEntropy", vector("logits", "n", -4, 4), index("label", "n")).dim("n", 1, 8)
            .twin(a -> ReductionsOracleTest.logSumExp(a.gv("logits")).subtract(a.gv("logits")[a.i("label")])),
        of(c, "softAttention", vector("q", "n", -2, 2), vector("k", "n", -2, 2), real("tau", 0.3, 2))
            .dim("n", 1, 8)
            .twin(a -> {
              Gradient[] q = a.gv("q");
              Gradient[] k = a.gv("k");
              Gradient[] s = new Gradient[q.length];
              for (int i = 0; i < q.length; i++) {
                s[i] = q[i].multiply(k[i]).divide(a.g("tau"));
              }
              return ReductionsOracleTest.logSumExp(s).multiply(a.g("tau"));
            }),
        of(c, "reluNetwork", vector("w", "n", -2, 2), vector("v", "n", -2, 2), constantVector("x", "n", -2, 2),
                constantVector("c", "n", -1, 1)).dim("n", 1, 8)
            .where(MathHelpersOracleTest::preActivationsAway)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              Gradient[] v = a.gv("v");
              double[] x = a.v("x");
              double[] cs = a.v("c");
              Gradient out = a.c(0);
              for (int j = 0; j < w.length; j++) {
                Gradient pre = w[j].multiply(x[j]).add(cs[j]);
                if (pre.getValue() > 0) {
                  out = out.add(v[j].multiply(pre));
                }
              }
              return out;
            }),
        of(c, "sumSquareDot", vector("w", "n", -2, 2), real("x", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              Gradient sum = a.c(0);
              for (Gradient e : w) {
                sum = sum.add(e);
              }
              return sum.multiply(a.g("x").square()).add(ReductionsOracleTest.dot(w, w).subtract(a.g("x")).square());
            }),
        of(c, "softplusPairs", vector("r", "n", -6, 6)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient r : a.gv("r")) {
                s = s.add(softplus(r)).add(softplus(r.negate()));
              }
              return s;
            }));
  }

  /** erf with its derivative {@code 2/√π e^(-x²)}, the value from Hipparchus. */
  static Gradient erf(Gradient x) {
    double v = x.getValue();
    return x.compose(Erf.erf(v), TWO_OVER_SQRT_PI * Math.exp(-v * v));
  }

  static Gradient gelu(Gradient x) {
    return erf(x.divide(Math.sqrt(2))).add(1).multiply(x).multiply(0.5);
  }

  static Gradient sigmoid(Gradient z) {
    return z.negate().exp().add(1).reciprocal();
  }

  static Gradient softplus(Gradient z) {
    // log(1 + e^z) = max(z, 0) + log1p(e^-|z|), written with the branch on the value
    return z.getValue() > 0 ? z.add(z.negate().exp().log1p()) : z.exp().log1p();
  }

  /** Every pre-activation {@code w_j x_j + c_j} is {@code MARGIN} away from relu's kink. */
  private static boolean preActivationsAway(Args a) {
    double[] w = a.v("w");
    double[] x = a.v("x");
    double[] c = a.v("c");
    for (int j = 0; j < w.length; j++) {
      if (Math.abs(w[j] * x[j] + c[j]) <= MARGIN) {
        return false;
      }
    }
    return true;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
