package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.SecondOrder;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link SecondOrder}: each case has an order-2 Hipparchus twin ({@code DerivativeStructure}),
 * from which the first-order oracles take value and gradient and the Hessian oracles the Hessian, plus
 * a closed-form Hessian where the mathematics gives one.
 */
class SecondOrderOracleTest {
  private static final double MARGIN = ReductionsOracleTest.MARGIN;

  static List<FunctionCase> cases() {
    Class<?> c = SecondOrder.class;
    return List.of(
        of(c, "quadraticForm", vector("x", "n", -2, 2), constantMatrix("a", "n", "n", -2, 2)).dim("n", 1, 6)
            .hessianTwin(a -> {
              DerivativeStructure[] x = a.sv("x");
              double[][] m = a.m("a");
              DerivativeStructure s = a.sc(0);
              for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                  s = s.add(x[i].multiply(x[j]).multiply(m[i][j]));
                }
              }
              return s;
            })
            .closedHessian(a -> {
              double[][] m = a.m("a");
              double[][] h = new double[m.length][m.length];
              for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m.length; j++) {
                  h[i][j] = m[i][j] + m[j][i];
                }
              }
              return h;
            }),
        of(c, "rosenbrock", vector("x", "n", -2, 2)).dim("n", 1, 7)
            .hessianTwin(a -> {
              DerivativeStructure[] x = a.sv("x");
              DerivativeStructure s = a.sc(0);
              for (int i = 0; i + 1 < x.length; i++) {
                s = s.add(x[i + 1].subtract(x[i].square()).square().multiply(100))
                    .add(x[i].negate().add(1).square());
              }
              return s;
            })
            .closedHessian(a -> rosenbrockHessian(a.v("x"))),
        of(c, "sumOfSquares", real("x", -3, 3), real("y", -3, 3))
            .hessianTwin(a -> a.s("x").square().add(a.s("y").square()))
            .closedHessian(a -> new double[][] {{2, 0}, {0, 2}}),
        of(c, "saddle", real("x", -3, 3), real("y", -3, 3))
            .hessianTwin(a -> a.s("x").square().subtract(a.s("y").square()))
            .closedHessian(a -> new double[][] {{2, 0}, {0, -2}}),
        of(c, "twoLayer", vector("x", "2", -3, 3))
            .hessianTwin(a -> {
              DerivativeStructure[] x = a.sv("x");
              return x[0].add(x[1]).square().add(x[0].subtract(x[1]).square());
            })
            .closedHessian(a -> new double[][] {{4, 0}, {0, 4}}),
        of(c, "norm", vector("x", "n", -3, 3)).dim("n", 1, 6)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.3)
            .hessianTwin(a -> {
              DerivativeStructure s = a.sc(0);
              for (DerivativeStructure v : a.sv("x")) {
                s = s.add(v.square());
              }
              return s.sqrt();
            })
            .closedHessian(a -> normHessian(a.v("x"))),
        of(c, "jacobianFirst", real("x1", -3, 3), real("x2", -3, 3))
            .hessianTwin(a -> a.s("x1").square().add(a.s("x2")))
            .closedHessian(a -> new double[][] {{2, 0}, {0, 0}}),
        of(c, "jacobianSecond", real("x1", -3, 3), real("x2", -3, 3))
            .hessianTwin(a -> a.s("x1").multiply(a.s("x2")))
            .closedHessian(a -> new double[][] {{0, 1}, {1, 0}}),
        of(c, "composedLoss", vector("x", "2", -3, 3))
            .hessianTwin(a -> {
              DerivativeStructure[] x = a.sv("x");
              DerivativeStructure y1 = x[0].square().add(x[1]);
              DerivativeStructure y2 = x[0].multiply(x[1]);
              return y1.add(y2).square().add(y1.subtract(y2).square());
            })
            .closedHessian(a -> {
              double x1 = a.v("x")[0];
              double x2 = a.v("x")[1];
              double y1 = x1 * x1 + x2;
              double h12 = 8 * x1 + 8 * x1 * x2;
              return new double[][] {{16 * x1 * x1 + 8 * y1 + 4 * x2 * x2, h12}, {h12, 4 + 4 * x1 * x1}};
            }),
        of(c, "meanLeastSquares", vector("theta", "d", -2, 2), constantMatrix("x", "n", "d", -2, 2),
                constantVector("y", "n", -2, 2)).dim("n", 1, 8).dim("d", 1, 4)
            .hessianTwin(a -> {
              DerivativeStructure[] theta = a.sv("theta");
              double[][] x = a.m("x");
              double[] y = a.v("y");
              DerivativeStructure s = a.sc(0);
              for (int i = 0; i < x.length; i++) {
                DerivativeStructure r = a.sc(-y[i]);
                for (int j = 0; j < theta.length; j++) {
                  r = r.add(theta[j].multiply(x[i][j]));
                }
                s = s.add(r.square());
              }
              return s.divide(x.length);
            })
            .closedHessian(a -> {
              double[][] x = a.m("x");
              int d = x[0].length;
              double[][] h = new double[d][d];
              for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                  for (int k = 0; k < d; k++) {
                    h[j][k] += 2.0 * row[j] * row[k] / x.length;
                  }
                }
              }
              return h;
            }),
        of(c, "gaussianQuadratic", real("x1", -3, 3), real("x2", -3, 3))
            .hessianTwin(a -> {
              DerivativeStructure x1 = a.s("x1");
              DerivativeStructure x2 = a.s("x2");
              return x1.square().multiply(2).subtract(x1.multiply(x2).multiply(2)).add(x2.square().multiply(2))
                  .divide(3);
            })
            .closedHessian(a -> new double[][] {{4.0 / 3, -2.0 / 3}, {-2.0 / 3, 4.0 / 3}}),
        of(c, "logSumExp", vector("z", "n", -4, 4)).dim("n", 1, 8)
            .hessianTwin(a -> {
              DerivativeStructure s = a.sc(0);
              for (DerivativeStructure v : a.sv("z")) {
                s = s.add(v.exp());
              }
              return s.log();
            })
            .closedHessian(a -> softmaxJacobian(a.v("z"))),
        of(c, "chainSquare", real("x", -3, 3))
            .hessianTwin(a -> a.s("x").multiply(3).add(1).square())
            .closedHessian(a -> new double[][] {{18}}),
        of(c, "cubicPolynomial", real("x", -3, 3))
            .hessianTwin(a -> a.s("x").pow(3).multiply(5).subtract(a.s("x").multiply(2)).add(7))
            .closedHessian(a -> new double[][] {{30 * a.d("x")}}),
        of(c, "horner", vector("c", "n", -2, 2), real("x", -1.5, 1.5)).dim("n", 0, 7)
            .hessianTwin(a -> {
              DerivativeStructure[] cs = a.sv("c");
              DerivativeStructure p = a.sc(0);
              for (int i = cs.length - 1; i >= 0; i--) {
                p = p.multiply(a.s("x")).add(cs[i]);
              }
              return p;
            }),
        of(c, "runningProduct", vector("x", "n", -1.5, 1.5)).dim("n", 1, 7)
            .hessianTwin(a -> {
              DerivativeStructure p = a.sc(1);
              for (DerivativeStructure v : a.sv("x")) {
                p = p.multiply(v.square().add(1)).add(v.multiply(0.1));
              }
              return p.log().multiply(p);
            }),
        of(c, "whileWithBranch", real("x", 0.1, 0.9), real("y", 0.2, 1.2), integer("n", 0, 6))
            .where(SecondOrderOracleTest::iteratesAwayFromOne)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure y = a.s("y");
              DerivativeStructure p = x;
              for (int k = 0; k < a.i("n"); k++) {
                p = p.getValue() > 1.0 ? p.log().multiply(y).add(x) : p.square().multiply(y).add(x);
              }
              return p;
            }),
        of(c, "newtonCubeRoot", real("a", 0.1, 30))
            .hessianTwin(a -> {
              DerivativeStructure av = a.s("a");
              DerivativeStructure x = av.divide(3).add(1);
              DerivativeStructure step;
              do {
                step = x.pow(3).subtract(av).divide(x.square().multiply(3));
                x = x.subtract(step);
              } while (Math.abs(step.getValue()) > 1e-13 * x.getValue());
              return x;
            })
            .closedHessian(a -> new double[][] {{-2.0 / 9 * Math.pow(a.d("a"), -5.0 / 3)}}),
        of(c, "branches", real("x", -2, 2), real("y", -2, 2))
            .where(a -> Math.abs(a.d("x") - a.d("y")) > MARGIN)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure y = a.s("y");
              return x.getValue() > y.getValue()
                  ? x.square().multiply(y).add(y.exp())
                  : x.multiply(y).sin().add(y.pow(3));
            }),
        of(c, "earlyBreak", real("x", -2, 2), vector("w", "n", -1.5, 1.5)).dim("n", 1, 8)
            .where(SecondOrderOracleTest::partialSumsAwayFromTwo)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure s = a.sc(0);
              for (DerivativeStructure w : a.sv("w")) {
                s = s.add(w.multiply(x).sin()).add(w.square());
                if (s.getValue() > 2.0) {
                  break;
                }
              }
              return s.multiply(x);
            }),
        of(c, "mathHelpers", real("x", -2, 2), real("y", -2, 2), vector("z", "n", -2, 2)).dim("n", 1, 6)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure y = a.s("y");
              DerivativeStructure[] z = a.sv("z");
              DerivativeStructure t = erf(x.multiply(y)).add(y.negate().exp().add(1).reciprocal())
                  .add(x.subtract(y).exp().log1p());
              DerivativeStructure lse = a.sc(0);
              DerivativeStructure dot = a.sc(0);
              DerivativeStructure sum = a.sc(0);
              for (DerivativeStructure v : z) {
                lse = lse.add(v.exp());
                dot = dot.add(v.square());
                sum = sum.add(v);
              }
              return t.multiply(lse.log()).add(dot.multiply(sum)).add(x.multiply(t).square());
            }),
        of(c, "gelu", real("x", -4, 4))
            .hessianTwin(a -> erf(a.s("x").divide(Math.sqrt(2))).add(1).multiply(a.s("x")).multiply(0.5))
            .closedHessian(a -> {
              double x = a.d("x");
              return new double[][] {{Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * (2 - x * x)}};
            }),
        of(c, "mixedParameters", real("x", -2, 2), vector("w", "m", -2, 2), constant("c", -1, 1),
                integer("n", 0, 4), bool("square")).dim("m", 1, 5)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure[] w = a.sv("w");
              DerivativeStructure s = a.sc(0);
              for (int k = 0; k < a.i("n"); k++) {
                for (DerivativeStructure wi : w) {
                  s = s.add(wi.multiply(x).add(a.d("c") * k).cos().divide(k + 1));
                }
              }
              return a.b("square") ? s.square() : s.multiply(x);
            }),
        of(c, "softmaxNegEntropy", vector("z", "n", -3, 3)).dim("n", 1, 7)
            .hessianTwin(a -> {
              DerivativeStructure[] z = a.sv("z");
              DerivativeStructure s = a.sc(0);
              for (DerivativeStructure v : z) {
                s = s.add(v.exp());
              }
              DerivativeStructure h = a.sc(0);
              for (DerivativeStructure v : z) {
                DerivativeStructure p = v.exp().divide(s);
                h = h.add(p.multiply(p.log()));
              }
              return h;
            }),
        of(c, "mathFunctions", real("x", 0.3, 2), real("y", 0.3, 2))
            .where(a -> Math.abs(a.d("x") - a.d("y")) > MARGIN && Math.abs(a.d("x") - 2 * a.d("y")) > MARGIN)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure y = a.s("y");
              DerivativeStructure max = x.getValue() >= y.getValue() ? x : y;
              DerivativeStructure min = x.getValue() <= 2 * y.getValue() ? x : y.multiply(2);
              return x.pow(y).add(DerivativeStructure.atan2(y, x)).add(DerivativeStructure.hypot(x, y))
                  .add(x.multiply(y).tanh()).add(x.add(y).cbrt()).add(x.multiply(y).log1p())
                  .add(y.subtract(x).expm1()).add(max.multiply(min)).add(x.divide(y));
            }),
        of(c, "reluAndSigmoid", real("x", -2, 2), real("y", -2, 2))
            .where(a -> Math.abs(a.d("x") * a.d("y")) > MARGIN)
            .hessianTwin(a -> {
              DerivativeStructure x = a.s("x");
              DerivativeStructure y = a.s("y");
              DerivativeStructure xy = x.multiply(y);
              DerivativeStructure relu = xy.getValue() > 0 ? xy : a.sc(0);
              return relu.multiply(x).add(x.negate().exp().add(1).reciprocal().multiply(y.square()));
            }),
        of(c, "localMatrix", vector("x", "n", -2, 2)).dim("n", 1, 5)
            .hessianTwin(a -> {
              DerivativeStructure[] x = a.sv("x");
              DerivativeStructure s = a.sc(0);
              for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                  s = s.add(x[i].multiply(x[j].sin()).multiply(x[j].multiply(x[i].sin())));
                }
              }
              return s;
            }),
        of(c, "filledLogs", vector("x", "n", -2, 2), real("c", 0.2, 2)).dim("n", 1, 7)
            .hessianTwin(a -> {
              DerivativeStructure s = a.sc(0);
              for (DerivativeStructure v : a.sv("x")) {
                s = s.add(v.square().add(a.s("c")).log().multiply(a.s("c")));
              }
              return s;
            }));
  }

  /** erf with its first two derivatives, {@code 2/√π e^(-x²)} and {@code -2x} times that. */
  static DerivativeStructure erf(DerivativeStructure x) {
    double v = x.getValue();
    double d1 = 2 / Math.sqrt(Math.PI) * Math.exp(-v * v);
    return x.compose(org.hipparchus.special.Erf.erf(v), d1, -2 * v * d1);
  }

  static double[][] rosenbrockHessian(double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int i = 0; i + 1 < n; i++) {
      h[i][i] += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
      h[i + 1][i + 1] += 200;
      h[i][i + 1] -= 400 * x[i];
      h[i + 1][i] -= 400 * x[i];
    }
    return h;
  }

  static double[][] normHessian(double[] x) {
    double r = ReductionsOracleTest.norm(x);
    double[][] h = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        h[i][j] = ((i == j ? 1 : 0) - x[i] * x[j] / (r * r)) / r;
      }
    }
    return h;
  }

  /** {@code diag(p) - p pᵀ} for {@code p = softmax(z)}. */
  static double[][] softmaxJacobian(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      s += p[i];
    }
    double[][] h = new double[z.length][z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] /= s;
    }
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < z.length; j++) {
        h[i][j] = (i == j ? p[i] : 0) - p[i] * p[j];
      }
    }
    return h;
  }

  private static boolean iteratesAwayFromOne(Args a) {
    double x = a.d("x");
    double y = a.d("y");
    double p = x;
    for (int k = 0; k < a.i("n"); k++) {
      if (Math.abs(p - 1.0) <= MARGIN) {
        return false;
      }
      p = p > 1.0 ? Math.log(p) * y + x : p * p * y + x;
    }
    return true;
  }

  private static boolean partialSumsAwayFromTwo(Args a) {
    double x = a.d("x");
    double s = 0;
    for (double w : a.v("w")) {
      s += Math.sin(w * x) + w * w;
      if (Math.abs(s - 2.0) <= MARGIN) {
        return false;
      }
      if (s > 2.0) {
        break;
      }
    }
    return true;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
