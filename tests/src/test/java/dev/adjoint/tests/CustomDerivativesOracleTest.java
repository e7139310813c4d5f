package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.CustomDerivatives;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link CustomDerivatives}: the {@code fJvp}, {@code fVjp} and {@code fGrad} Adjoint builds from a
 * user's {@code @DerivativeOf} method (forward only, reverse only, both), and {@code @Differentiable}
 * callers of them. The special functions' twins differentiate Hipparchus's own log-gamma (another
 * Lanczos approximation), independent of the corpus's Lanczos table and asymptotic series.
 */
class CustomDerivativesOracleTest {
  private static final double MARGIN = ReductionsOracleTest.MARGIN;

  static List<FunctionCase> cases() {
    Class<?> c = CustomDerivatives.class;
    return List.of(
        // the primals themselves: their generated Jvp/Vjp/Grad come from the user's derivative
        of(c, "logGamma", real("x", 0.1, 15)).customDerivative()
            .twin(a -> logGamma(a.g("x"))),
        of(c, "digamma", real("x", 0.2, 15)).customDerivative()
            .twin(a -> digamma(a.g("x"))),
        of(c, "softClip", real("x", -4, 4), real("limit", 0.3, 3)).customDerivative()
            .twin(a -> softClip(a.g("x"), a.g("limit"))),
        of(c, "huberLoss", real("r", -3, 3), constant("delta", 0.5, 2)).customDerivative()
            .where(a -> Math.abs(Math.abs(a.d("r")) - a.d("delta")) > MARGIN)
            .twin(a -> huber(a.g("r"), a.d("delta"))),
        of(c, "logBeta", vector("a", "n", 0.2, 6)).dim("n", 1, 6).customDerivative()
            .twin(a -> logBeta(a.gv("a"))),
        of(c, "stableNorm", vector("x", "n", -2, 2)).dim("n", 1, 8).customDerivative()
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.2)
            .twin(a -> norm(a.gv("x"))),
        of(c, "smoothMax", vector("z", "n", -3, 3), real("t", 0.3, 2)).dim("n", 1, 8).customDerivative()
            .twin(a -> smoothMax(a.gv("z"), a.g("t"))),
        of(c, "softmax", vector("z", "n", -3, 3)).dim("n", 1, 8).customDerivative()
            .vectorTwin(a -> softmax(a.gv("z"))),
        of(c, "normalize", vector("x", "n", -2, 2)).dim("n", 1, 8).customDerivative()
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.2)
            .vectorTwin(a -> normalize(a.gv("x"))),
        of(c, "sigmoidAll", vector("z", "n", -4, 4)).dim("n", 1, 8).customDerivative()
            .vectorTwin(a -> {
              Gradient[] z = a.gv("z");
              Gradient[] y = new Gradient[z.length];
              for (int i = 0; i < z.length; i++) {
                y[i] = CallsOracleTest.logistic(z[i]);
              }
              return y;
            }),

        of(c, "bilinear", vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 1, 8).customDerivative()
            .twin(a -> bilinear(a.gv("a"), a.gv("b"))),
        of(c, "scaledTanh", vector("x", "n", -2, 2), real("s", -2, 2)).dim("n", 1, 8).customDerivative()
            .vectorTwin(a -> scaledTanh(a.gv("x"), a.g("s"))),
        of(c, "integerPower", real("x", -2, 2), integer("n", 0, 6)).customDerivative()
            .twin(a -> a.g("x").pow(a.i("n"))),

