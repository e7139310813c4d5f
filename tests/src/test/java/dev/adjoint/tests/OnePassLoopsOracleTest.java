package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.OnePassLoops;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link OnePassLoops} against their twins. */
class OnePassLoopsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = OnePassLoops.class;
    return List.of(
        of(c, "meanSquaredResidual", vector("x", "n", -2, 2), real("slope", -2, 2),
            real("offset", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient total = a.c(0);
              for (Gradient x : a.gv("x")) {
                Gradient r = a.g("slope").multiply(x).add(a.g("offset")).subtract(x.sin());
                total = total.add(r.multiply(r));
              }
              return total.divide(a.v("x").length);
            }),
        of(c, "logOfSum", vector("x", "n", -2, 2), real("scale", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient x : a.gv("x")) {
                s = s.add(a.g("scale").multiply(x).exp());
              }
              return s.log().subtract(a.g("scale").multiply(a.g("scale")).multiply(0.5));
            }),
        of(c, "pointsAndComponents", vector("x", "n", -2, 2), vector("centers", "m", -2, 2),
            real("w", -1, 1)).dim("points", 1, 4).dim("n", "points", p -> 2 * p)
            .dim("components", 1, 3).dim("m", "components", q -> 2 * q)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] centers = a.gv("centers");
              Gradient w = a.g("w");
              Gradient total = a.c(0);
              for (int i = 0; i < x.length / 2; i++) {
                Gradient sum = a.c(0);
                for (int k = 0; k < centers.length / 2; k++) {
                  Gradient c0 = x[2 * i].subtract(centers[2 * k]);
                  Gradient c1 = x[2 * i + 1].subtract(centers[2 * k + 1]);
                  Gradient q1 = c1.add(w.multiply(c0));
                  Gradient q = c0.multiply(c0).add(q1.multiply(q1));
                  sum = sum.add(q.multiply(-0.5).exp());
                }
                total = total.subtract(sum.log());
              }
              return total.multiply(2).add(w.multiply(w));
            }),
        of(c, "hingeAverage", vector("x", "n", -2, 2), real("a", -1, 1)).dim("n", 1, 8)
            .where(a -> {
              for (double x : a.v("x")) {
                if (Math.abs(1 - a.d("a") * x) < 0.05) {
                  return false; // away from the kink
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient loss = a.c(0);
              int active = 0;
              for (Gradient x : a.gv("x")) {
                Gradient margin = a.g("a").multiply(x).negate().add(1);
                if (margin.getValue() > 0) {
                  loss = loss.add(margin.multiply(margin));
                  active++;
                }
              }
              return loss.divide(1 + active);
            }),
        of(c, "carried", vector("x", "n", -2, 2), real("a", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient previous = a.g("a");
              Gradient total = a.c(0);
              for (Gradient x : a.gv("x")) {
                Gradient next = previous.add(x).tanh();
                total = total.add(next.multiply(previous));
                previous = next;
              }
              return total;
            }),
        of(c, "scratchReadFirst", vector("x", "n", -2, 2), real("a", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s1 = a.c(0);
              Gradient total = a.c(0);
              for (Gradient x : a.gv("x")) {
                total = total.add(s1.multiply(x));
                s1 = a.g("a").multiply(x).sin().add(a.g("a"));
              }
              return total;
            }),
        of(c, "scratchReadAfter", vector("x", "n", -2, 2), real("a", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient last = a.c(0);
              Gradient total = a.c(0);
              for (Gradient x : a.gv("x")) {
                last = a.g("a").multiply(x).multiply(x);
                total = total.add(last);
              }
              return total.add(last.multiply(a.g("a")));
            }),
        of(c, "neighbourDifferences", vector("x", "n", -2, 2), real("a", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient total = a.c(0);
              for (int i = 0; i + 1 < x.length; i++) {
                Gradient w0 = x[i].multiply(a.g("a"));
                Gradient w1 = x[i + 1].multiply(a.g("a"));
                total = total.subtract(w1.subtract(w0).cos().multiply(w0));
              }
              return total.multiply(total);
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
