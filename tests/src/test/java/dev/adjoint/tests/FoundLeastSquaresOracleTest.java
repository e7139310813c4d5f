package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.receiver;
import static dev.adjoint.tests.oracle.Param.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adjoint.tests.found.LeastSquaresProblem;
import dev.adjoint.tests.found.MoreGarbowHillstrom;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Bard;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Beale;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Box3D;
import dev.adjoint.tests.found.MoreGarbowHillstrom.BroydenTridiagonal;
import dev.adjoint.tests.found.MoreGarbowHillstrom.BrownAlmostLinear;
import dev.adjoint.tests.found.MoreGarbowHillstrom.BrownBadlyScaled;
import dev.adjoint.tests.found.MoreGarbowHillstrom.BrownDennis;
import dev.adjoint.tests.found.MoreGarbowHillstrom.DiscreteBoundaryValue;
import dev.adjoint.tests.found.MoreGarbowHillstrom.ExtendedPowellSingular;
import dev.adjoint.tests.found.MoreGarbowHillstrom.ExtendedRosenbrock;
import dev.adjoint.tests.found.MoreGarbowHillstrom.FreudensteinRoth;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Gaussian;
import dev.adjoint.tests.found.MoreGarbowHillstrom.HelicalValley;
import dev.adjoint.tests.found.MoreGarbowHillstrom.JennrichSampson;
import dev.adjoint.tests.found.MoreGarbowHillstrom.KowalikOsborne;
import dev.adjoint.tests.found.MoreGarbowHillstrom.LinearFullRank;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Meyer;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Osborne1;
import dev.adjoint.tests.found.MoreGarbowHillstrom.PenaltyI;
import dev.adjoint.tests.found.MoreGarbowHillstrom.PowellBadlyScaled;
import dev.adjoint.tests.found.MoreGarbowHillstrom.PowellSingular;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Rosenbrock;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Trigonometric;
import dev.adjoint.tests.found.MoreGarbowHillstrom.VariablyDimensioned;
import dev.adjoint.tests.found.MoreGarbowHillstrom.Wood;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.Binding;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Sampler;
import dev.adjoint.tests.oracle.VectorTwin;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the Moré–Garbow–Hillstrom residuals of {@link MoreGarbowHillstrom} with every oracle (each
 * residual vector again over Hipparchus, from the formula), and the generated {@code valueJacobian},
 * {@code valueJvp} and {@code valueVjp} against each problem's own hand-coded Jacobian.
 */
class FoundLeastSquaresOracleTest {

  /** A problem of a fixed size, built per point. */
  private static Sampler fixed(LeastSquaresProblem p) {
    return (random, dims) -> p;
  }

  /** Entries drawn uniformly from per-coordinate boxes. */
  private static Sampler box(double[] lo, double[] hi) {
    return (random, dims) -> {
      double[] v = new double[lo.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = lo[i] + (hi[i] - lo[i]) * random.nextDouble();
      }
      return v;
    };
  }

  private static FunctionCase problem(Class<?> c, String n, Sampler self, VectorTwin twin) {
    return of(c, "value", receiver(), vector("x", n, -2, 2)).sampler("self", self).vectorTwin(twin);
  }

  private static Gradient[] out(int m, Args a) {
    Gradient[] f = new Gradient[m];
    Arrays.fill(f, a.c(0));
    return f;
  }

