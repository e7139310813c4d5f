package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Iterations;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the generated derivatives of {@link Iterations}. The twins run the same iterations with the
 * same stopping rules (decided on values), so they differentiate the program, not the limit; the
 * finite-difference oracle sees the converged function.
 */
class IterationsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Iterations.class;
    return List.of(
        of(c, "newtonSqrt", real("a", 0.1, 100))
            .twin(a -> {
              Gradient av = a.g("a");
              Gradient x = a.d("a") > 1 ? av : a.c(1);
              while (Math.abs(x.getValue() * x.getValue() - a.d("a")) > 1e-12 * a.d("a")) {
                x = x.add(av.divide(x)).multiply(0.5);
              }
              return x;
            }),
        of(c, "newtonCubeRoot", real("a", 0.1, 30))
            .twin(a -> {
              Gradient av = a.g("a");
              Gradient x = av.divide(3).add(1);
              Gradient step;
              do {
                step = x.pow(3).subtract(av).divide(x.square().multiply(3));
                x = x.subtract(step);
              } while (Math.abs(step.getValue()) > 1e-13 * x.getValue());
              return x;
            }),
        of(c, "fixedPointCos", real("c", 0.2, 1))
            .twin(a -> {
              Gradient cv = a.g("c");
              Gradient x = a.c(0);
              Gradient next = cv;
              int k = 0;
              while (Math.abs(next.getValue() - x.getValue()) > 1e-15 && k < 500) {
                x = next;
                next = cv.multiply(x.cos());
                k++;
              }
              return next;
            }),
        of(c, "babylonianNorm", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.1)
            .twin(a -> {
              Gradient s = ReductionsOracleTest.dot(a.gv("x"), a.gv("x"));
              Gradient r = s;
              while (Math.abs(r.getValue() * r.getValue() - s.getValue()) > 1e-13 * s.getValue()) {
                r = r.add(s.divide(r)).multiply(0.5);
              }
              return r;
            }),
        of(c, "keplerEccentricAnomaly", real("meanAnomaly", 0.1, 3), real("e", 0, 0.8))
            .twin(a -> {
              Gradient m = a.g("meanAnomaly");
              Gradient e = a.g("e");
              Gradient anomaly = m;
              Gradient delta;
              do {
                delta = anomaly.subtract(e.multiply(anomaly.sin())).subtract(m)
                    .divide(e.multiply(anomaly.cos()).negate().add(1));
                anomaly = anomaly.subtract(delta);
              } while (Math.abs(delta.getValue()) > 1e-14);
              return anomaly;
            }),
        of(c, "newtonLog", real("y", 0.5, 20))
            .twin(a -> {
              Gradient y = a.g("y");
              Gradient x = a.c(0);
              Gradient step = a.c(1);
              while (Math.abs(step.getValue()) > 1e-14) {
                step = y.multiply(x.negate().exp()).negate().add(1);
                x = x.subtract(step);
              }
              return x;
            }),
        of(c, "gradientDescent", vector("x0", "n", -2, 2), vector("target", "n", -2, 2), real("eta", 0.05, 0.8),
                integer("steps", 0, 6)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x0");
              Gradient[] t = a.gv("target");
              Gradient eta = a.g("eta");
              for (int s = 0; s < a.i("steps"); s++) {
                for (int i = 0; i < x.length; i++) {
                  x[i] = x[i].subtract(eta.multiply(x[i].subtract(t[i]).tanh()));
                }
              }
              Gradient d = a.c(0);
              for (int i = 0; i < x.length; i++) {
                d = d.add(x[i].subtract(t[i]).square());
              }
              return d;
            }),
        of(c, "powerIteration", matrix("a", "n", "n", 0.1, 1), integer("iterations", 0, 5)).dim("n", 1, 5)
            .twin(a -> {
              Gradient[][] m = a.gm("a");
              int n = m.length;
              Gradient[] v = new Gradient[n];
              java.util.Arrays.fill(v, a.c(1));
              for (int it = 0; it < a.i("iterations"); it++) {
                Gradient[] w = matVec(m, v);
                Gradient norm = ReductionsOracleTest.dot(w, w).sqrt();
                for (int i = 0; i < n; i++) {
                  v[i] = w[i].divide(norm);
                }
              }
              return ReductionsOracleTest.dot(v, matVec(m, v)).divide(ReductionsOracleTest.dot(v, v));
            }),
        of(c, "logisticMap", real("r", 2.5, 3.5), real("x0", 0.1, 0.9), integer("steps", 0, 8))
            .twin(a -> {
              Gradient x = a.g("x0");
              for (int k = 0; k < a.i("steps"); k++) {
                x = a.g("r").multiply(x).multiply(x.negate().add(1));
              }
              return x;
            }),
        of(c, "momentumDescent", real("x0", -3, 3), real("a", 0.1, 2), real("b", -2, 2), real("eta", 0.01, 0.3),
                real("beta", 0, 0.9), integer("steps", 0, 10))
            .twin(a -> {
              Gradient x = a.g("x0");
              Gradient v = a.c(0);
              for (int k = 0; k < a.i("steps"); k++) {
                Gradient g = a.g("a").multiply(2).multiply(x.subtract(a.g("b")));
                v = a.g("beta").multiply(v).subtract(a.g("eta").multiply(g));
                x = x.add(v);
              }
              return a.g("a").multiply(x.subtract(a.g("b")).square());
            }),
        of(c, "newtonSqrtEach", vector("x", "n", 0.1, 50)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient total = a.c(0);
              for (int i = 0; i < x.length; i++) {
                double av = x[i].getValue();
                Gradient r = av > 1 ? x[i] : a.c(1);
                while (Math.abs(r.getValue() * r.getValue() - av) > 1e-12 * av) {
                  r = r.add(x[i].divide(r)).multiply(0.5);
                }
                total = total.add(r.multiply(i + 1));
              }
              return total;
            }),
        of(c, "gaussSeidel", vector("d", "n", 0, 2), vector("b", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] d = a.gv("d");
              Gradient[] b = a.gv("b");
              int n = b.length;
              Gradient[] x = new Gradient[n];
              java.util.Arrays.fill(x, a.c(0));
              double change = 1;
              while (change > 1e-14) {
                change = 0;
                for (int i = 0; i < n; i++) {
                  Gradient s = b[i];
                  if (i > 0) {
                    s = s.add(x[i - 1]);
                  }
                  if (i < n - 1) {
                    s = s.add(x[i + 1]);
                  }
                  Gradient next = s.divide(d[i].add(2));
                  change = Math.max(change, Math.abs(next.getValue() - x[i].getValue()));
                  x[i] = next;
                }
              }
              Gradient total = a.c(0);
              for (Gradient v : x) {
                total = total.add(v);
              }
              return total;
            }));
  }

  static Gradient[] matVec(Gradient[][] m, Gradient[] v) {
    Gradient[] w = new Gradient[m.length];
    for (int i = 0; i < m.length; i++) {
      w[i] = v[0].getField().getZero();
      for (int j = 0; j < v.length; j++) {
        w[i] = w[i].add(m[i][j].multiply(v[j]));
      }
    }
    return w;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
