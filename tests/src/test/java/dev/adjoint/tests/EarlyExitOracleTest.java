package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.MARGIN;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.EarlyExit;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link EarlyExit}: return inside a loop, break and continue. */
class EarlyExitOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = EarlyExit.class;
    return List.of(
        of(c, "firstAbove", vector("x", "n", -3, 3), real("threshold", -1, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.allAway(a.v("x"), a.d("threshold")))
            .twin(a -> {
              Gradient[] x = a.gv("x");
              for (Gradient v : x) {
                if (v.getValue() > a.d("threshold")) {
                  return v.square().subtract(a.g("threshold"));
                }
              }
              return a.c(0);
            }),
        of(c, "sumUntilBudget", vector("x", "n", -2, 2), real("budget", 0.5, 8)).dim("n", 1, 8)
            .where(a -> {
              double s = 0;
              for (double v : a.v("x")) {
                s += v * v;
                if (Math.abs(s - a.d("budget")) <= MARGIN) {
                  return false;
                }
                if (s > a.d("budget")) {
                  break;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.square());
                if (s.getValue() > a.d("budget")) {
                  break;
                }
              }
              return s;
            }),
        of(c, "sumLogPositive", vector("x", "n", -2, 3)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                if (v.getValue() <= 0) {
                  continue;
                }
                s = s.add(v.log());
              }
              return s;
            }),
        of(c, "newtonSqrtBreak", real("a", 0.1, 100))
            .twin(a -> {
              Gradient av = a.g("a");
              Gradient x = a.d("a") > 1 ? av : a.c(1);
              for (int k = 0; k < 100; k++) {
                Gradient next = x.add(av.divide(x)).multiply(0.5);
                if (Math.abs(next.getValue() - x.getValue()) <= 1e-15 * next.getValue()) {
                  x = next;
                  break;
                }
                x = next;
              }
              return x;
            }),
        of(c, "everyOtherUntilLarge", vector("x", "n", -3, 3), real("limit", 0.5, 3)).dim("n", 1, 10)
            .where(a -> {
              double[] x = a.v("x");
              for (int i = 0; i < x.length; i += 2) {
                if (Math.abs(Math.abs(x[i]) - a.d("limit")) <= MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i += 2) {
                if (Math.abs(x[i].getValue()) > a.d("limit")) {
                  break;
                }
                s = s.add(x[i].sin().multiply(x[i]));
              }
              return s;
            }),
        of(c, "firstPairProduct", vector("x", "n", -2, 2), real("limit", 0.2, 2)).dim("n", 1, 8)
            .where(a -> {
              double[] x = a.v("x");
              for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < i; j++) {
                  if (Math.abs(x[i] * x[j] - a.d("limit")) <= MARGIN || Math.abs(x[j] + 1.5) <= MARGIN) {
                    return false;
                  }
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < i; j++) {
                  if (x[i].getValue() * x[j].getValue() > a.d("limit")) {
                    return x[i].multiply(x[j]).add(x[i]);
                  }
                  if (x[j].getValue() < -1.5) {
                    break;
                  }
                }
              }
              return x[0];
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
