package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.MARGIN;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.VectorMaps;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the generated derivatives of the array-valued {@link VectorMaps}: every output component,
 * JVP/VJP agreement with random cotangents, and fJacobian where the contract promises one.
 */
class VectorMapsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = VectorMaps.class;
    return List.of(
        of(c, "softplus", vector("x", "n", -4, 4)).dim("n", 1, 8)
            .vectorTwin(a -> map(a.gv("x"), v -> v.exp().log1p())),
        of(c, "prefixSums", vector("x", "n", -3, 3)).dim("n", 0, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] out = new Gradient[x.length];
              Gradient running = a.c(0);
              for (int i = 0; i < x.length; i++) {
                running = running.add(x[i]);
                out[i] = running;
              }
              return out;
            }),
        of(c, "cumulativeProduct", vector("x", "n", -1.5, 1.5)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] out = new Gradient[x.length];
              out[0] = x[0];
              for (int i = 1; i < x.length; i++) {
                out[i] = out[i - 1].multiply(x[i]);
              }
              return out;
            }),
        of(c, "normalize", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.1)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient norm = ReductionsOracleTest.dot(x, x).sqrt();
              return map(x, v -> v.divide(norm));
            }),
        of(c, "matVec", constantMatrix("a", "m", "n", -2, 2), vector("x", "n", -2, 2)).dim("m", 0, 7).dim("n", 1, 7)
            .vectorTwin(a -> IterationsOracleTest.matVec(a.gm("a"), a.gv("x"))),
        of(c, "denseTanh", constantMatrix("w", "m", "n", -1, 1), constantVector("b", "m", -1, 1), vector("x", "n", -2, 2))
            .dim("m", 1, 7).dim("n", 1, 7)
            .vectorTwin(a -> {
              Gradient[] z = IterationsOracleTest.matVec(a.gm("w"), a.gv("x"));
              Gradient[] b = a.gv("b");
              for (int i = 0; i < z.length; i++) {
                z[i] = z[i].add(b[i]).tanh();
              }
              return z;
            }),
        of(c, "denseLayer", matrix("w", "m", "n", -1, 1), vector("b", "m", -1, 1), vector("x", "n", -2, 2))
            .dim("m", 1, 6).dim("n", 1, 6)
            .where(a -> {
              for (double z : preActivation(a)) {
                if (Math.abs(z) <= MARGIN) {
                  return false;
                }
              }
              return true;
            })
            .vectorTwin(a -> {
              Gradient[] z = IterationsOracleTest.matVec(a.gm("w"), a.gv("x"));
              Gradient[] b = a.gv("b");
              for (int i = 0; i < z.length; i++) {
                z[i] = z[i].add(b[i]);
                z[i] = z[i].getValue() > 0 ? z[i] : z[i].multiply(0.01);
              }
              return z;
            }),
        of(c, "logSoftmax", vector("z", "n", -4, 4)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] z = a.gv("z");
              Gradient lse = ReductionsOracleTest.logSumExp(z);
              return map(z, v -> v.subtract(lse));
            }),
        of(c, "differences", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] d = new Gradient[x.length - 1];
              for (int i = 0; i < d.length; i++) {
                d[i] = x[i + 1].subtract(x[i]);
              }
              return d;
            }),
        of(c, "reversedWeighted", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient[] out = new Gradient[n];
              for (int i = 0; i < n; i++) {
                out[n - 1 - i] = x[i].multiply(x[i].cos()).multiply(i + 1);
              }
              return out;
            }),
        of(c, "emaSeries", vector("x", "n", -2, 2), real("alpha", 0.05, 0.95)).dim("n", 1, 8)
            .vectorTwin(a -> RecurrencesOracleTest.emaSeries(a.gv("x"), a.g("alpha"))),
        of(c, "polynomialValues", constantVector("points", "m", -1.5, 1.5), vector("c", "n", -2, 2))
            .dim("m", 1, 7).dim("n", 1, 7)
            .vectorTwin(a -> {
              double[] points = a.v("points");
              Gradient[] out = new Gradient[points.length];
              for (int p = 0; p < points.length; p++) {
                out[p] = RecurrencesOracleTest.horner(a.gv("c"), a.c(points[p]));
              }
              return out;
            }),
        of(c, "rnnStates", vector("xs", "t", -2, 2), real("w", -1.5, 1.5), real("u", -1.5, 1.5)).dim("t", 1, 8)
            .vectorTwin(a -> {
              Gradient[] xs = a.gv("xs");
              Gradient[] h = new Gradient[xs.length];
              Gradient state = a.c(0);
              for (int t = 0; t < xs.length; t++) {
                state = a.g("w").multiply(state).add(a.g("u").multiply(xs[t])).tanh();
                h[t] = state;
              }
              return h;
            }),
        of(c, "movingAverage", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient[] out = new Gradient[n];
              for (int i = 0; i < n; i++) {
                int lo = Math.max(0, i - 1);
                int hi = Math.min(n - 1, i + 1);
                Gradient s = a.c(0);
                for (int j = lo; j <= hi; j++) {
                  s = s.add(x[j]);
                }
                out[i] = s.divide(hi - lo + 1);
              }
              return out;
            }),
        of(c, "distanceMatrix", matrix("p", "n", "d", -2, 2)).dim("n", 1, 5).dim("d", 1, 4)
            .vectorTwin(a -> {
              Gradient[][] p = a.gm("p");
              int n = p.length;
              Gradient[] out = new Gradient[n * n];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                  Gradient s = a.c(0);
                  for (int k = 0; k < p[i].length; k++) {
                    s = s.add(p[i][k].subtract(p[j][k]).square());
                  }
                  out[i * n + j] = s;
                }
              }
              return out;
            }),
        of(c, "relu6", vector("x", "n", -3, 9)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.allAway(a.v("x"), 0) && ReductionsOracleTest.allAway(a.v("x"), 6))
            .vectorTwin(a -> map(a.gv("x"), v -> v.getValue() < 0 ? a.c(0) : v.getValue() > 6 ? a.c(6) : v)),
        of(c, "cubeRoots", vector("x", "n", 0.1, 30)).dim("n", 1, 8)
            .vectorTwin(a -> map(a.gv("x"), x -> {
              Gradient r = x.divide(3).add(1);
              Gradient step;
              do {
                step = r.multiply(r).multiply(r).subtract(x).divide(r.multiply(r).multiply(3));
                r = r.subtract(step);
              } while (Math.abs(step.getValue()) > 1e-13 * r.getValue());
              return r;
            })),
        of(c, "runningMax", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> {
              // every new entry clearly above or below the maximum so far
              double[] x = a.v("x");
              double max = x[0];
              for (int i = 1; i < x.length; i++) {
                if (Math.abs(x[i] - max) <= MARGIN) {
                  return false;
                }
                max = Math.max(max, x[i]);
              }
              return true;
            })
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] out = new Gradient[x.length];
              out[0] = x[0];
              for (int i = 1; i < x.length; i++) {
                out[i] = x[i].getValue() > out[i - 1].getValue() ? x[i] : out[i - 1];
              }
              return out;
            }),
        of(c, "harmonics", real("t", -4, 4), integer("m", 0, 8))
            .vectorTwin(a -> {
              Gradient[] out = new Gradient[a.i("m")];
              for (int k = 0; k < out.length; k++) {
                out[k] = a.g("t").multiply(k + 1).cos();
              }
              return out;
            }));
  }

  static Gradient[] map(Gradient[] x, java.util.function.UnaryOperator<Gradient> f) {
    Gradient[] out = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = f.apply(x[i]);
    }
    return out;
  }

  private static double[] preActivation(Args a) {
    double[][] w = a.m("w");
    double[] b = a.v("b");
    double[] x = a.v("x");
    double[] z = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      z[i] = b[i];
      for (int j = 0; j < x.length; j++) {
        z[i] += w[i][j] * x[j];
      }
    }
    return z;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
