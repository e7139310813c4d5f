package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.SteppedCounters;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link SteppedCounters} against their twins. */
class SteppedCountersOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = SteppedCounters.class;
    return List.of(
        of(c, "packedLowerTimesVector", vector("packed", "p", -2, 2), vector("v", "n", -2, 2))
            .dim("n", 1, 5).dim("p", "n", n -> n * (n + 1) / 2)
            .twin(a -> {
              Gradient[] packed = a.gv("packed");
              Gradient[] v = a.gv("v");
              Gradient norm = a.c(0);
              for (int r = 0; r < v.length; r++) {
                Gradient y = a.c(0);
                for (int col = 0; col <= r; col++) {
                  y = y.add(packed[r * (r + 1) / 2 + col].multiply(v[col]));
                }
                norm = norm.add(y.multiply(y));
              }
              return norm;
            }),
        of(c, "blockTriangular", matrix("icf", "blocks", "width", -1, 1),
            vector("x", "d", -2, 2)).dim("blocks", 1, 3).dim("d", 1, 4)
            .dim("width", "d", d -> d * (d + 1) / 2)
            .twin(a -> {
              Gradient[][] icf = a.gm("icf");
              Gradient[] x = a.gv("x");
              int d = x.length;
              Gradient total = a.c(0);
              for (Gradient[] block : icf) {
                for (int r = 0; r < d; r++) {
                  Gradient q = block[r].exp().multiply(x[r]);
                  for (int j = 0; j < r; j++) {
                    // row r of the strictly lower part starts after rows 1 .. r-1
                    q = q.add(block[d + r * (r - 1) / 2 + j].multiply(x[j]));
                  }
                  total = total.add(q.sin());
                }
              }
              return total;
            }),
        of(c, "everyOtherUntil", vector("x", "n", -2, 2), real("a", 0.1, 1)).dim("n", 1, 9)
            .where(a -> {
              double s = 0;
              for (int i = 0; i < a.v("x").length; i += 2) {
                s += a.d("a") * a.v("x")[i] * a.v("x")[i];
                if (Math.abs(s - 4) < 0.05) {
                  return false; // away from the jump where the loop stops
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              int i = 0;
              while (i < x.length) {
                s = s.add(a.g("a").multiply(x[i]).multiply(x[i]));
                if (s.getValue() > 4) {
                  break;
                }
                i += 2;
              }
              return s.multiply(i);
            }),
        of(c, "againstItsReverse", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].multiply(x[x.length - 1 - i].cos()));
              }
              return s;
            }),
        of(c, "positivesWeighted", vector("x", "n", -2, 2), vector("w", "m", -2, 2))
            .dim("n", 1, 8).dim("m", 1, 3)
            .where(a -> {
              for (double x : a.v("x")) {
                if (Math.abs(x) < 0.05) {
                  return false; // away from the sign change
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] w = a.gv("w");
              Gradient s = a.c(0);
              int m = 0;
              for (Gradient xi : x) {
                if (xi.getValue() > 0) {
                  s = s.add(w[m % w.length].multiply(xi).multiply(xi));
                  m++;
                }
              }
              return s.add(m);
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
