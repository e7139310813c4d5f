package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adjoint.tests.corpus.NumericalIdioms;
import dev.adjoint.tests.corpus.NumericalIdiomsDerivatives;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks {@link NumericalIdioms} against twins written from the same formulas and the other oracles. */
class NumericalIdiomsOracleTest {
  private static final double[] WEIGHTS = {0.25, 0.5, 0.25};

  private static Gradient smoothed(Gradient[] v, int i) {
    Gradient s = v[0].getField().getZero();
    for (int k = 0; k < WEIGHTS.length; k++) {
      s = s.add(v[Math.min(v.length - 1, Math.max(0, i + k - 1))].multiply(WEIGHTS[k]));
    }
    return s;
  }

  static List<FunctionCase> cases() {
    Class<?> c = NumericalIdioms.class;
    return List.of(
        of(c, "gaussianLogDensity", real("x", -3, 3), real("mean", -1, 1), real("sigma", 0.2, 3))
            .twin(a -> {
              Gradient z = a.g("x").subtract(a.g("mean")).divide(a.g("sigma"));
              return z.multiply(z).multiply(-0.5).subtract(a.g("sigma").log())
                  .subtract(0.5 * Math.log(2 * Math.PI));
            }),
        of(c, "batchLoss", vector("w", "d", -1, 1), constantMatrix("inputs", "n", "k", -2, 2))
            .dim("d", 1, 6).dim("n", 1, 4).dim("k", 1, 4)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              double[][] inputs = a.m("inputs");
              Gradient total = a.c(0);
              for (double[] x : inputs) {
                Gradient[] h = new Gradient[w.length];
                for (int j = 0; j < h.length; j++) {
                  h[j] = w[j].multiply(x[j % x.length]).tanh();
                }
                Gradient out = a.c(0);
                for (int j = 0; j < h.length; j++) {
                  out = out.add(smoothed(h, j).multiply(w[j]));
                }
                total = total.add(out.multiply(out));
              }
              return total.divide(inputs.length);
            }),
        of(c, "shifted", vector("x", "n", -2, 2), real("c", -1, 1)).dim("n", 1, 6)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] b = new Gradient[x.length + 2];
              java.util.Arrays.fill(b, a.c(0));
              System.arraycopy(x, 0, b, 1, x.length);
              System.arraycopy(b, 0, b, 1, x.length);
              b[0] = a.g("c").multiply(a.g("c"));
              Gradient s = a.c(0);
              for (int i = 0; i < b.length; i++) {
                s = s.add(b[i].multiply(b[i]).multiply(i + 1));
              }
              return s;
            }),
        of(c, "triangle", vector("x", "n", -2, 2), integer("m", 1, 5)).dim("n", 1, 5)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              int m = a.i("m");
              Gradient s = a.c(0);
              for (int i = 0; i < m; i++) {
                if (i == 0) {
                  s = s.add(x[0].multiply(x[0]).multiply(x[0].multiply(x[0]))).add(4.0);
                  continue;
                }
                for (int j = 0; j <= i; j++) {
                  Gradient v = x[j % x.length].multiply(i + 1);
                  s = s.add(v.multiply(v));
                }
              }
              return s;
            }),
        of(c, "decay", vector("p", "three", 0.1, 2)).dim("three", 3, 3)
            .vectorTwin(a -> {
              Gradient[] p = a.gv("p");
              Gradient e = p[1].multiply(p[2]).negate().exp();
              return new Gradient[] {p[0].multiply(e), p[0].multiply(p[2]).multiply(e).negate(),
                  p[0].multiply(p[2]).add(p[1])};
            }),
        of(c, "piecewise", real("x", -2, 2), integer("kind", 0, 2)).twin(a -> {
          Gradient x = a.g("x");
          int kind = a.i("kind");
          Gradient y = kind == 0 ? x.multiply(2) : kind == 1 ? x.multiply(x) : x.multiply(x).multiply(x);
          Gradient z = kind % 2 == 0 ? x.sin() : x.exp().multiply(y);
          return y.add(z);
        }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }

  @Test
  void argumentChecksThrowInEveryGeneratedMethod() {
    assertThrows(IllegalArgumentException.class,
        () -> NumericalIdiomsDerivatives.gaussianLogDensityJvp(0, 1, 0, 0, -1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> NumericalIdiomsDerivatives.gaussianLogDensityVjp(0, 0, -1, 1, new double[1],
            new double[1], new double[1]));
    assertThrows(IllegalArgumentException.class,
        () -> NumericalIdiomsDerivatives.gaussianLogDensityGrad(0, 0, -1));
    assertThrows(IllegalArgumentException.class,
        () -> NumericalIdiomsDerivatives.piecewiseGrad(0.5, 5));
  }
}
