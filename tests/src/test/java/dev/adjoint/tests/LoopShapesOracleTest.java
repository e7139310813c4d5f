package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.MARGIN;
import static dev.adjoint.tests.ReductionsOracleTest.allAway;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.LoopShapes;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link LoopShapes} against twins that walk the same indices. */
class LoopShapesOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = LoopShapes.class;
    return List.of(
        of(c, "skipAfterLarge", vector("x", "n", -2, 2)).dim("n", 1, 10)
            .where(a -> allAway(a.v("x"), 1))
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].square());
                if (x[i].getValue() > 1) {
                  i++;
                }
              }
              return s;
            }),
        of(c, "shrinkingBound", vector("x", "n", -2, 2)).dim("n", 1, 10)
            .where(a -> allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient s = a.c(0);
              for (int i = 0; i < n; i++) {
                s = s.add(x[i].sin()).add(x[i]);
                if (x[i].getValue() < 0) {
                  n--;
                }
              }
              return s;
            }),
        of(c, "powersOfTwoIndices", vector("x", "n", -2, 2)).dim("n", 1, 20)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 1; i < x.length; i *= 2) {
                s = s.add(x[i].multiply(x[i - 1]));
              }
              return s;
            }),
        of(c, "forUntilBudget", vector("x", "n", -2, 2), real("budget", 0.5, 6)).dim("n", 1, 8)
            .where(a -> {
              double s = 0;
              for (double v : a.v("x")) {
                s += v * v;
                if (Math.abs(s - a.d("budget")) <= MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              int k;
              for (k = 0; k < x.length && s.getValue() < a.d("budget"); k++) {
                s = s.add(x[k].square());
              }
              return s.multiply(k);
            }),
        of(c, "weightAtArgmax", vector("x", "n", -3, 3), vector("w", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.maxGap(a.v("x")) > MARGIN)
            .twin(a -> {
              int best = ReductionsOracleTest.argmax(a.v("x"));
              return a.gv("x")[best].multiply(a.gv("w")[best]);
            }),
        of(c, "interpolate", vector("table", "n", -2, 2), real("t", 0, 1)).dim("n", 2, 8)
            .where(a -> {
              double position = a.d("t") * (a.v("table").length - 1);
              return Math.abs(position - Math.rint(position)) > MARGIN;
            })
            .twin(a -> {
              Gradient[] table = a.gv("table");
              int n = table.length;
              Gradient position = a.g("t").multiply(n - 1);
              int i = Math.min((int) position.getValue(), n - 2);
              Gradient f = position.subtract(i);
              return table[i].multiply(f.negate().add(1)).add(table[i + 1].multiply(f));
            }),
        of(c, "bufferReuse", vector("x", "n", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (Gradient v : x) {
                s = s.add(v.square().sin());
              }
              Gradient first = s;
              for (Gradient v : x) {
                s = s.add(v.square().multiply(v).add(first).cos());
              }
              return s;
            }),
        of(c, "compoundMatrixUpdates", matrix("a", "n", "m", -2, 2)).dim("n", 1, 5).dim("m", 1, 5)
            .twin(a -> {
              Gradient[][] m = a.gm("a");
              int n = m.length;
              int k = m[0].length;
              Gradient[][] b = new Gradient[n][k];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                  b[i][j] = m[i][j].add(2).multiply(m[i][j]).subtract(m[i][k - 1 - j].multiply(0.5))
                      .divide(m[i][j].square().add(1));
                }
              }
              Gradient s = a.c(0);
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                  s = s.add(b[i][j].multiply(b[n - 1 - i][j]));
                }
              }
              return s;
            }),
        of(c, "rotate", vector("p", "2", -3, 3), real("theta", -4, 4))
            .vectorTwin(a -> {
              Gradient[] p = a.gv("p");
              Gradient cos = a.g("theta").cos();
              Gradient sin = a.g("theta").sin();
              return new Gradient[] {
                  cos.multiply(p[0]).subtract(sin.multiply(p[1])), sin.multiply(p[0]).add(cos.multiply(p[1]))};
            }),
        of(c, "anyNegative", vector("x", "n", -0.5, 3)).dim("n", 1, 6)
            .where(a -> allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient s = a.c(0);
              boolean negative = false;
              for (Gradient v : a.gv("x")) {
                negative |= v.getValue() < 0;
                s = s.add(v);
              }
              return negative ? s.square() : s.sqrt();
            }),
        of(c, "whileMaybeNever", vector("x", "n", -1, 1), integer("start", 0, 9)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(1);
              for (int i = a.i("start"); i < x.length; i += 2) {
                s = s.multiply(x[i].exp()).add(x[i]);
              }
              return s;
            }),
        // counts is differentiable too, but only read through an int cast: its partials are all 0
        of(c, "dataDrivenInnerCount", vector("x", "n", -1.5, 1.5), vector("counts", "n", 0, 5.99))
            .dim("n", 1, 8)
            .where(a -> {
              for (double k : a.v("counts")) {
                if (Math.abs(k - Math.rint(k)) <= MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              double[] counts = a.v("counts");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient p = a.c(1);
                for (int j = 0; j < (int) counts[i]; j++) {
                  p = p.multiply(x[i]);
                }
                s = s.add(p);
              }
              return s;
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
