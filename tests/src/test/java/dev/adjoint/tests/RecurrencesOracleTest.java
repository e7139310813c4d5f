package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Recurrences;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Recurrences} against twins that follow the same recurrences. */
class RecurrencesOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Recurrences.class;
    return List.of(
        of(c, "horner", vector("c", "n", -2, 2), real("x", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> horner(a.gv("c"), a.g("x"))),
        of(c, "powerSeries", vector("a", "n", -2, 2), real("x", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> horner(a.gv("a"), a.g("x"))),
        of(c, "clenshaw", vector("c", "n", -2, 2), real("x", -1, 1)).dim("n", 1, 8)
            .twin(a -> {
              // sum c_k T_k(x) with T_0 = 1, T_1 = x, T_k = 2 x T_(k-1) - T_(k-2)
              Gradient[] c0 = a.gv("c");
              Gradient x = a.g("x");
              Gradient tPrev = a.c(1);
              Gradient t = x;
              Gradient s = c0[0];
              for (int k = 1; k < c0.length; k++) {
                s = s.add(c0[k].multiply(t));
                Gradient next = x.multiply(2).multiply(t).subtract(tPrev);
                tPrev = t;
                t = next;
              }
              return s;
            }),
        of(c, "prefixSumSquares", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient running = a.c(0);
              Gradient total = a.c(0);
              for (Gradient v : a.gv("x")) {
                running = running.add(v);
                total = total.add(running.square());
              }
              return total;
            }),
        of(c, "cumulativeProductSum", vector("x", "n", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient running = a.c(1);
              Gradient total = a.c(0);
              for (Gradient v : a.gv("x")) {
                running = running.multiply(v);
                total = total.add(running);
              }
              return total;
            }),
        of(c, "ema", vector("x", "n", -2, 2), real("alpha", 0.05, 0.95)).dim("n", 1, 8)
            .twin(a -> emaSeries(a.gv("x"), a.g("alpha"))[a.v("x").length - 1]),
        of(c, "emaEnergy", vector("x", "n", -2, 2), real("alpha", 0.05, 0.95)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient e : emaSeries(a.gv("x"), a.g("alpha"))) {
                s = s.add(e.square());
              }
              return s;
            }),
        of(c, "squareInPlace", vector("x", "n", -1.2, 1.2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                Gradient q = v.square();
                q = q.square().add(q);
                s = s.add(q.sin());
              }
              return s;
            }),
        of(c, "linearRecurrence", vector("x", "n", -2, 2), real("a", -1, 1), real("b", -0.5, 0.5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient f2 = a.c(0);
              Gradient f1 = a.c(0);
              for (Gradient x : a.gv("x")) {
                Gradient f = a.g("a").multiply(f1).add(a.g("b").multiply(f2)).add(x);
                f2 = f1;
                f1 = f;
              }
              return f1;
            }),
        of(c, "rnn", vector("xs", "t", -2, 2), real("wh", -1.5, 1.5), real("wx", -1.5, 1.5), real("b", -1, 1))
            .dim("t", 1, 8)
            .twin(a -> {
              Gradient h = a.c(0);
              for (Gradient x : a.gv("xs")) {
                h = a.g("wh").multiply(h).add(a.g("wx").multiply(x)).add(a.g("b")).tanh();
              }
              return h;
            }),
        of(c, "rnnVector", matrix("w", "h", "h", -1, 1), vector("u", "h", -1, 1), vector("b", "h", -1, 1),
                vector("xs", "t", -2, 2)).dim("h", 1, 5).dim("t", 1, 6)
            .twin(a -> {
              Gradient[][] w = a.gm("w");
              Gradient[] u = a.gv("u");
              Gradient[] b = a.gv("b");
              int hidden = u.length;
              Gradient[] h = new Gradient[hidden];
              java.util.Arrays.fill(h, a.c(0));
              for (Gradient x : a.gv("xs")) {
                Gradient[] next = new Gradient[hidden];
                for (int i = 0; i < hidden; i++) {
                  Gradient z = u[i].multiply(x).add(b[i]);
                  for (int j = 0; j < hidden; j++) {
                    z = z.add(w[i][j].multiply(h[j]));
                  }
                  next[i] = z.tanh();
                }
                h = next;
              }
              Gradient s = a.c(0);
              for (Gradient v : h) {
                s = s.add(v);
              }
              return s;
            }),
        of(c, "continuedFraction", vector("a", "n", 1, 2), real("x", 0.1, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] coeffs = a.gv("a");
              Gradient v = coeffs[coeffs.length - 1];
              for (int i = coeffs.length - 2; i >= 0; i--) {
                v = coeffs[i].add(a.g("x").divide(v));
              }
              return v;
            }),
        of(c, "pairProducts", vector("x", "n", -2, 2)).dim("n", 1, 9)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i + 1 < x.length; i += 2) {
                s = s.add(x[i].multiply(x[i + 1]));
              }
              return s;
            }),
        of(c, "stridedCountdown", vector("x", "n", -3, 3)).dim("n", 1, 10)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = x.length - 1; i >= 0; i -= 3) {
                s = s.add(x[i].sin().multiply(i + 1));
              }
              return s;
            }),
        of(c, "fillThenReduce", vector("x", "n", -2, 2), real("c", 0.2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.square().add(a.g("c")).log());
              }
              return s;
            }),
        of(c, "halvings", real("x", 0.3, 50))
            .where(a -> {
              double l = Math.log(a.d("x")) / Math.log(2);
              return Math.abs(l - Math.rint(l)) > 0.01;
            })
            .twin(a -> {
              Gradient y = a.g("x");
              int k = 0;
              do {
                y = y.multiply(0.5);
                k++;
              } while (y.getValue() > 1);
              return y.multiply(k).add(a.g("x"));
            }),
        of(c, "initializedWeights", vector("x", "n", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] w = {a.c(0.5), a.c(-1.0), a.c(2.0)};
              Gradient s = a.c(0);
              Gradient[] x = a.gv("x");
              for (int i = 0; i < x.length; i++) {
                w[i % 3] = w[i % 3].multiply(x[i]).add(1);
                s = s.add(w[i % 3]);
              }
              return s;
            }),
        of(c, "alternatingSeries", vector("x", "n", -2, 2), bool("startNegative")).dim("n", 1, 8)
            .twin(a -> {
              int sign = a.b("startNegative") ? -1 : 1;
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(i % 2 == 0 ? x[i].square().multiply(sign) : x[i].cos().multiply(sign));
                sign = -sign;
              }
              return s;
            }),
        of(c, "sortedWeightedSum", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> {
              double[] x = a.v("x");
              java.util.Arrays.sort(x);
              for (int i = 1; i < x.length; i++) {
                if (x[i] - x[i - 1] <= ReductionsOracleTest.MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] sorted = x.clone();
              java.util.Arrays.sort(sorted, java.util.Comparator.comparingDouble(Gradient::getValue));
              Gradient s = a.c(0);
              for (int i = 0; i < sorted.length; i++) {
                s = s.add(sorted[i].square().multiply(i + 1));
              }
              return s;
            }),
        of(c, "insertionSortWeighted", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> {
              double[] x = a.v("x");
              java.util.Arrays.sort(x);
              for (int i = 1; i < x.length; i++) {
                if (x[i] - x[i - 1] <= ReductionsOracleTest.MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient[] sorted = a.gv("x").clone();
              java.util.Arrays.sort(sorted, java.util.Comparator.comparingDouble(Gradient::getValue));
              Gradient s = a.c(0);
              for (int i = 0; i < sorted.length; i++) {
                s = s.add(sorted[i].multiply(Math.exp(-0.5 * i)));
              }
              return s;
            }),
        of(c, "scatterAdd", vector("x", "n", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient[] c0 = new Gradient[n];
              java.util.Arrays.fill(c0, a.c(1));
              for (int i = 0; i < n; i++) {
                int k = (3 * i) % n;
                c0[k] = c0[k].add(x[i].multiply(c0[(i + 1) % n]));
              }
              Gradient s = a.c(0);
              for (Gradient v : c0) {
                s = s.add(v.square());
              }
              return s;
            }),
        of(c, "softDtw", vector("x", "n", -2, 2), vector("y", "m", -2, 2), real("gamma", 0.1, 2))
            .dim("n", 1, 6).dim("m", 1, 6)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] y = a.gv("y");
              Gradient gamma = a.g("gamma");
              int n = x.length;
              int m = y.length;
              Gradient[][] r = new Gradient[n][m];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                  Gradient cost = x[i].subtract(y[j]).square();
                  if (i == 0 && j == 0) {
                    r[i][j] = cost;
                  } else if (i == 0) {
                    r[i][j] = cost.add(r[i][j - 1]);
                  } else if (j == 0) {
                    r[i][j] = cost.add(r[i - 1][j]);
                  } else {
                    // -gamma log(sum exp(-v / gamma)), shifted by the first neighbour (any shift is exact)
                    Gradient[] v = {r[i - 1][j], r[i][j - 1], r[i - 1][j - 1]};
                    Gradient s = a.c(0);
                    for (Gradient e : v) {
                      s = s.add(e.subtract(v[0]).divide(gamma).negate().exp());
                    }
                    r[i][j] = cost.add(v[0]).subtract(gamma.multiply(s.log()));
                  }
                }
              }
              return r[n - 1][m - 1];
            }));
  }

  /** c0 + c1 x + c2 x^2 + ... */
  static Gradient horner(Gradient[] c, Gradient x) {
    Gradient y = x.getField().getZero();
    for (int i = c.length - 1; i >= 0; i--) {
      y = y.multiply(x).add(c[i]);
    }
    return y;
  }

  /** The EMA series m_0 = x_0, m_t = alpha x_t + (1 - alpha) m_(t-1). */
  static Gradient[] emaSeries(Gradient[] x, Gradient alpha) {
    Gradient[] m = new Gradient[x.length];
    m[0] = x[0];
    for (int t = 1; t < x.length; t++) {
      m[t] = alpha.multiply(x[t]).add(alpha.negate().add(1).multiply(m[t - 1]));
    }
    return m;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
