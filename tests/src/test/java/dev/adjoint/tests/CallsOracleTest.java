package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.CallTargets;
import dev.adjoint.tests.corpus.Calls;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link Calls} and {@link CallTargets}: the twins compute each callee's mathematics directly
 * (no call into corpus code), so a wrong chain rule across methods shows up as a disagreement.
 */
class CallsOracleTest {
  private static final double MARGIN = ReductionsOracleTest.MARGIN;

  static List<FunctionCase> cases() {
    Class<?> c = Calls.class;
    Class<?> t = CallTargets.class;
    return List.of(
        of(t, "logistic", real("z", -6, 6)).twin(a -> logistic(a.g("z"))),
        of(t, "softNorm", real("x", -3, 3), real("y", -3, 3)).twin(a -> softNorm(a.g("x"), a.g("y"))),
        of(t, "dotWith", vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> dot(a.gv("a"), a.gv("b"))),
        of(t, "weightedFrobenius", matrix("m", "r", "n", -2, 2), vector("w", "n", -2, 2)).dim("r", 1, 4)
            .dim("n", 1, 4)
            .twin(a -> weightedFrobenius(a.gm("m"), a.gv("w"))),
        of(c, "cube", real("x", -3, 3)).twin(a -> a.g("x").pow(3)),
        of(c, "squares", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] y = new Gradient[x.length];
              for (int i = 0; i < x.length; i++) {
                y[i] = x[i].square();
              }
              return y;
            }),
        of(c, "cubeOfSum", real("x", -2, 2), real("y", -2, 2))
            .twin(a -> a.g("x").add(a.g("y")).pow(3).multiply(a.g("y")).add(a.g("x").pow(3))),
        of(c, "nestedCalls", real("x", -1.3, 1.3))
            .twin(a -> a.g("x").pow(3).subtract(a.g("x")).pow(3)),
        of(c, "otherClass", real("x", -2, 2), real("y", -2, 2))
            .twin(a -> logistic(a.g("x").multiply(a.g("y"))).multiply(softNorm(a.g("x"), a.g("y")))),
        of(c, "otherClassArrays", vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> dot(a.gv("a"), a.gv("b")).multiply(dot(a.gv("a"), a.gv("a")))),
        of(c, "librarySmoothAbs", vector("x", "n", -2, 2), constant("eps", 0.05, 1)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].square().add(a.d("eps") * a.d("eps")).sqrt().multiply(i + 1));
              }
              return s;
            }),
        of(c, "libraryWeighted", vector("w", "n", -2, 2), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(w[i].multiply(x[i].square())).subtract(x[i].multiply(w[i].square()).multiply(0.5));
              }
              return s;
            }),
        of(c, "libraryTanhLayer", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] y = new Gradient[x.length];
              for (int i = 0; i < x.length; i++) {
                Gradient th = x[i].tanh();
                y[i] = th.multiply(x[x.length - 1 - i]).add(th);
              }
              return y;
            }),
        of(c, "librarySoftplus", vector("x", "n", -3, 3), real("scale", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient x : a.gv("x")) {
                s = s.add(softplus(x.multiply(a.g("scale"))));
              }
              return s;
            }),
        of(c, "powerByRecursion", real("x", -1.5, 1.5), integer("n", 0, 9))
            .twin(a -> a.g("x").pow(a.i("n"))),
        of(c, "powerBySquaring", real("x", -1.5, 1.5), integer("n", 0, 17))
            .twin(a -> a.g("x").pow(a.i("n"))),
        of(c, "hornerFrom", vector("c", "n", -2, 2), real("x", -1.5, 1.5), integer("from", 0, 3)).dim("n", 0, 8)
            .twin(a -> {
              Gradient[] cs = a.gv("c");
              Gradient p = a.c(0);
              for (int i = cs.length - 1; i >= a.i("from"); i--) {
                p = p.multiply(a.g("x")).add(cs[i]);
              }
              return p;
            }),
        of(c, "chebyshev", real("x", -0.99, 0.99), integer("n", 0, 8))
            .twin(a -> a.g("x").acos().multiply(a.i("n")).cos()),
        of(c, "callsInBranches", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.allAway(a.v("x"), 0))
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient x : a.gv("x")) {
                s = s.add(x.getValue() > 0 ? x.pow(3) : logistic(x).multiply(x));
              }
              return s;
            }),
        of(c, "callsInWhile", real("x", -1, 2.5), real("a", 0.3, 2))
            .where(CallsOracleTest::iteratesAwayFromThree)
            .twin(a -> {
              Gradient z = a.g("x");
              int k = 0;
              while (z.getValue() < 3.0 && k < 20) {
                z = z.add(logistic(a.g("a").multiply(z)));
                k++;
              }
              return z.multiply(a.g("a"));
            }),
        of(c, "mirroredCubes", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].multiply(x[x.length - 1 - i].pow(3)));
              }
              return s;
            }),
        of(c, "matrixEntries", matrix("m", "n", "n", -2, 2)).dim("n", 1, 4)
            .twin(a -> {
              Gradient[][] m = a.gm("m");
              Gradient s = a.c(0);
              for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                  s = s.add(m[i][j].pow(3).multiply(logistic(m[j][i])));
                }
              }
              return s;
            }),
        of(c, "inactiveArguments", real("x", -1.5, 1.5), constant("c", -2, 2), integer("n", 0, 5))
            .twin(a -> {
              Gradient x = a.g("x");
              double cv = a.d("c");
              return x.multiply(cv * cv * cv).add(8).add(softNorm(a.c(cv), x)).add(x.pow(a.i("n")).multiply(cv));
            }),
        of(c, "overwrittenArgument", real("x", -1.5, 1.5), real("y", -1.5, 1.5))
            .twin(a -> {
              Gradient u = a.g("x").multiply(a.g("y"));
              Gradient v = u.pow(3);
              u = u.sin();
              return v.multiply(u).add(u.pow(3));
            }),
        of(c, "overwrittenInLoop", real("x", -1, 1), real("a", -2, 2), integer("n", 0, 8))
            .twin(a -> {
              Gradient z = a.g("x");
              for (int k = 0; k < a.i("n"); k++) {
                z = logistic(a.g("a").multiply(z)).multiply(z).add(a.g("x"));
              }
              return z;
            }),
        of(c, "resultOverwritten", real("x", -1.2, 1.2), real("y", -1.2, 1.2))
            .twin(a -> {
              Gradient t0 = a.g("x").pow(3);
              return t0.multiply(a.g("y")).pow(3).add(t0);
            }),
        of(c, "weightedSquares", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].square().multiply(i + 1));
              }
              return s;
            }),
        of(c, "elementCalls", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] y = new Gradient[x.length];
              for (int i = 0; i < x.length; i++) {
                y[i] = x[i].pow(3).add(logistic(x[x.length - 1 - i]));
              }
              return y;
            }),
        of(c, "callInCondition", real("x", 0.2, 2))
            .where(a -> {
              double x = a.d("x");
              double z = x;
              for (int k = 0; k < 30 && z * z * z < 5.0; k++) {
                if (Math.abs(z * z * z - 5.0) <= 0.05) {
                  return false;
                }
                z += 0.3 * x;
              }
              return Math.abs(z * z * z - 5.0) > 0.05;
            })
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient z = x;
              int k = 0;
              while (z.pow(3).getValue() < 5.0 && k < 30) {
                z = z.add(x.multiply(0.3));
                k++;
              }
              return z.square();
            }),
        of(c, "callInTernary", real("x", -2, 2), real("y", -2, 2))
            .where(a -> Math.abs(a.d("x") - a.d("y")) > MARGIN)
            .twin(a -> a.d("x") > a.d("y")
                ? a.g("x").subtract(a.g("y")).pow(3)
                : a.g("y").subtract(a.g("x")).pow(3).multiply(2)),
        of(c, "earlyReturnWithCall", vector("x", "n", -1.5, 1.8)).dim("n", 1, 8)
            .where(a -> {
              double s = 0;
              for (double v : a.v("x")) {
                s += v * v * v;
                if (Math.abs(s - 3.0) <= MARGIN) {
                  return false;
                }
                if (s > 3.0) {
                  return true;
                }
              }
              return true;
            })
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.pow(3));
                if (s.getValue() > 3.0) {
                  return s.pow(3).multiply(0.01);
                }
              }
              return s;
            }),
        of(c, "arrayArgumentOverwritten", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (Gradient v : x) {
                s = s.add(v.square().multiply(2)).add(v.sin().multiply(v));
              }
              return s;
            }),
        of(c, "compoundWithCalls", real("x", -1.5, 1.5), real("y", -1.2, 1.2))
            .twin(a -> {
              Gradient s = a.g("x").add(1).multiply(a.g("y").pow(3));
              return s.subtract(s.pow(3).multiply(0.1));
            }),
        of(c, "evenStep", real("x", -2, 2), integer("n", 0, 8))
            .twin(a -> steps(a.g("x"), a.i("n"), true)),
        of(c, "oddStep", real("x", -2, 2), integer("n", 0, 8))
            .twin(a -> steps(a.g("x"), a.i("n"), false)),
        of(c, "varAndInitializer", real("x", -1.5, 1.5))
            .twin(a -> a.g("x").square().add(a.g("x").pow(6))),
        of(c, "callResultAsArgument", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient x : a.gv("x")) {
                s = s.add(x.pow(3));
              }
              return s;
            }),
        of(c, "matrixArgument", matrix("m", "r", "n", -2, 2), vector("w", "n", -2, 2)).dim("r", 1, 4)
            .dim("n", 1, 4)
            .twin(a -> weightedFrobenius(a.gm("m"), a.gv("w")).add(dot(a.gv("w"), a.gv("w")).multiply(0.5))),
        of(c, "inactiveArrayArguments", vector("w", "n", -2, 2), constantVector("c", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              Gradient[] cs = a.gv("c");
              Gradient s = dot(cs, cs).multiply(w[0]).add(dot(w, cs));
              for (int i = 0; i < w.length; i++) {
                s = s.add(w[i].square().multiply(cs[i]));
              }
              return s;
            }));
  }

  /** evenStep (even = true) or oddStep, unrolled. */
  private static Gradient steps(Gradient x, int n, boolean even) {
    if (n == 0) {
      return even ? x.getField().getOne() : x.getField().getOne().multiply(0.5);
    }
    return (even ? x : x.sin()).multiply(steps(x, n - 1, !even));
  }

  static Gradient weightedFrobenius(Gradient[][] m, Gradient[] w) {
    Gradient s = w[0].getField().getZero();
    for (Gradient[] row : m) {
      for (int j = 0; j < row.length; j++) {
        s = s.add(row[j].square().multiply(w[j]));
      }
    }
    return s;
  }

  static Gradient logistic(Gradient z) {
    return z.negate().exp().add(1).reciprocal();
  }

  static Gradient softNorm(Gradient x, Gradient y) {
    return x.square().add(y.square()).add(1).sqrt();
  }

  static Gradient softplus(Gradient x) {
    return x.exp().log1p();
  }

  static Gradient dot(Gradient[] a, Gradient[] b) {
    return ReductionsOracleTest.dot(a, b);
  }

  /** The iterates of callsInWhile stay {@code MARGIN} away from the exit threshold 3. */
  private static boolean iteratesAwayFromThree(Args a) {
    double z = a.d("x");
    double s = a.d("a");
    for (int k = 0; k < 20 && z < 3.0; k++) {
      if (Math.abs(z - 3.0) <= MARGIN) {
        return false;
      }
      z += 1 / (1 + Math.exp(-s * z));
    }
    return Math.abs(z - 3.0) > MARGIN;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
