package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.MARGIN;
import static dev.adjoint.tests.ReductionsOracleTest.logSumExp;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.index;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.signs;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Losses;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Losses} against their twins, away from every branch switch. */
class LossesOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Losses.class;
    return List.of(
        of(c, "softmaxCrossEntropy", vector("logits", "n", -4, 4), index("label", "n")).dim("n", 1, 8)
            .twin(a -> logSumExp(a.gv("logits")).subtract(a.gv("logits")[a.i("label")])),
        of(c, "huberSum", vector("r", "n", -3, 3), real("delta", 0.5, 2)).dim("n", 1, 8)
            .where(a -> allAway(a.v("r"), a.d("delta")) && allAway(a.v("r"), -a.d("delta")))
            .twin(a -> {
              Gradient[] r = a.gv("r");
              Gradient delta = a.g("delta");
              Gradient loss = a.c(0);
              for (Gradient ri : r) {
                if (Math.abs(ri.getValue()) <= delta.getValue()) {
                  loss = loss.add(ri.square().multiply(0.5));
                } else {
                  loss = loss.add(delta.multiply(ri.abs().subtract(delta.multiply(0.5))));
                }
              }
              return loss;
            }),
        of(c, "hingeLoss", vector("w", "d", -2, 2), constantMatrix("x", "n", "d", -2, 2),
                signs("y", "n")).dim("n", 1, 8).dim("d", 1, 6)
            .where(a -> hingeMarginsAway(a))
            .twin(a -> {
              Gradient[] w = a.gv("w");
              double[][] x = a.m("x");
              double[] y = a.v("y");
              Gradient total = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient m = affine(w, a.c(0), x[i]).multiply(y[i]);
                if (m.getValue() < 1) {
                  total = total.add(m.negate().add(1));
                }
              }
              return total.divide(x.length);
            }),
        of(c, "meanSquaredError", vector("prediction", "n", -3, 3), vector("target", "n", -3, 3))
            .dim("n", 1, 8)
            .twin(a -> {
              Gradient[] p = a.gv("prediction");
              Gradient[] t = a.gv("target");
              Gradient s = a.c(0);
              for (int i = 0; i < p.length; i++) {
                s = s.add(p[i].subtract(t[i]).square());
              }
              return s.divide(p.length);
            }),
        of(c, "logisticLoss", vector("w", "d", -2, 2), real("bias", -1, 1), constantMatrix("x", "n", "d", -2, 2),
                signs("y", "n")).dim("n", 1, 8).dim("d", 1, 6)
            .where(a -> logisticMarginsAway(a))
            .twin(a -> {
              Gradient[] w = a.gv("w");
              double[][] x = a.m("x");
              double[] y = a.v("y");
              Gradient loss = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient m = affine(w, a.g("bias"), x[i]).multiply(y[i]);
                loss = loss.add(m.getValue() > 0
                    ? m.negate().exp().log1p()
                    : m.negate().add(m.exp().log1p()));
              }
              return loss;
            }),
        of(c, "weightedLeastSquares", vector("theta", "d", -2, 2), constantMatrix("x", "n", "d", -2, 2),
                constantVector("y", "n", -2, 2), constantVector("weights", "n", 0.1, 2))
            .dim("n", 1, 8).dim("d", 1, 6)
            .twin(a -> {
              Gradient[] theta = a.gv("theta");
              double[][] x = a.m("x");
              double[] y = a.v("y");
              double[] weights = a.v("weights");
              Gradient loss = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient r = affine(theta, a.c(0), x[i]).subtract(y[i]);
                loss = loss.add(r.square().multiply(weights[i]));
              }
              return loss.multiply(0.5);
            }),
        of(c, "epsilonInsensitive", vector("prediction", "n", -3, 3), vector("target", "n", -3, 3),
                real("eps", 0.1, 1)).dim("n", 1, 8)
            .where(a -> {
              double[] p = a.v("prediction");
              double[] t = a.v("target");
              double eps = a.d("eps");
              for (int i = 0; i < p.length; i++) {
                double r = p[i] - t[i];
                if (Math.abs(r - eps) <= MARGIN || Math.abs(r + eps) <= MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] p = a.gv("prediction");
              Gradient[] t = a.gv("target");
              Gradient eps = a.g("eps");
              Gradient loss = a.c(0);
              for (int i = 0; i < p.length; i++) {
                Gradient r = p[i].subtract(t[i]);
                if (r.getValue() > eps.getValue()) {
                  loss = loss.add(r.subtract(eps));
                } else if (r.getValue() < -eps.getValue()) {
                  loss = loss.add(r.negate().subtract(eps));
                }
              }
              return loss;
            }),
        of(c, "crossEntropy", vector("p", "n", 0, 1), vector("q", "n", 0.05, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] p = a.gv("p");
              Gradient[] q = a.gv("q");
              Gradient h = a.c(0);
              for (int i = 0; i < p.length; i++) {
                h = h.subtract(p[i].multiply(q[i].log()));
              }
              return h;
            }),
        of(c, "klDivergence", vector("p", "n", 0.05, 1), vector("q", "n", 0.05, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] p = a.gv("p");
              Gradient[] q = a.gv("q");
              Gradient kl = a.c(0);
              for (int i = 0; i < p.length; i++) {
                kl = kl.add(p[i].multiply(p[i].divide(q[i]).log()));
              }
              return kl;
            }),
        of(c, "elasticNet", vector("w", "n", -2, 2), real("lambda1", 0, 1), real("lambda2", 0, 1)).dim("n", 1, 8)
            .where(a -> allAway(a.v("w"), 0))
            .twin(a -> {
              Gradient l1 = a.c(0);
              Gradient l2 = a.c(0);
              for (Gradient v : a.gv("w")) {
                l1 = l1.add(v.abs());
                l2 = l2.add(v.square());
              }
              return a.g("lambda1").multiply(l1).add(a.g("lambda2").multiply(l2));
            }),
        of(c, "trimmedSquares", vector("r", "n", -3, 3), real("c", 0.5, 2)).dim("n", 1, 8)
            .where(a -> allAway(a.v("r"), a.d("c")) && allAway(a.v("r"), -a.d("c")))
            .twin(a -> {
              Gradient c2 = a.g("c").square();
              Gradient loss = a.c(0);
              for (Gradient r : a.gv("r")) {
                loss = loss.add(Math.abs(r.getValue()) <= a.d("c") ? r.square() : c2);
              }
              return loss;
            }),
        of(c, "asymmetricLoss", vector("r", "n", -3, 3), real("tau", 0.1, 0.9), bool("squared")).dim("n", 1, 8)
            .where(a -> allAway(a.v("r"), 0) && allAway(a.v("r"), 2) && allAway(a.v("r"), -2))
            .twin(a -> {
              Gradient tau = a.g("tau");
              Gradient loss = a.c(0);
              for (Gradient r : a.gv("r")) {
                Gradient weight = r.getValue() < 0 ? tau.negate().add(1) : tau;
                boolean square = a.b("squared") || Math.abs(r.getValue()) > 2;
                loss = loss.add(weight.multiply(square ? r.square() : r.abs()));
              }
              return loss;
            }));
  }

  /** w . x + bias for a data row x. */
  static Gradient affine(Gradient[] w, Gradient bias, double[] x) {
    Gradient z = bias;
    for (int j = 0; j < w.length; j++) {
      z = z.add(w[j].multiply(x[j]));
    }
    return z;
  }

  private static boolean hingeMarginsAway(Args a) {
    return marginsAway(a, 0, 1);
  }

  private static boolean logisticMarginsAway(Args a) {
    return marginsAway(a, a.d("bias"), 0);
  }

  /** Every margin y_i (w . x_i + bias) is at least MARGIN from the kink. */
  private static boolean marginsAway(Args a, double bias, double kink) {
    double[] w = a.v("w");
    double[][] x = a.m("x");
    double[] y = a.v("y");
    for (int i = 0; i < x.length; i++) {
      double z = bias;
      for (int j = 0; j < w.length; j++) {
        z += w[j] * x[i][j];
      }
      if (Math.abs(y[i] * z - kink) <= MARGIN) {
        return false;
      }
    }
    return true;
  }

  private static boolean allAway(double[] x, double kink) {
    return ReductionsOracleTest.allAway(x, kink);
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
