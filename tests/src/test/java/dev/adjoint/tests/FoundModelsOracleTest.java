package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.choice;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.index;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.receiver;
import static dev.adjoint.tests.oracle.Param.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adjoint.tests.found.BatchedLosses;
import dev.adjoint.tests.found.ParametricModels;
import dev.adjoint.tests.found.ParametricModels.ExponentialDecay;
import dev.adjoint.tests.found.ParametricModels.HarmonicOscillator;
import dev.adjoint.tests.found.ParametricModels.Hill;
import dev.adjoint.tests.found.ParametricModels.Logistic;
import dev.adjoint.tests.found.ParametricModels.MichaelisMenten;
import dev.adjoint.tests.found.PiecewiseFunctions;
import dev.adjoint.tests.found.WeightedModels.DenseLayer;
import dev.adjoint.tests.found.WeightedModels.LogisticModel;
import dev.adjoint.tests.found.WeightedModels.RidgeObjective;
import dev.adjoint.tests.found.WeightedModels.SoftmaxClassifier;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.Binding;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Sampler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the parametric models, piecewise functions, weighted model objects and batched losses of
 * the found corpus with every oracle, and the hand-coded gradients and Jacobians against the
 * generated ones.
 */
class FoundModelsOracleTest {
  private static final Class<?> GAUSSIAN = ParametricModels.Gaussian.class;

  private static Sampler box(double[] lo, double[] hi) {
    return (random, dims) -> {
      double[] v = new double[lo.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = lo[i] + (hi[i] - lo[i]) * random.nextDouble();
      }
      return v;
    };
  }

  private static double uniform(Random r, double lo, double hi) {
    return lo + (hi - lo) * r.nextDouble();
  }