  static List<FunctionCase> cases() {
    double sqrt5 = Math.sqrt(5.0);
    double sqrt10 = Math.sqrt(10.0);
    return List.of(
        problem(Rosenbrock.class, "2", fixed(new Rosenbrock()), a -> {
          Gradient[] x = a.gv("x");
          return new Gradient[] {x[1].subtract(x[0].square()).multiply(10), x[0].negate().add(1)};
        }),
        problem(FreudensteinRoth.class, "2", fixed(new FreudensteinRoth()), a -> {
          Gradient[] x = a.gv("x");
          Gradient x2 = x[1];
          return new Gradient[] {
            x[0].add(-13).add(x2.negate().add(5).multiply(x2).subtract(2).multiply(x2)),
            x[0].add(-29).add(x2.add(1).multiply(x2).subtract(14).multiply(x2))};
        }),
        problem(PowellBadlyScaled.class, "2", fixed(new PowellBadlyScaled()), a -> {
          Gradient[] x = a.gv("x");
          return new Gradient[] {
            x[0].multiply(x[1]).multiply(1e4).subtract(1),
            x[0].negate().exp().add(x[1].negate().exp()).subtract(1.0001)};
        }),
        problem(BrownBadlyScaled.class, "2", fixed(new BrownBadlyScaled()), a -> {
          Gradient[] x = a.gv("x");
          return new Gradient[] {x[0].subtract(1e6), x[1].subtract(2e-6), x[0].multiply(x[1]).subtract(2)};
        }),
        problem(Beale.class, "2", fixed(new Beale()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {1.5, 2.25, 2.625};
          Gradient[] f = new Gradient[3];
          for (int i = 0; i < 3; i++) {
            f[i] = x[0].multiply(x[1].pow(i + 1).negate().add(1)).negate().add(y[i]);
          }
          return f;
        }),
        of(JennrichSampson.class, "value", receiver(), vector("x", "2", -1, 0.4)).dim("m", 2, 10)
            .sampler("self", (r, d) -> new JennrichSampson(d.get("m")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int m = a.self(JennrichSampson.class).residuals();
              Gradient[] f = new Gradient[m];
              for (int i = 1; i <= m; i++) {
                f[i - 1] = x[0].multiply(i).exp().add(x[1].multiply(i).exp()).negate().add(2 + 2 * i);
              }
              return f;
            }),
        problem(HelicalValley.class, "3", fixed(new HelicalValley()), a -> {
          Gradient[] x = a.gv("x");
          Gradient theta = x[1].divide(x[0]).atan().divide(2 * Math.PI);
          if (x[0].getValue() < 0) {
            theta = theta.add(0.5);
          }
          Gradient r = x[0].square().add(x[1].square()).sqrt();
          return new Gradient[] {x[2].subtract(theta.multiply(10)).multiply(10), r.subtract(1).multiply(10), x[2]};
        }).where(a -> Math.abs(a.v("x")[0]) > 0.05),
        problem(Bard.class, "3", fixed(new Bard()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39};
          Gradient[] f = new Gradient[15];
          for (int i = 0; i < 15; i++) {
            double u = i + 1;
            double v = 15 - i;
            double w = Math.min(u, v);
            f[i] = x[0].add(x[1].multiply(v).add(x[2].multiply(w)).reciprocal().multiply(u)).negate().add(y[i]);
          }
          return f;
        }).sampler("x", box(new double[] {-1, 0.2, 0.2}, new double[] {1, 2, 2})),
        problem(Gaussian.class, "3", fixed(new Gaussian()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295,
              0.0540, 0.0175, 0.0044, 0.0009};
          Gradient[] f = new Gradient[15];
          for (int i = 0; i < 15; i++) {
            Gradient d = x[2].negate().add((7 - i) / 2.0);
            f[i] = x[0].multiply(x[1].multiply(d.square()).multiply(-0.5).exp()).subtract(y[i]);
          }
          return f;
        }),
        problem(Meyer.class, "3", fixed(new Meyer()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820,
              3307, 2872};
          Gradient[] f = new Gradient[16];
          for (int i = 0; i < 16; i++) {
            f[i] = x[0].multiply(x[1].divide(x[2].add(45.0 + 5.0 * (i + 1))).exp()).subtract(y[i]);
          }
          return f;
        }).sampler("x", box(new double[] {0.005, 5000, 300}, new double[] {0.03, 7000, 400})),
        of(Box3D.class, "value", receiver(), vector("x", "3", -2, 2)).dim("m", 3, 12)
            .sampler("self", (r, d) -> new Box3D(d.get("m")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] f = new Gradient[a.self(Box3D.class).residuals()];
              for (int i = 0; i < f.length; i++) {
                double t = 0.1 * (i + 1);
                f[i] = x[0].multiply(-t).exp().subtract(x[1].multiply(-t).exp())
                    .subtract(x[2].multiply(Math.exp(-t) - Math.exp(-10.0 * t)));
              }
              return f;
            }),
        problem(PowellSingular.class, "4", fixed(new PowellSingular()), a -> powellSingular(a.gv("x"), sqrt5, sqrt10)),
        problem(Wood.class, "4", fixed(new Wood()), a -> {
          Gradient[] x = a.gv("x");
          double sqrt90 = Math.sqrt(90.0);
          return new Gradient[] {
            x[1].subtract(x[0].square()).multiply(10), x[0].negate().add(1),
            x[3].subtract(x[2].square()).multiply(sqrt90), x[2].negate().add(1),
            x[1].add(x[3]).subtract(2).multiply(sqrt10), x[1].subtract(x[3]).divide(sqrt10)};
        }),
        problem(KowalikOsborne.class, "4", fixed(new KowalikOsborne()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246};
          double[] u = {4.0, 2.0, 1.0, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};
          Gradient[] f = new Gradient[11];
          for (int i = 0; i < 11; i++) {
            Gradient num = x[1].multiply(u[i]).add(u[i] * u[i]);
            Gradient den = x[2].multiply(u[i]).add(x[3]).add(u[i] * u[i]);
            f[i] = x[0].multiply(num).divide(den).negate().add(y[i]);
          }
          return f;
        }).sampler("x", box(new double[] {0.1, 0.1, 0.1, 0.1}, new double[] {0.5, 0.5, 0.5, 0.5})),
        of(BrownDennis.class, "value", receiver(), vector("x", "4", -2, 2)).dim("m", 4, 20)
            .sampler("self", (r, d) -> new BrownDennis(d.get("m")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] f = new Gradient[a.self(BrownDennis.class).residuals()];
              for (int i = 0; i < f.length; i++) {
                double t = (i + 1) / 5.0;
                Gradient p = x[0].add(x[1].multiply(t)).subtract(Math.exp(t));
                Gradient q = x[2].add(x[3].multiply(Math.sin(t))).subtract(Math.cos(t));
                f[i] = p.square().add(q.square());
              }
              return f;
            }),
        problem(Osborne1.class, "5", fixed(new Osborne1()), a -> {
          Gradient[] x = a.gv("x");
          double[] y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685,
              0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438,
              0.431, 0.424, 0.420, 0.414, 0.411, 0.406};
          Gradient[] f = new Gradient[33];
          for (int i = 0; i < 33; i++) {
            double t = 10.0 * i;
            f[i] = x[0].add(x[1].multiply(x[3].multiply(-t).exp())).add(x[2].multiply(x[4].multiply(-t).exp()))
                .negate().add(y[i]);
          }
          return f;
        }).sampler("x", box(new double[] {-1, -2, -2, 0.005, 0.005}, new double[] {1, 2, 2, 0.05, 0.05})),
        of(ExtendedRosenbrock.class, "value", receiver(), vector("x", "n", -2, 2)).dim("h", 1, 4)
            .dim("n", "h", h -> 2 * h)
            .sampler("self", (r, d) -> new ExtendedRosenbrock(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] f = new Gradient[x.length];
              for (int i = 0; i < x.length; i += 2) {
                f[i] = x[i + 1].subtract(x[i].square()).multiply(10);
                f[i + 1] = x[i].negate().add(1);
              }
              return f;
            }),
        of(ExtendedPowellSingular.class, "value", receiver(), vector("x", "n", -2, 2)).dim("q", 1, 3)
            .dim("n", "q", q -> 4 * q)
            .sampler("self", (r, d) -> new ExtendedPowellSingular(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] f = new Gradient[x.length];
              for (int b = 0; b < x.length; b += 4) {
                System.arraycopy(powellSingular(Arrays.copyOfRange(x, b, b + 4), sqrt5, sqrt10), 0, f, b, 4);
              }
              return f;
            }),
        of(PenaltyI.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new PenaltyI(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              Gradient[] f = out(x.length + 1, a);
              Gradient s = a.c(0);
              for (int i = 0; i < x.length; i++) {
                f[i] = x[i].subtract(1).multiply(Math.sqrt(1e-5));
                s = s.add(x[i].square());
              }
              f[x.length] = s.subtract(0.25);
              return f;
            }),
        of(Trigonometric.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new Trigonometric(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient c = a.c(0);
              for (Gradient xj : x) {
                c = c.add(xj.cos());
              }
              Gradient[] f = new Gradient[n];
              for (int i = 0; i < n; i++) {
                f[i] = c.negate().add(n).add(x[i].cos().negate().add(1).multiply(i + 1)).subtract(x[i].sin());
              }
              return f;
            }),
        of(DiscreteBoundaryValue.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new DiscreteBoundaryValue(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              double h = 1.0 / (n + 1);
              Gradient[] f = new Gradient[n];
              for (int i = 0; i < n; i++) {
                Gradient left = i == 0 ? a.c(0) : x[i - 1];
                Gradient right = i == n - 1 ? a.c(0) : x[i + 1];
                f[i] = x[i].multiply(2).subtract(left).subtract(right)
                    .add(x[i].add((i + 1) * h + 1).pow(3).multiply(0.5 * h * h));
              }
              return f;
            }),
        of(BroydenTridiagonal.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new BroydenTridiagonal(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient[] f = new Gradient[n];
              for (int i = 0; i < n; i++) {
                Gradient left = i > 0 ? x[i - 1] : a.c(0);
                Gradient right = i < n - 1 ? x[i + 1] : a.c(0);
                f[i] = x[i].multiply(-2).add(3).multiply(x[i]).subtract(left).subtract(right.multiply(2)).add(1);
              }
              return f;
            }),
        of(LinearFullRank.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 5).dim("extra", 0, 4)
            .sampler("self", (r, d) -> new LinearFullRank(d.get("n") + d.get("extra"), d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int m = a.self(LinearFullRank.class).residuals();
              Gradient s = a.c(0);
              for (Gradient xj : x) {
                s = s.add(xj);
              }
              Gradient t = s.multiply(2.0).divide(m).add(1);
              Gradient[] f = new Gradient[m];
              for (int i = 0; i < m; i++) {
                f[i] = i < x.length ? t.negate().add(x[i]) : t.negate();
              }
              return f;
            }),
        of(VariablyDimensioned.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new VariablyDimensioned(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient[] f = new Gradient[n + 2];
              Gradient s = a.c(0);
              for (int j = 0; j < n; j++) {
                f[j] = x[j].subtract(1);
                s = s.add(x[j].subtract(1).multiply(j + 1));
              }
              f[n] = s;
              f[n + 1] = s.square();
              return f;
            }),
        of(BrownAlmostLinear.class, "value", receiver(), vector("x", "n", -2, 2)).dim("n", 1, 8)
            .sampler("self", (r, d) -> new BrownAlmostLinear(d.get("n")))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              int n = x.length;
              Gradient s = a.c(0);
              Gradient p = a.c(1);
              for (Gradient xj : x) {
                s = s.add(xj);
                p = p.multiply(xj);
              }
              Gradient[] f = new Gradient[n];
              for (int i = 0; i < n - 1; i++) {
                f[i] = x[i].add(s).subtract(n + 1);
              }
              f[n - 1] = p.subtract(1);
              return f;
            }));
  }

  private static Gradient[] powellSingular(Gradient[] x, double sqrt5, double sqrt10) {
    return new Gradient[] {
      x[0].add(x[1].multiply(10)), x[2].subtract(x[3]).multiply(sqrt5),
      x[1].subtract(x[2].multiply(2)).square(), x[0].subtract(x[3]).square().multiply(sqrt10)};
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }

  /** One instance of every problem, at several sizes for the variable ones. */
  static List<LeastSquaresProblem> problems() {
    List<LeastSquaresProblem> out = new ArrayList<>(List.of(
        new Rosenbrock(), new FreudensteinRoth(), new PowellBadlyScaled(), new BrownBadlyScaled(), new Beale(),
        new JennrichSampson(10), new HelicalValley(), new Bard(), new Gaussian(), new Meyer(), new Box3D(10),
        new PowellSingular(), new Wood(), new KowalikOsborne(), new BrownDennis(20), new Osborne1()));
    for (int n : new int[] {2, 4, 8}) {
      out.add(new ExtendedRosenbrock(n));
      out.add(new ExtendedPowellSingular(4 * n));
      out.add(new PenaltyI(n));
      out.add(new Trigonometric(n));
      out.add(new DiscreteBoundaryValue(n));
      out.add(new BroydenTridiagonal(n));
      out.add(new LinearFullRank(n + 3, n));
      out.add(new VariablyDimensioned(n));
      out.add(new BrownAlmostLinear(n));
    }
    return out;
  }

  private static final int POINTS = 300;

  /** The problem's start moved by about 20% of each coordinate's size. */
  private static double[] near(LeastSquaresProblem p, Random random) {
    double[] x = p.start();
    for (int j = 0; j < x.length; j++) {
      x[j] += 0.2 * random.nextGaussian() * (Math.abs(x[j]) + 0.5);
    }
    return x;
  }

  private static Object call(Method m, Object... args) throws Throwable {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Method generated(LeastSquaresProblem p, String name) throws ClassNotFoundException {
    Class<?> d = Class.forName(Binding.derivativesName(p.getClass()));
    for (Method m : d.getMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(d.getName() + " has no " + name);
  }

  /** Entry (i, j) within 1e-10 of the hand-coded Jacobian, relative to the largest entry of row i. */
  private static void assertJacobian(String where, double[][] expected, double[][] actual) {
    assertEquals(expected.length, actual.length, where + ": rows");
    for (int i = 0; i < expected.length; i++) {
      double scale = 0;
      for (double e : expected[i]) {
        scale = Math.max(scale, Math.abs(e));
      }
      assertEquals(expected[i].length, actual[i].length, where + ": columns of row " + i);
      for (int j = 0; j < expected[i].length; j++) {
        double tolerance = 1e-10 * Math.max(scale, Double.MIN_NORMAL);
        assertEquals(expected[i][j], actual[i][j], tolerance, where + ": J[" + i + "][" + j + "]");
      }
    }
  }

  private static double[][] fromColumns(Function<double[], double[]> columnOf, int n) {
    double[][] cols = new double[n][];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      cols[j] = columnOf.apply(e);
    }
    double[][] jac = new double[cols[0].length][n];
    for (int i = 0; i < jac.length; i++) {
      for (int j = 0; j < n; j++) {
        jac[i][j] = cols[j][i];
      }
    }
    return jac;
  }

  @TestFactory
  Stream<DynamicTest> generatedJacobianMatchesTheHandCodedOne() {
    return problems().stream().map(p -> DynamicTest.dynamicTest(p + ": valueJacobian, valueJvp, valueVjp", () -> {
      Method jacobian = generated(p, "valueJacobian");
      Method jvp = generated(p, "valueJvp");
      Method vjp = generated(p, "valueVjp");
      Random random = new Random(p.toString().hashCode());
      for (int k = 0; k < POINTS; k++) {
        double[] x = near(p, random);
        double[][] expected = p.jacobian(x);
        String where = p + " at " + Arrays.toString(x);
        assertJacobian(where + " (valueJacobian)", expected, (double[][]) call(jacobian, p, x));
        assertJacobian(where + " (valueJvp, one column per call)", expected, fromColumns(e -> {
          try {
            return (double[]) call(jvp, p, x, e);
          } catch (Throwable t) {
            throw new AssertionError(t);
          }
        }, x.length));
        double[][] rows = new double[p.residuals()][];
        for (int i = 0; i < rows.length; i++) {
          double[] seed = new double[p.residuals()];
          seed[i] = 1;
          rows[i] = new double[x.length];
          double[] value = (double[]) call(vjp, p, x, seed, rows[i]);
          assertArrayEquals(p.value(x), value, where + ": valueVjp's value");
        }
        assertJacobian(where + " (valueVjp, one row per call)", expected, rows);
      }
    }));
  }

  @Test
  void generatedMethodsThrowWhatTheResidualThrows() throws Throwable {
    List<Object[]> bad = List.of(
        new Object[] {new Rosenbrock(), new double[] {1, 2, 3}},
        new Object[] {new Bard(), new double[] {1, 2}},
        new Object[] {new KowalikOsborne(), new double[] {1, 2, 3, 4, 5}},
        new Object[] {new ExtendedRosenbrock(4), new double[] {1, 2}},
        new Object[] {new HelicalValley(), new double[] {0.0, 1, 1}});
    for (Object[] c : bad) {
      LeastSquaresProblem p = (LeastSquaresProblem) c[0];
      double[] x = (double[]) c[1];
      IllegalArgumentException primal = assertThrows(IllegalArgumentException.class, () -> p.value(x));
      for (String name : List.of("valueJvp", "valueVjp", "valueJacobian")) {
        Method m = generated(p, name);
        Object[] args = switch (name) {
          case "valueJvp" -> new Object[] {p, x, new double[x.length]};
          case "valueVjp" -> new Object[] {p, x, new double[p.residuals()], new double[x.length]};
          default -> new Object[] {p, x};
        };
        Throwable thrown = assertThrows(Throwable.class, () -> call(m, args), p + "." + name);
        assertEquals(IllegalArgumentException.class, thrown.getClass(), p + "." + name + ": " + thrown);
        assertEquals(primal.getMessage(), thrown.getMessage(), p + "." + name);
      }
    }
  }
}