        // @Differentiable callers
        of(c, "bilinearAndTanh", vector("x", "n", -2, 2), vector("y", "n", -2, 2), real("s", -2, 2))
            .dim("n", 1, 8)
            .twin(a -> {
              Gradient[] t = scaledTanh(a.gv("x"), a.g("s"));
              return bilinear(a.gv("x"), a.gv("y")).add(bilinear(t, t)).add(ReductionsOracleTest.dot(t, a.gv("y")));
            }),
        of(c, "powerSum", real("x", -1.5, 1.5), integer("n", 0, 6))
            .twin(a -> {
              Gradient s = a.c(0);
              for (int k = 0; k <= a.i("n"); k++) {
                s = s.add(a.g("x").pow(k).divide(k + 1));
              }
              return s;
            }),
        of(c, "logBinomial", real("n", 1, 20), real("k", 0.1, 19))
            .where(a -> a.d("n") - a.d("k") > 0.2)
            .twin(a -> {
              Gradient n = a.g("n");
              Gradient k = a.g("k");
              return logGamma(n.add(1)).subtract(logGamma(k.add(1))).subtract(logGamma(n.subtract(k).add(1)));
            }),
        of(c, "dirichletLogDensity", vector("alpha", "n", 0.2, 5), constantVector("x", "n", 0.05, 1))
            .dim("n", 1, 6)
            .twin(a -> {
              Gradient[] alpha = a.gv("alpha");
              double[] x = a.v("x");
              Gradient total = a.c(0);
              Gradient s = a.c(0);
              for (int i = 0; i < alpha.length; i++) {
                total = total.add(alpha[i]);
                s = s.add(alpha[i].subtract(1).multiply(Math.log(x[i]))).subtract(logGamma(alpha[i]));
              }
              return s.add(logGamma(total));
            }),
        of(c, "digammaMoments", real("x", 0.2, 5), real("y", 0.2, 3))
            .twin(a -> {
              Gradient d = digamma(a.g("x").multiply(a.g("y")).add(1));
              return digamma(a.g("x")).multiply(a.g("y")).add(d.square());
            }),
        of(c, "clippedSum", vector("x", "n", -3, 3), real("limit", 0.5, 3)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient x : a.gv("x")) {
                s = s.add(softClip(x, a.g("limit")).multiply(x));
              }
              return s;
            }),
        of(c, "huberSum", vector("r", "n", -3, 3), constant("delta", 0.5, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.allAway(a.v("r"), a.d("delta"))
                && ReductionsOracleTest.allAway(a.v("r"), -a.d("delta")))
            .twin(a -> {
              Gradient[] r = a.gv("r");
              Gradient s = a.c(0);
              for (int i = 0; i < r.length; i++) {
                s = s.add(huber(r[i], a.d("delta")).multiply(i + 1));
              }
              return s;
            }),
        of(c, "normsAndBeta", vector("x", "n", -2, 2), vector("y", "n", -2, 2)).dim("n", 1, 6)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.2 && ReductionsOracleTest.norm(a.v("y")) > 0.2)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] p = new Gradient[x.length];
              for (int i = 0; i < x.length; i++) {
                p[i] = x[i].square().add(0.5);
              }
              return norm(x).divide(norm(a.gv("y"))).add(logBeta(p));
            }),
        of(c, "smoothMaxGap", vector("z", "n", -3, 3), real("t", 0.3, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient[] z = a.gv("z");
              Gradient[] q = new Gradient[z.length];
              for (int i = 0; i < z.length; i++) {
                q[i] = z[i].multiply(-0.5);
              }
              return smoothMax(z, a.g("t")).multiply(smoothMax(q, a.g("t")));
            }),
        of(c, "softmaxEntropy", vector("z", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> {
              Gradient h = a.c(0);
              for (Gradient p : softmax(a.gv("z"))) {
                h = h.subtract(p.multiply(p.log()));
              }
              return h;
            }),
        of(c, "normalizedDot", vector("x", "n", -2, 2), vector("w", "n", -2, 2)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.2)
            .twin(a -> ReductionsOracleTest.dot(normalize(a.gv("x")), a.gv("w"))),
        of(c, "gatedLayer", vector("z", "n", -4, 4)).dim("n", 1, 8)
            .vectorTwin(a -> {
              Gradient[] z = a.gv("z");
              Gradient[] y = new Gradient[z.length];
              for (int i = 0; i < z.length; i++) {
                y[i] = CallsOracleTest.logistic(z[i]).multiply(z[i]);
              }
              return y;
            }));
  }

  /**
   * log Γ from Hipparchus's own Lanczos approximation (g = 607/128), differentiated by Hipparchus: the
   * field version of {@code Gamma.logGamma} applied to the Gradient itself.
   */
  static Gradient logGamma(Gradient x) {
    return Gamma.logGamma(x);
  }

  /**
   * ψ with derivative ψ': the first and second derivatives of Hipparchus's field log-gamma, taken with a
   * DerivativeStructure of order 2. (Hipparchus's {@code Gamma.digamma(double)} is about 3e-9 off,
   * e.g. ψ(1) = -0.57721566779 instead of -γ = -0.57721566490, too coarse for these oracles; its
   * {@code trigamma} is good to 1e-13.)
   */
  static Gradient digamma(Gradient x) {
    DerivativeStructure d = Gamma.logGamma(PSI.variable(0, x.getValue()));
    return x.compose(d.getPartialDerivative(1), d.getPartialDerivative(2));
  }

  private static final DSFactory PSI = new DSFactory(1, 2);

  private static Gradient bilinear(Gradient[] a, Gradient[] b) {
    Gradient s = a[0].getField().getZero();
    for (int i = 0; i < a.length; i++) {
      s = s.add(a[i].multiply(b[i].square()));
    }
    return s;
  }

  private static Gradient[] scaledTanh(Gradient[] x, Gradient s) {
    Gradient[] y = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].tanh().multiply(s);
    }
    return y;
  }

  private static Gradient softClip(Gradient x, Gradient limit) {
    return x.divide(limit).tanh().multiply(limit);
  }

  private static Gradient huber(Gradient r, double delta) {
    return Math.abs(r.getValue()) <= delta ? r.square().multiply(0.5) : r.abs().subtract(0.5 * delta).multiply(delta);
  }

  private static Gradient logBeta(Gradient[] a) {
    Gradient total = a[0].getField().getZero();
    Gradient s = total;
    for (Gradient v : a) {
      s = s.add(logGamma(v));
      total = total.add(v);
    }
    return s.subtract(logGamma(total));
  }

  private static Gradient norm(Gradient[] x) {
    return ReductionsOracleTest.dot(x, x).sqrt();
  }

  private static Gradient smoothMax(Gradient[] z, Gradient t) {
    Gradient s = z[0].getField().getZero();
    for (Gradient v : z) {
      s = s.add(v.divide(t).exp());
    }
    return s.log().multiply(t);
  }

  private static Gradient[] softmax(Gradient[] z) {
    Gradient s = z[0].getField().getZero();
    Gradient[] e = new Gradient[z.length];
    for (int i = 0; i < z.length; i++) {
      e[i] = z[i].exp();
      s = s.add(e[i]);
    }
    for (int i = 0; i < z.length; i++) {
      e[i] = e[i].divide(s);
    }
    return e;
  }

  private static Gradient[] normalize(Gradient[] x) {
    Gradient n = norm(x);
    Gradient[] y = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].divide(n);
    }
    return y;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