  private static double[] randomVector(Random r, int n, double lo, double hi) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = uniform(r, lo, hi);
    }
    return v;
  }

  private static double[][] randomMatrix(Random r, int n, int m, double lo, double hi) {
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = randomVector(r, m, lo, hi);
    }
    return a;
  }

  static final Sampler P_GAUSSIAN = box(new double[] {0.5, -1, 0.3}, new double[] {2, 1, 2});
  static final Sampler P_LOGISTIC = box(new double[] {1, -1, 0.2, 0.3, -1, 0.5}, new double[] {3, 1, 2, 2, 0.5, 2});
  static final Sampler LOGISTIC_MODEL = (r, d) -> new LogisticModel(randomVector(r, d.get("d"), -1, 1), uniform(r, -1, 1));
  static final Sampler DENSE_LAYER = (r, d) -> new DenseLayer(randomMatrix(r, d.get("k"), d.get("d"), -1, 1),
      randomVector(r, d.get("k"), -0.5, 0.5));
  static final Sampler RIDGE = (r, d) -> new RidgeObjective(randomMatrix(r, d.get("n"), d.get("d"), -2, 2),
      randomVector(r, d.get("n"), -2, 2), uniform(r, 0.1, 1));
  static final Sampler NEURON = (r, d) -> new PiecewiseFunctions.Neuron(
      PiecewiseFunctions.Neuron.Activation.values()[r.nextInt(4)], randomVector(r, d.get("d"), -1, 1),
      uniform(r, -0.5, 0.5));
  static final Sampler SOFTMAX = (r, d) -> new SoftmaxClassifier(randomMatrix(r, d.get("k"), d.get("d"), -1, 1),
      randomVector(r, d.get("k"), -1, 1));

  // ---- twins of the parametric models ----

  static Gradient gaussian(Gradient t, Gradient[] p) {
    Gradient diff = t.subtract(p[1]);
    return p[0].multiply(diff.square().divide(p[2].square().multiply(2)).negate().exp());
  }

  static Gradient decay(Gradient t, Gradient[] p) {
    return p[0].multiply(p[1].multiply(t).negate().exp()).add(p[2]);
  }

  static Gradient michaelisMenten(Gradient s, Gradient[] p) {
    return p[0].multiply(s).divide(p[1].add(s));
  }

  static Gradient harmonic(Gradient t, Gradient[] p) {
    return p[0].multiply(p[1].multiply(t).add(p[2]).cos());
  }

  static Gradient kernel(int code, Gradient u) {
    double a = Math.abs(u.getValue());
    Gradient zero = u.getField().getZero();
    return switch (code) {
      case 0 -> a <= 1 ? u.square().negate().add(1).multiply(0.75) : zero;
      case 1 -> a <= 1 ? u.abs().negate().add(1) : zero;
      case 2 -> u.square().multiply(-0.5).exp().divide(Math.sqrt(2 * Math.PI));
      case 3 -> a <= 1 ? u.square().negate().add(1).square().multiply(0.9375) : zero;
      default -> a <= 1 ? u.multiply(Math.PI / 2).cos().multiply(Math.PI / 4) : zero;
    };
  }

  static double neuronInput(PiecewiseFunctions.Neuron n, double[] x) {
    double z = n.bias();
    for (int j = 0; j < x.length; j++) {
      z += n.weight(j) * x[j];
    }
    return z;
  }

  /** Away from the kinks of the kernels and losses: |u| = 1 and u = 0. */
  static boolean awayFromKinks(double u) {
    return Math.abs(Math.abs(u) - 1) > 0.01 && Math.abs(u) > 0.01;
  }

  /** Every data point's scaled distance from x away from the kernel's kinks. */
  static boolean densityAwayFromKinks(Args a) {
    for (double d : a.v("data")) {
      if (!awayFromKinks((a.d("x") - d) / a.d("h"))) {
        return false;
      }
    }
    return true;
  }

  /** The kernel density estimate of the twin kernel {@code code}. */
  static Gradient density(Args a, int code) {
    Gradient s = a.c(0);
    Gradient[] data = a.gv("data");
    for (Gradient d : data) {
      s = s.add(kernel(code, a.g("x").subtract(d).divide(a.g("h"))));
    }
    return s.divide(a.g("h").multiply(data.length));
  }

  /** The robust losses by code: squared, Huber, Cauchy, Tukey's biweight. */
  static Gradient robustLoss(int kind, Gradient r, Gradient c) {
    boolean inside = Math.abs(r.getValue()) <= c.getValue();
    return switch (kind) {
      case 0 -> r.square().multiply(0.5);
      case 1 -> inside ? r.square().multiply(0.5) : c.multiply(r.abs().subtract(c.multiply(0.5)));
      case 2 -> c.square().multiply(0.5).multiply(r.divide(c).square().log1p());
      default -> inside
          ? c.square().divide(6).multiply(r.divide(c).square().negate().add(1).pow(3).negate().add(1))
          : c.square().divide(6);
    };
  }

  static Gradient bSpline(Gradient t) {
    int piece = (int) Math.floor(t.getValue() + 2);
    return switch (piece) {
      case 0 -> t.add(2).pow(3).divide(6);
      case 1 -> t.pow(3).multiply(-3).subtract(t.square().multiply(6)).add(4).divide(6);
      case 2 -> t.pow(3).multiply(3).subtract(t.square().multiply(6)).add(4).divide(6);
      case 3 -> t.negate().add(2).pow(3).divide(6);
      default -> t.getField().getZero();
    };
  }

  private static double frac(double x) {
    return Math.abs(x - Math.rint(x));
  }

  static Gradient logSumExp(Gradient[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (Gradient v : z) {
      max = Math.max(max, v.getValue());
    }
    Gradient s = z[0].getField().getZero();
    for (Gradient v : z) {
      s = s.add(v.subtract(max).exp());
    }
    return s.log().add(max);
  }

  static Gradient logit(LogisticModel m, Gradient[] x) {
    Gradient z = x[0].getField().getZero().add(m.b);
    for (int j = 0; j < x.length; j++) {
      z = z.add(x[j].multiply(m.w[j]));
    }
    return z;
  }

  static List<FunctionCase> cases() {
    Class<?> pw = PiecewiseFunctions.class;
    Class<?> bl = BatchedLosses.class;
    List<FunctionCase> all = new ArrayList<>();
    // parametric models
    all.add(of(ParametricModels.class, "model", integer("code", 0, 3), real("t", -2, 2), vector("p", "3", 0, 0))
        .sampler("p", P_GAUSSIAN)
        .twin(a -> {
          Gradient t = a.g("t");
          Gradient[] p = a.gv("p");
          return switch (a.i("code")) {
            case 0 -> gaussian(t, p);
            case 1 -> decay(t, p);
            case 2 -> michaelisMenten(t, p);
            default -> harmonic(t, p);
          };
        }).where(a -> a.i("code") != 2 || a.d("t") + a.v("p")[1] > 0.2));
    all.add(of(GAUSSIAN, "value", real("t", -2, 2), vector("p", "3", 0, 0)).sampler("p", P_GAUSSIAN)
        .twin(a -> gaussian(a.g("t"), a.gv("p"))));
    all.add(of(GAUSSIAN, "gradient", real("t", -2, 2), vector("p", "3", 0, 0)).sampler("p", P_GAUSSIAN)
        .vectorTwin(a -> {
          Gradient t = a.g("t");
          Gradient[] p = a.gv("p");
          Gradient diff = t.subtract(p[1]);
          Gradient n = diff.square().divide(p[2].square().multiply(2)).negate().exp();
          Gradient m = p[0].multiply(n).multiply(diff).divide(p[2].square());
          return new Gradient[] {n, m, m.multiply(diff).divide(p[2])};
        }));
    all.add(of(ExponentialDecay.class, "value", real("t", -1, 3), vector("p", "3", -2, 2))
        .twin(a -> decay(a.g("t"), a.gv("p"))));
    all.add(of(Logistic.class, "value", real("t", -2, 2), vector("p", "6", 0, 0)).sampler("p", P_LOGISTIC)
        .twin(a -> {
          Gradient t = a.g("t");
          Gradient[] p = a.gv("p");
          Gradient base = p[2].multiply(p[1].subtract(t)).exp().multiply(p[3]).add(1);
          return p[4].add(p[0].subtract(p[4]).divide(base.pow(p[5].reciprocal())));
        }));
    all.add(of(Logistic.class, "exp", real("x", -3, 3)).twin(a -> a.g("x").exp()));
    all.add(of(MichaelisMenten.class, "value", real("s", 0.1, 5), vector("p", "2", 0.5, 2))
        .twin(a -> michaelisMenten(a.g("s"), a.gv("p"))));
    all.add(of(HarmonicOscillator.class, "value", real("t", -3, 3), vector("p", "3", -2, 2))
        .twin(a -> harmonic(a.g("t"), a.gv("p"))));
    all.add(of(Hill.class, "value", real("t", 0.1, 3), vector("p", "3", 0.5, 2)).twin(a -> {
      Gradient t = a.g("t");
      Gradient[] p = a.gv("p");
      Gradient tn = t.pow(p[2]);
      return p[0].multiply(tn).divide(p[1].pow(p[2]).add(tn));
    }));
    // piecewise
    all.add(of(pw, "kernel", integer("code", 0, 4), real("u", -1.5, 1.5))
        .where(a -> awayFromKinks(a.d("u")))
        .twin(a -> kernel(a.i("code"), a.g("u"))));
    all.add(of(pw, "kernelDensity", integer("code", 0, 4), vector("data", "n", -1, 1), real("x", -1, 1),
            real("h", 0.3, 1)).dim("n", 1, 6)
        .where(FoundModelsOracleTest::densityAwayFromKinks)
        .twin(a -> density(a, a.i("code"))));
    all.add(of(pw, "cubicBSpline", real("t", -2.5, 2.5)).where(a -> frac(a.d("t")) > 0.01)
        .twin(a -> bSpline(a.g("t"))));
    all.add(of(pw, "bSplineCurve", vector("c", "n", -2, 2), real("x", -0.5, 4.5)).dim("n", 2, 7)
        .where(a -> frac(a.d("x")) > 0.01)
        .twin(a -> {
          Gradient[] c = a.gv("c");
          Gradient x = a.g("x");
          Gradient s = a.c(0);
          int first = (int) Math.floor(x.getValue()) - 1;
          for (int j = Math.max(first, 0); j <= first + 3 && j < c.length; j++) {
            s = s.add(c[j].multiply(bSpline(x.subtract(j))));
          }
          return s;
        }));
    all.add(of(pw, "activation", integer("kind", 0, 6), real("x", -3, 3)).where(a -> Math.abs(a.d("x")) > 0.01)
        .twin(a -> {
          Gradient x = a.g("x");
          return switch (a.i("kind")) {
            case 0 -> x.getValue() > 0 ? x : a.c(0);
            case 1 -> x.tanh();
            case 2 -> x.negate().exp().add(1).reciprocal();
            case 3 -> x.getValue() > 0 ? x : x.expm1();
            case 4, 5 -> x.exp().log1p();
            default -> x;
          };
        }));
    all.add(of(pw, "robustLoss", integer("kind", 0, 3), real("r", -3, 3), real("c", 0.5, 2))
        .where(a -> Math.abs(Math.abs(a.d("r")) - a.d("c")) > 0.01 && Math.abs(a.d("r")) > 0.01)
        .twin(a -> robustLoss(a.i("kind"), a.g("r"), a.g("c"))));
    all.add(of(pw, "interpolate", vector("values", "n", -2, 2), real("x", -0.2, 1.2)).dim("n", 2, 6)
        .where(a -> {
          double s = a.d("x") * (a.v("values").length - 1);
          return frac(s) > 0.01 && Math.abs(a.d("x")) > 0.01 && Math.abs(a.d("x") - 1) > 0.01;
        })
        .twin(a -> {
          Gradient[] v = a.gv("values");
          Gradient x = a.g("x");
          int n = v.length;
          if (x.getValue() < 0) {
            return v[0].add(x.multiply(0));
          } else if (x.getValue() > 1) {
            return v[n - 1].add(x.multiply(0));
          }
          Gradient s = x.multiply(n - 1);
          int i = Math.min((int) s.getValue(), n - 2);
          Gradient w = s.subtract(i);
          return w.negate().add(1).multiply(v[i]).add(w.multiply(v[i + 1]));
        }));
    // piecewise, selected by an enum, a name, an operator character, an enum field
    all.add(of(pw, "smoothingKernel", choice("kernel", (Object[]) PiecewiseFunctions.Kernel.values()),
            real("u", -1.5, 1.5))
        .where(a -> awayFromKinks(a.d("u")))
        .twin(a -> kernel(((PiecewiseFunctions.Kernel) a.o("kernel")).ordinal(), a.g("u"))));
    all.add(of(pw, "density", choice("kernel", (Object[]) PiecewiseFunctions.Kernel.values()),
            vector("data", "n", -1, 1), real("x", -1, 1), real("h", 0.3, 1)).dim("n", 1, 6)
        .where(FoundModelsOracleTest::densityAwayFromKinks)
        .twin(a -> density(a, ((PiecewiseFunctions.Kernel) a.o("kernel")).ordinal())));
    all.add(of(pw, "namedLoss", choice("name", "squared", "l2", "huber", "cauchy"), real("r", -3, 3),
            real("c", 0.5, 2))
        .where(a -> Math.abs(Math.abs(a.d("r")) - a.d("c")) > 0.01 && Math.abs(a.d("r")) > 0.01)
        .twin(a -> robustLoss(switch ((String) a.o("name")) {
          case "huber" -> 1;
          case "cauchy" -> 2;
          default -> 0;
        }, a.g("r"), a.g("c"))));
    all.add(of(pw, "apply", choice("op", '+', '-', '*', '/', '^'), real("a", 0.5, 2), real("b", 0.5, 2))
        .twin(a -> {
          Gradient x = a.g("a");
          Gradient y = a.g("b");
          return switch ((Character) a.o("op")) {
            case '+' -> x.add(y);
            case '-' -> x.subtract(y);
            case '*' -> x.multiply(y);
            case '/' -> x.divide(y);
            default -> x.pow(y);
          };
        }));
    all.add(of(PiecewiseFunctions.Neuron.class, "output", receiver(), vector("x", "d", -2, 2)).dim("d", 1, 5)
        .sampler("self", NEURON)
        .where(a -> Math.abs(neuronInput(a.self(PiecewiseFunctions.Neuron.class), a.v("x"))) > 0.01)
        .twin(a -> {
          PiecewiseFunctions.Neuron n = a.self(PiecewiseFunctions.Neuron.class);
          Gradient[] x = a.gv("x");
          Gradient z = a.c(n.bias());
          for (int j = 0; j < x.length; j++) {
            z = z.add(x[j].multiply(n.weight(j)));
          }
          return switch (n.activation()) {
            case RELU -> z.getValue() > 0 ? z : z.multiply(0);
            case TANH -> z.tanh();
            case SOFTPLUS -> z.exp().log1p();
            default -> z;
          };
        }));
    // model objects
    all.add(of(LogisticModel.class, "logit", receiver(), vector("x", "d", -2, 2)).dim("d", 1, 6)
        .sampler("self", LOGISTIC_MODEL).twin(a -> logit(a.self(LogisticModel.class), a.gv("x"))));
    all.add(of(LogisticModel.class, "loss", receiver(), matrix("x", "n", "d", -2, 2), constantVector("y", "n", 0, 1))
        .dim("d", 1, 5).dim("n", 1, 6).sampler("self", LOGISTIC_MODEL)
        .twin(a -> {
          LogisticModel m = a.self(LogisticModel.class);
          Gradient[][] x = a.gm("x");
          double[] y = a.v("y");
          Gradient total = a.c(0);
          for (int i = 0; i < x.length; i++) {
            Gradient z = logit(m, x[i]);
            total = total.add(z.exp().log1p()).subtract(z.multiply(y[i]));
          }
          return total.divide(x.length);
        }));
    all.add(of(DenseLayer.class, "forward", receiver(), vector("x", "d", -2, 2)).dim("d", 1, 5).dim("k", 1, 5)
        .sampler("self", DENSE_LAYER)
        .vectorTwin(a -> {
          DenseLayer l = a.self(DenseLayer.class);
          Gradient[] x = a.gv("x");
          Gradient[] out = new Gradient[l.bias.length];
          for (int i = 0; i < out.length; i++) {
            Gradient z = a.c(l.bias[i]);
            for (int j = 0; j < x.length; j++) {
              z = z.add(x[j].multiply(l.weights[i][j]));
            }
            out[i] = z.tanh();
          }
          return out;
        }));
    all.add(of(RidgeObjective.class, "loss", receiver(), vector("w", "d", -2, 2), real("intercept", -1, 1))
        .dim("d", 1, 5).dim("n", 1, 8).sampler("self", RIDGE)
        .twin(a -> {
          RidgeObjective o = a.self(RidgeObjective.class);
          Gradient[] w = a.gv("w");
          Gradient sse = a.c(0);
          for (int i = 0; i < o.y.length; i++) {
            Gradient r = a.g("intercept").subtract(o.y[i]);
            for (int j = 0; j < w.length; j++) {
              r = r.add(w[j].multiply(o.x[i][j]));
            }
            sse = sse.add(r.square());
          }
          Gradient pen = a.c(0);
          for (Gradient wj : w) {
            pen = pen.add(wj.square());
          }
          return sse.multiply(0.5).add(pen.multiply(0.5 * o.lambda()));
        }));
    all.add(of(SoftmaxClassifier.class, "crossEntropy", receiver(), vector("x", "d", -2, 2), index("label", "k"))
        .dim("d", 1, 5).dim("k", 2, 5).sampler("self", SOFTMAX)
        .twin(a -> {
          SoftmaxClassifier s = a.self(SoftmaxClassifier.class);
          Gradient[] x = a.gv("x");
          Gradient[] z = new Gradient[s.bias.length];
          for (int c = 0; c < z.length; c++) {
            z[c] = a.c(s.bias[c]);
            for (int j = 0; j < x.length; j++) {
              z[c] = z[c].add(x[j].multiply(s.weights[c][j]));
            }
          }
          return logSumExp(z).subtract(z[a.i("label")]);
        }));
    // batched losses
    all.add(of(bl, "softmaxCrossEntropy", matrix("logits", "n", "k", -3, 3), constantVector("labels", "n", 0, 2.999))
        .dim("n", 1, 6).dim("k", 3, 5)
        .twin(a -> {
          Gradient[][] z = a.gm("logits");
          double[] labels = a.v("labels");
          Gradient t = a.c(0);
          for (int s = 0; s < z.length; s++) {
            t = t.add(logSumExp(z[s])).subtract(z[s][(int) labels[s]]);
          }
          return t.divide(z.length);
        }));
    all.add(of(bl, "logSumExpRows", matrix("a", "n", "k", -3, 3)).dim("n", 1, 5).dim("k", 1, 5)
        .vectorTwin(a -> {
          Gradient[][] m = a.gm("a");
          Gradient[] out = new Gradient[m.length];
          for (int i = 0; i < m.length; i++) {
            out[i] = logSumExp(m[i]);
          }
          return out;
        }));
    all.add(of(bl, "twoLayerTanh", matrix("w1", "h", "d", -1, 1), vector("b1", "h", -1, 1), vector("w2", "h", -1, 1),
            real("b2", -1, 1), constantMatrix("inputs", "n", "d", -2, 2), constantVector("targets", "n", -1, 1))
        .dim("h", 1, 4).dim("d", 1, 4).dim("n", 1, 5)
        .twin(a -> {
          Gradient[][] w1 = a.gm("w1");
          Gradient[] b1 = a.gv("b1");
          Gradient[] w2 = a.gv("w2");
          double[][] in = a.m("inputs");
          double[] y = a.v("targets");
          Gradient loss = a.c(0);
          for (int s = 0; s < in.length; s++) {
            Gradient out = a.g("b2");
            for (int h = 0; h < b1.length; h++) {
              Gradient z = b1[h];
              for (int j = 0; j < in[s].length; j++) {
                z = z.add(w1[h][j].multiply(in[s][j]));
              }
              out = out.add(w2[h].multiply(z.tanh()));
            }
            loss = loss.add(out.subtract(y[s]).square().multiply(0.5));
          }
          return loss.divide(in.length);
        }));
    all.add(of(bl, "gaussianMixtureNll", vector("logWeights", "k", -1, 1), matrix("means", "k", "2", -1, 1),
            matrix("chol", "k", "3", -0.5, 0.5), constantMatrix("x", "n", "2", -2, 2))
        .dim("k", 1, 3).dim("n", 1, 6)
        .twin(a -> {
          Gradient[] lw = a.gv("logWeights");
          Gradient[][] mu = a.gm("means");
          Gradient[][] l = a.gm("chol");
          Gradient nll = a.c(0);
          for (double[] p : a.m("x")) {
            Gradient[] t = new Gradient[lw.length];
            for (int c = 0; c < lw.length; c++) {
              Gradient z0 = mu[c][0].negate().add(p[0]).divide(l[c][0].exp());
              Gradient z1 = mu[c][1].negate().add(p[1]).subtract(l[c][1].multiply(z0)).divide(l[c][2].exp());
              t[c] = lw[c].subtract(z0.square().add(z1.square()).multiply(0.5)).subtract(l[c][0]).subtract(l[c][2])
                  .subtract(Math.log(2 * Math.PI));
            }
            nll = nll.subtract(logSumExp(t).subtract(logSumExp(lw)));
          }
          return nll;
        }));
    all.add(of(bl, "meanSquaredError", vector("predictions", "n", -2, 2), vector("targets", "n", -2, 2)).dim("n", 1, 8)
        .twin(a -> {
          Gradient[] p = a.gv("predictions");
          Gradient[] t = a.gv("targets");
          Gradient s = a.c(0);
          for (int i = 0; i < p.length; i++) {
            s = s.add(p[i].subtract(t[i]).square());
          }
          return s.divide(p.length);
        }));
    all.add(of(bl, "huber", matrix("predictions", "n", "d", -2, 2), matrix("targets", "n", "d", -2, 2),
            real("delta", 0.3, 1.5)).dim("n", 1, 4).dim("d", 1, 4)
        .where(a -> {
          double[][] p = a.m("predictions");
          double[][] t = a.m("targets");
          for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
              if (Math.abs(Math.abs(p[i][j] - t[i][j]) - a.d("delta")) < 0.01) {
                return false;
              }
            }
          }
          return true;
        })
        .twin(a -> {
          Gradient[][] p = a.gm("predictions");
          Gradient[][] t = a.gm("targets");
          Gradient d = a.g("delta");
          Gradient s = a.c(0);
          int count = 0;
          for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
              Gradient r = p[i][j].subtract(t[i][j]);
              s = s.add(Math.abs(r.getValue()) <= d.getValue() ? r.square().multiply(0.5)
                  : d.multiply(r.abs().subtract(d.multiply(0.5))));
              count++;
            }
          }
          return s.divide(count);
        }));
    all.add(of(bl, "layerNormPenalty", matrix("x", "n", "d", -2, 2)).dim("n", 1, 4).dim("d", 2, 5)
        .twin(a -> {
          Gradient total = a.c(0);
          for (Gradient[] row : a.gm("x")) {
            int d = row.length;
            Gradient mean = a.c(0);
            for (Gradient v : row) {
              mean = mean.add(v);
            }
            mean = mean.divide(d);
            Gradient var = a.c(0);
            for (Gradient v : row) {
              var = var.add(v.subtract(mean).square());
            }
            Gradient inv = var.divide(d).add(1e-5).sqrt().reciprocal();
            for (int j = 0; j < d; j++) {
              total = total.add(row[j].subtract(mean).multiply(inv).square().multiply(j + 1));
            }
          }
          return total;
        }));
    all.add(of(bl, "kMeansObjective", matrix("centers", "k", "d", -2, 2), constantMatrix("points", "n", "d", -2, 2))
        .dim("k", 1, 4).dim("d", 1, 3).dim("n", 1, 6)
        .where(a -> {
          for (double[] p : a.m("points")) {
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (double[] c : a.m("centers")) {
              double d2 = 0;
              for (int j = 0; j < p.length; j++) {
                d2 += (p[j] - c[j]) * (p[j] - c[j]);
              }
              if (d2 < best) {
                second = best;
                best = d2;
              } else {
                second = Math.min(second, d2);
              }
            }
            if (second - best < 1e-3) {
              return false;
            }
          }
          return true;
        })
        .twin(a -> {
          Gradient[][] centers = a.gm("centers");
          Gradient total = a.c(0);
          for (double[] p : a.m("points")) {
            Gradient best = null;
            for (Gradient[] c : centers) {
              Gradient d2 = a.c(0);
              for (int j = 0; j < p.length; j++) {
                d2 = d2.add(c[j].negate().add(p[j]).square());
              }
              if (best == null || d2.getValue() < best.getValue()) {
                best = d2;
              }
            }
            total = total.add(best);
          }
          return total;
        }));
    all.add(of(bl, "poissonNll", vector("logRates", "L", -1, 1), constantVector("counts", "n", 0, 5),
            integer("offset", 0, 3)).dim("n", 1, 5).dim("L", "n", n -> n + 3)
        .twin(a -> {
          Gradient[] lr = a.gv("logRates");
          double[] counts = a.v("counts");
          int offset = a.i("offset");
          Gradient nll = a.c(0);
          for (int i = 0; i < counts.length; i++) {
            nll = nll.add(lr[offset + i].exp()).subtract(lr[offset + i].multiply(counts[i]));
          }
          return nll;
        }));
    return all;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }

  // ---- the hand-coded derivatives ----

  private static final int POINTS = 500;

  private static Object call(Class<?> owner, String name, Object... args) throws Throwable {
    Class<?> d = Class.forName(Binding.derivativesName(owner));
    for (Method m : d.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError(d.getName() + " has no " + name);
  }

  /** A component of a gradient record by name. */
  private static Object component(Object record, String name) throws Exception {
    Method m = record.getClass().getMethod(name);
    return m.invoke(record);
  }

  private static void close(double[] expected, double[] got, String where) {
    assertEquals(expected.length, got.length, where);
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], 1e-10 * Math.max(scale, 1e-300), where + "[" + i + "]");
    }
  }

  @Test
  void parametricGradientsMatchTheHandCodedOnes() throws Throwable {
    Random r = new Random(21);
    for (int k = 0; k < POINTS; k++) {
      double t = uniform(r, 0.1, 3);
      double[] pg = (double[]) P_GAUSSIAN.sample(r, null);
      double[] pl = (double[]) P_LOGISTIC.sample(r, null);
      double[] p3 = randomVector(r, 3, 0.5, 2);
      double[] p2 = randomVector(r, 2, 0.5, 2);
      close(ParametricModels.Gaussian.gradient(t, pg), (double[]) component(call(GAUSSIAN, "valueGrad", t, pg), "p"),
          "Gaussian");
      close(ExponentialDecay.gradient(t, p3),
          (double[]) component(call(ExponentialDecay.class, "valueGrad", t, p3), "p"), "ExponentialDecay");
      close(Logistic.gradient(t, pl), (double[]) component(call(Logistic.class, "valueGrad", t, pl), "p"),
          "Logistic");
      close(MichaelisMenten.gradient(t, p2),
          (double[]) component(call(MichaelisMenten.class, "valueGrad", t, p2), "p"), "MichaelisMenten");
      close(HarmonicOscillator.gradient(t, p3),
          (double[]) component(call(HarmonicOscillator.class, "valueGrad", t, p3), "p"), "HarmonicOscillator");
      close(Hill.gradient(t, p3), (double[]) component(call(Hill.class, "valueGrad", t, p3), "p"), "Hill");
      // the dispatcher gives each model's gradient
      close(ParametricModels.Gaussian.gradient(t, pg),
          (double[]) component(call(ParametricModels.class, "modelGrad", ParametricModels.GAUSSIAN, t, pg), "p"),
          "model(GAUSSIAN)");
      close(HarmonicOscillator.gradient(t, p3),
          (double[]) component(call(ParametricModels.class, "modelGrad", ParametricModels.HARMONIC, t, p3), "p"),
          "model(HARMONIC)");
      // the Gaussian's generated Jacobian of its hand-coded gradient is symmetric in p: a Hessian
      double[][] h = new double[3][];
      for (int j = 0; j < 3; j++) {
        double[] e = new double[3];
        e[j] = 1;
        h[j] = (double[]) call(GAUSSIAN, "gradientJvp", t, 0.0, pg, e);
      }
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < i; j++) {
          assertEquals(h[i][j], h[j][i], 1e-10 * (Math.abs(h[i][j]) + 1e-3), "Gaussian Hessian symmetry");
        }
      }
    }
  }

  @Test
  void modelObjectGradientsMatchTheHandCodedOnes() throws Throwable {
    Random r = new Random(22);
    for (int k = 0; k < POINTS; k++) {
      int n = 1 + r.nextInt(6);
      int d = 1 + r.nextInt(5);
      int c = 2 + r.nextInt(4);
      var dims = java.util.Map.of("n", n, "d", d, "k", c);
      LogisticModel lm = (LogisticModel) LOGISTIC_MODEL.sample(r, dims);
      double[][] x = randomMatrix(r, n, d, -3, 3);
      double[] y = randomVector(r, n, 0, 1);
      double[][] gx = (double[][]) component(call(LogisticModel.class, "lossGrad", lm, x, y), "x");
      double[][] hx = lm.lossGradient(x, y);
      for (int i = 0; i < n; i++) {
        close(hx[i], gx[i], "LogisticModel.loss row " + i);
      }
      DenseLayer layer = (DenseLayer) DENSE_LAYER.sample(r, dims);
      double[] v = randomVector(r, d, -2, 2);
      double[][] jac = (double[][]) call(DenseLayer.class, "forwardJacobian", layer, v);
      double[][] hand = layer.jacobian(v);
      for (int i = 0; i < c; i++) {
        close(hand[i], jac[i], "DenseLayer.forward row " + i);
      }
      RidgeObjective ridge = (RidgeObjective) RIDGE.sample(r, dims);
      double[] w = randomVector(r, d, -2, 2);
      double b = uniform(r, -1, 1);
      Object g = call(RidgeObjective.class, "lossGrad", ridge, w, b);
      double[] both = new double[d + 1];
      System.arraycopy((double[]) component(g, "w"), 0, both, 0, d);
      both[d] = (double) component(g, "intercept");
      close(ridge.gradient(w, b), both, "RidgeObjective.loss");
      SoftmaxClassifier s = (SoftmaxClassifier) SOFTMAX.sample(r, dims);
      int label = r.nextInt(c);
      close(s.gradient(v, label), (double[]) component(call(SoftmaxClassifier.class, "crossEntropyGrad", s, v, label),
          "x"), "SoftmaxClassifier.crossEntropy");
    }
  }

  private static void throwsLikePrimal(Class<? extends Throwable> type, Runnable primal, Class<?> owner, String name,
      Object... args) {
    Throwable expected = assertThrows(type, primal::run);
    Throwable got = assertThrows(Throwable.class, () -> call(owner, name, args), owner.getSimpleName() + "." + name);
    assertEquals(type, got.getClass(), name + ": " + got);
    assertEquals(expected.getMessage(), got.getMessage(), name);
  }

  @Test
  void generatedMethodsThrowWhatThePrimalThrows() {
    double[] p = {1, 0, 1};
    throwsLikePrimal(IllegalArgumentException.class, () -> ParametricModels.model(9, 0.5, p),
        ParametricModels.class, "modelGrad", 9, 0.5, p);
    throwsLikePrimal(IllegalArgumentException.class, () -> ParametricModels.model(9, 0.5, p),
        ParametricModels.class, "modelJvp", 9, 0.5, 1.0, p, new double[3]);
    double[] bad = {1, 0, -1};
    throwsLikePrimal(IllegalArgumentException.class, () -> ParametricModels.Gaussian.value(0.5, bad),
        GAUSSIAN, "valueVjp", 0.5, bad, 1.0, new double[1], new double[3]);
    throwsLikePrimal(IllegalArgumentException.class, () -> ParametricModels.Gaussian.value(0.5, new double[2]),
        GAUSSIAN, "valueGrad", 0.5, new double[2]);
    throwsLikePrimal(IllegalArgumentException.class, () -> Hill.value(-1, p), Hill.class, "valueGrad", -1.0, p);
    throwsLikePrimal(IllegalArgumentException.class, () -> PiecewiseFunctions.kernel(7, 0.5),
        PiecewiseFunctions.class, "kernelGrad", 7, 0.5);
    throwsLikePrimal(IllegalArgumentException.class, () -> PiecewiseFunctions.robustLoss(9, 0.5, 1),
        PiecewiseFunctions.class, "robustLossJvp", 9, 0.5, 1.0, 1.0, 0.0);
    throwsLikePrimal(IllegalArgumentException.class, () -> PiecewiseFunctions.interpolate(new double[1], 0.5),
        PiecewiseFunctions.class, "interpolateGrad", new double[1], 0.5);
    throwsLikePrimal(IllegalArgumentException.class,
        () -> BatchedLosses.meanSquaredError(new double[2], new double[3]),
        BatchedLosses.class, "meanSquaredErrorGrad", new double[2], new double[3]);
    SoftmaxClassifier s = new SoftmaxClassifier(new double[][] {{1}, {2}}, new double[] {0, 0});
    throwsLikePrimal(IndexOutOfBoundsException.class, () -> s.crossEntropy(new double[] {1}, 2),
        SoftmaxClassifier.class, "crossEntropyGrad", s, new double[] {1}, 2);
  }
}
