package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.dot;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.LinearAlgebra;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link LinearAlgebra}: matrices of 1x1 up to 6x6 (or 5x5 for triple loops). */
class LinearAlgebraOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = LinearAlgebra.class;
    return List.of(
        of(c, "quadraticForm", matrix("a", "n", "n", -2, 2), vector("x", "n", -2, 2)).dim("n", 1, 6)
            .twin(a -> dot(a.gv("x"), IterationsOracleTest.matVec(a.gm("a"), a.gv("x")))),
        of(c, "matVecNormSquared", matrix("a", "m", "n", -2, 2), vector("x", "n", -2, 2))
            .dim("m", 1, 6).dim("n", 1, 6)
            .twin(a -> {
              Gradient[] y = IterationsOracleTest.matVec(a.gm("a"), a.gv("x"));
              return dot(y, y);
            }),
        of(c, "productFrobenius", matrix("a", "n", "k", -1.5, 1.5), matrix("b", "k", "m", -1.5, 1.5))
            .dim("n", 1, 5).dim("k", 1, 5).dim("m", 1, 5)
            .twin(a -> {
              Gradient[][] p = multiply(a.gm("a"), a.gm("b"));
              Gradient s = a.c(0);
              for (Gradient[] row : p) {
                for (Gradient e : row) {
                  s = s.add(e.square());
                }
              }
              return s;
            }),
        of(c, "traceOfProduct", matrix("a", "n", "n", -2, 2), matrix("b", "n", "n", -2, 2)).dim("n", 1, 6)
            .twin(a -> trace(multiply(a.gm("a"), a.gm("b")))),
        of(c, "bilinear", vector("x", "n", -2, 2), matrix("a", "n", "m", -2, 2), vector("y", "m", -2, 2))
            .dim("n", 1, 6).dim("m", 1, 6)
            .twin(a -> dot(a.gv("x"), IterationsOracleTest.matVec(a.gm("a"), a.gv("y")))),
        of(c, "forwardSubstitution", matrix("l", "n", "n", 0.5, 1.5), vector("b", "n", -1, 1)).dim("n", 1, 6)
            .twin(a -> {
              Gradient[][] l = a.gm("l");
              Gradient[] b = a.gv("b");
              int n = b.length;
              Gradient[] x = new Gradient[n];
              for (int i = 0; i < n; i++) {
                Gradient s = b[i];
                for (int j = 0; j < i; j++) {
                  s = s.subtract(l[i][j].multiply(x[j]));
                }
                x[i] = s.divide(l[i][i]);
              }
              return dot(x, x);
            }),
        of(c, "choleskyLogDet", matrix("m", "n", "k", -1.5, 1.5)).dim("n", 1, 5).dim("k", 1, 4)
            .twin(a -> {
              // log det(M M^T + I) = log det(M^T M + I) is symmetric in form; the twin factors by
              // Gaussian elimination without pivoting (fine: the matrix is positive definite)
              Gradient[][] m = a.gm("m");
              int n = m.length;
              Gradient[][] s = new Gradient[n][n];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                  s[i][j] = dot(m[i], m[j]).add(i == j ? 1 : 0);
                }
              }
              Gradient logDet = a.c(0);
              for (int p = 0; p < n; p++) {
                logDet = logDet.add(s[p][p].log());
                for (int i = p + 1; i < n; i++) {
                  Gradient f = s[i][p].divide(s[p][p]);
                  for (int j = p; j < n; j++) {
                    s[i][j] = s[i][j].subtract(f.multiply(s[p][j]));
                  }
                }
              }
              return logDet;
            }),
        of(c, "kernelSum", matrix("p", "n", "d", -1.5, 1.5)).dim("n", 1, 6).dim("d", 1, 4)
            .twin(a -> {
              Gradient[][] p = a.gm("p");
              Gradient s = a.c(0);
              for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < i; j++) {
                  Gradient d = a.c(0);
                  for (int k = 0; k < p[i].length; k++) {
                    d = d.add(p[i][k].subtract(p[j][k]).square());
                  }
                  s = s.add(d.negate().exp());
                }
              }
              return s;
            }),
        of(c, "rosenbrock", vector("x", "n", -2, 2)).dim("n", 2, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient f = a.c(0);
              for (int i = 0; i + 1 < x.length; i++) {
                f = f.add(x[i + 1].subtract(x[i].square()).square().multiply(100))
                    .add(x[i].negate().add(1).square());
              }
              return f;
            }),
        of(c, "tridiagonalDeterminant", vector("a", "n", -2, 2), vector("b", "n", -2, 2), vector("c", "n", -2, 2))
            .dim("n", 1, 8)
            .twin(a -> {
              Gradient[] d = a.gv("a");
              Gradient[] up = a.gv("b");
              Gradient[] lo = a.gv("c");
              Gradient previous = a.c(1);
              Gradient current = d[0];
              for (int k = 1; k < d.length; k++) {
                Gradient next = d[k].multiply(current).subtract(up[k - 1].multiply(lo[k - 1]).multiply(previous));
                previous = current;
                current = next;
              }
              return current;
            }),
        of(c, "lowerTriangularForm", matrix("a", "n", "n", -2, 2), vector("x", "n", -2, 2)).dim("n", 1, 6)
            .twin(a -> {
              Gradient[][] m = a.gm("a");
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                for (int j = 0; j <= i; j++) {
                  s = s.add(m[i][j].multiply(x[i]).multiply(x[j]));
                }
              }
              return s;
            }),
        of(c, "traceOfPower", matrix("a", "n", "n", -1, 1), integer("k", 0, 4)).dim("n", 1, 5)
            .twin(a -> {
              Gradient[][] m = a.gm("a");
              int n = m.length;
              Gradient[][] p = new Gradient[n][n];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                  p[i][j] = a.c(i == j ? 1 : 0);
                }
              }
              for (int step = 0; step < a.i("k"); step++) {
                p = multiply(p, m);
              }
              return trace(p);
            }),
        of(c, "rowSoftmaxEntropy", matrix("logits", "n", "k", -3, 3)).dim("n", 1, 5).dim("k", 1, 6)
            .twin(a -> {
              Gradient total = a.c(0);
              for (Gradient[] row : a.gm("logits")) {
                Gradient lse = ReductionsOracleTest.logSumExp(row);
                for (Gradient z : row) {
                  Gradient logP = z.subtract(lse);
                  total = total.subtract(logP.exp().multiply(logP));
                }
              }
              return total;
            }),
        of(c, "gramPenalty", matrix("x", "n", "d", -1.5, 1.5)).dim("n", 1, 5).dim("d", 1, 5)
            .twin(a -> {
              Gradient[][] x = a.gm("x");
              int d = x[0].length;
              Gradient s = a.c(0);
              for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                  Gradient g = a.c(0);
                  for (Gradient[] row : x) {
                    g = g.add(row[i].multiply(row[j]));
                  }
                  s = s.add(g.square().log1p());
                }
              }
              return s;
            }),
        of(c, "rowSumSoftMax", matrix("m", "n", "k", -1.5, 1.5)).dim("n", 1, 6).dim("k", 1, 6)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient[] row : a.gm("m")) {
                Gradient sum = a.c(0);
                for (Gradient v : row) {
                  sum = sum.add(v);
                }
                s = s.add(sum.exp());
              }
              return s.log();
            }));
  }

  static Gradient[][] multiply(Gradient[][] a, Gradient[][] b) {
    int n = a.length;
    int k = b.length;
    int m = b[0].length;
    Gradient[][] c = new Gradient[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        c[i][j] = a[0][0].getField().getZero();
        for (int p = 0; p < k; p++) {
          c[i][j] = c[i][j].add(a[i][p].multiply(b[p][j]));
        }
      }
    }
    return c;
  }

  static Gradient trace(Gradient[][] a) {
    Gradient t = a[0][0].getField().getZero();
    for (int i = 0; i < a.length; i++) {
      t = t.add(a[i][i]);
    }
    return t;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
