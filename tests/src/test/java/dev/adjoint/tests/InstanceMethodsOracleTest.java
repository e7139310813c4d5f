package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.receiver;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Models;
import dev.adjoint.tests.corpus.RidgeModel;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Sampler;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the instance methods of {@link RidgeModel} and of the nested {@link Models.Polynomial}: a fresh
 * receiver per point (random data of the point's sizes), passed first to every generated method as
 * {@code self}; the twins read its fields as constants.
 */
class InstanceMethodsOracleTest {

  /** A model with {@code n} random rows of length {@code d}, targets, labels ±1 and a penalty. */
  static final Sampler RIDGE_MODEL = (random, dims) -> {
    int n = dims.get("n");
    int d = dims.get("d");
    double[][] x = new double[n][d];
    double[] y = new double[n];
    double[] labels = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = uniform(random, -2, 2);
      }
      y[i] = uniform(random, -2, 2);
      labels[i] = random.nextBoolean() ? 1 : -1;
    }
    return new RidgeModel(x, y, labels, uniform(random, 0.1, 1));
  };

  static final Sampler POLYNOMIAL = (random, dims) -> {
    double[] c = new double[dims.get("k")];
    for (int i = 0; i < c.length; i++) {
      c[i] = uniform(random, -2, 2);
    }
    return new Models.Polynomial(c, uniform(random, -1, 1));
  };

  static List<FunctionCase> cases() {
    Class<?> r = RidgeModel.class;
    Class<?> p = Models.Polynomial.class;
    return List.of(
        of(r, "loss", receiver(), vector("w", "d", -2, 2)).dim("n", 1, 8).dim("d", 1, 5)
            .sampler("self", RIDGE_MODEL)
            .hessianTwin(a -> {
              RidgeModel m = a.self(RidgeModel.class);
              DerivativeStructure[] w = a.sv("w");
              DerivativeStructure s = a.sc(0);
              for (int i = 0; i < m.x.length; i++) {
                DerivativeStructure res = a.sc(-m.y[i]);
                for (int j = 0; j < w.length; j++) {
                  res = res.add(w[j].multiply(m.x[i][j]));
                }
                s = s.add(res.square());
              }
              DerivativeStructure penalty = a.sc(0);
              for (DerivativeStructure e : w) {
                penalty = penalty.add(e.square());
              }
              return s.multiply(0.5).add(penalty.multiply(0.5 * m.lambda));
            })
            .closedHessian(a -> {
              RidgeModel m = a.self(RidgeModel.class);
              int d = a.v("w").length;
              double[][] h = new double[d][d];
              for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                  for (double[] row : m.x) {
                    h[j][k] += row[j] * row[k];
                  }
                }
                h[j][j] += m.lambda;
              }
              return h;
            }),
        of(r, "logLoss", receiver(), vector("w", "d", -2, 2), real("b", -1, 1)).dim("n", 1, 8).dim("d", 1, 5)
            .sampler("self", RIDGE_MODEL)
            .twin(a -> {
              RidgeModel m = a.self(RidgeModel.class);
              Gradient[] w = a.gv("w");
              Gradient s = a.c(0);
              for (int i = 0; i < m.x.length; i++) {
                Gradient z = LossesOracleTest.affine(w, a.g("b"), m.x[i]);
                s = s.add(MathHelpersOracleTest.softplus(z.multiply(-m.labels[i])));
              }
              return s.add(ReductionsOracleTest.dot(w, w).multiply(0.5 * m.lambda));
            }),
        of(r, "residuals", receiver(), vector("w", "d", -2, 2)).dim("n", 1, 8).dim("d", 1, 5)
            .sampler("self", RIDGE_MODEL)
            .vectorTwin(a -> {
              RidgeModel m = a.self(RidgeModel.class);
              Gradient[] w = a.gv("w");
              Gradient[] out = new Gradient[m.y.length];
              for (int i = 0; i < out.length; i++) {
                out[i] = LossesOracleTest.affine(w, a.c(-m.y[i]), m.x[i]);
              }
              return out;
            }),
        of(r, "anchoredPenalty", receiver(), vector("w", "d", -2, 2), constantVector("anchor", "d", -1, 1),
                real("scale", -1, 1)).dim("n", 1, 8).dim("d", 1, 5)
            .sampler("self", RIDGE_MODEL)
            .twin(a -> {
              RidgeModel m = a.self(RidgeModel.class);
              Gradient[] w = a.gv("w");
              double[] anchor = a.v("anchor");
              Gradient s = a.c(0);
              for (int j = 0; j < w.length; j++) {
                s = s.add(w[j].subtract(anchor[j]).square().multiply(1 + m.x[0][j] * m.x[0][j]));
              }
              return s.multiply(a.g("scale").exp()).multiply(m.lambda);
            }),
        of(p, "value", receiver(), real("x", -2, 2)).dim("k", 0, 7)
            .sampler("self", POLYNOMIAL)
            .twin(a -> polynomial(a.self(Models.Polynomial.class), a.g("x"))),
        of(p, "energy", receiver(), vector("xs", "m", -2, 2)).dim("k", 0, 6).dim("m", 1, 6)
            .sampler("self", POLYNOMIAL)
            .twin(a -> {
              Models.Polynomial poly = a.self(Models.Polynomial.class);
              Gradient e = a.c(0);
              for (Gradient x : a.gv("xs")) {
                e = e.add(polynomial(poly, x).square());
              }
              return e;
            }),
        of(p, "dotWithCoefficients", receiver(), vector("v", "k", -2, 2)).dim("k", 1, 6)
            .sampler("self", POLYNOMIAL)
            .twin(a -> {
              Models.Polynomial poly = a.self(Models.Polynomial.class);
              Gradient[] v = a.gv("v");
              Gradient s = a.c(0);
              for (int i = 0; i < v.length; i++) {
                s = s.add(v[i].multiply(poly.coefficients[i]));
              }
              return s.multiply(ReductionsOracleTest.dot(v, v));
            }));
  }

  private static Gradient polynomial(Models.Polynomial poly, Gradient x) {
    Gradient p = x.getField().getZero();
    for (int i = poly.coefficients.length - 1; i >= 0; i--) {
      p = p.multiply(x.subtract(poly.center)).add(poly.coefficients[i]);
    }
    return p;
  }

  private static double uniform(Random random, double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
