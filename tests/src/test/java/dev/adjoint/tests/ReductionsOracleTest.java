package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Reductions;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Reductions} (vectors of 1 to 8 entries) against their twins. */
class ReductionsOracleTest {
  static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = Reductions.class;
    return List.of(
        // sizes from 0: the empty dot product and sum are 0, with no partials
        of(c, "dot", vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 0, 8)
            .twin(a -> {
              Gradient[] x = a.gv("a");
              Gradient[] y = a.gv("b");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].multiply(y[i]));
              }
              return s;
            }),
        of(c, "sum", vector("x", "n", -3, 3)).dim("n", 0, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v);
              }
              return s;
            }),
        of(c, "mean", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> sum(a.gv("x")).divide(a.v("x").length)),
        of(c, "sumOfSquares", vector("x", "n", -3, 3)).dim("n", 0, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.multiply(v));
              }
              return s;
            }),
        of(c, "l1Norm", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.abs());
              }
              return s;
            }),
        of(c, "l2Norm", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> norm(a.v("x")) > 0.1)
            .twin(a -> dot(a.gv("x"), a.gv("x")).sqrt()),
        of(c, "linfNorm", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> maxGap(abs(a.v("x"))) > MARGIN && max(abs(a.v("x"))) > MARGIN)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              int k = argmax(abs(a.v("x")));
              return x[k].abs();
            }),
        of(c, "logSumExp", vector("z", "n", -4, 4)).dim("n", 1, 8)
            .twin(a -> logSumExp(a.gv("z"))),
        of(c, "product", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient p = a.c(1);
              for (Gradient v : a.gv("x")) {
                p = p.multiply(v);
              }
              return p;
            }),
        of(c, "geometricMean", vector("x", "n", 0.1, 5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient logs = a.c(0);
              for (Gradient v : a.gv("x")) {
                logs = logs.add(v.log());
              }
              return logs.divide(a.v("x").length).exp();
            }),
        of(c, "variance", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient mu = sum(x).divide(x.length);
              Gradient ss = a.c(0);
              for (Gradient v : x) {
                ss = ss.add(v.subtract(mu).square());
              }
              return ss.divide(x.length);
            }),
        of(c, "cosineSimilarity", vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> norm(a.v("a")) > 0.1 && norm(a.v("b")) > 0.1)
            .twin(a -> {
              Gradient[] x = a.gv("a");
              Gradient[] y = a.gv("b");
              return dot(x, y).divide(dot(x, x).multiply(dot(y, y)).sqrt());
            }),
        of(c, "sumWhile", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.sin().multiply(v));
              }
              return s;
            }),
        of(c, "pNorm", vector("x", "n", -3, 3), real("p", 1.2, 4)).dim("n", 1, 8)
            .where(a -> allAway(a.v("x"), 0) && Math.abs(a.v("x")[0]) > 0.1)
            .twin(a -> {
              Gradient p = a.g("p");
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.abs().pow(p));
              }
              return s.pow(p.reciprocal());
            }),
        of(c, "softmaxWeightedMean", vector("z", "n", -3, 3), vector("v", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] z = a.gv("z");
              Gradient[] v = a.gv("v");
              Gradient total = a.c(0);
              for (Gradient e : z) {
                total = total.add(e.exp());
              }
              Gradient out = a.c(0);
              for (int i = 0; i < z.length; i++) {
                out = out.add(z[i].exp().divide(total).multiply(v[i]));
              }
              return out;
            }),
        of(c, "positivePrefixProduct", vector("x", "n", -0.5, 2)).dim("n", 0, 8)
            .where(a -> allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient p = a.c(1);
              int i = 0;
              for (Gradient v : a.gv("x")) {
                if (v.getValue() <= 0) {
                  break;
                }
                p = p.multiply(v);
                i++;
              }
              return p.add(i);
            }),
        of(c, "weightedSquares", vector("x", "n", -2, 2), constantVector("w", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              double[] w = a.v("w");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].square().multiply(w[i]));
              }
              return s;
            }),
        of(c, "doWhileSum", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.square().negate().exp());
              }
              return s;
            }));
  }

  static Gradient dot(Gradient[] a, Gradient[] b) {
    Gradient s = a[0].getField().getZero();
    for (int i = 0; i < a.length; i++) {
      s = s.add(a[i].multiply(b[i]));
    }
    return s;
  }

  static Gradient sum(Gradient[] x) {
    Gradient s = x[0].getField().getZero();
    for (Gradient v : x) {
      s = s.add(v);
    }
    return s;
  }

  static Gradient logSumExp(Gradient[] z) {
    int k = argmax(values(z));
    Gradient s = z[0].getField().getZero();
    for (Gradient v : z) {
      s = s.add(v.subtract(z[k]).exp());
    }
    return z[k].add(s.log());
  }

  static double[] values(Gradient[] x) {
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i].getValue();
    }
    return v;
  }

  static double norm(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  static double[] abs(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.abs(x[i]);
    }
    return out;
  }

  static double max(double[] x) {
    return x[argmax(x)];
  }

  /** The index of the first largest entry. */
  static int argmax(double[] x) {
    int k = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[k]) {
        k = i;
      }
    }
    return k;
  }

  /** The gap between the largest and the second largest entry (infinite for one entry). */
  static double maxGap(double[] x) {
    int k = argmax(x);
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      if (i != k) {
        gap = Math.min(gap, x[k] - x[i]);
      }
    }
    return gap;
  }

  /** Every entry at least {@link #MARGIN} from {@code kink}. */
  static boolean allAway(double[] x, double kink) {
    for (double v : x) {
      if (Math.abs(v - kink) <= MARGIN) {
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
