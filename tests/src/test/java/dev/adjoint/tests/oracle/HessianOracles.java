package dev.adjoint.tests.oracle;

import java.util.Arrays;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DerivativeStructure;

/**
 * The second-order oracles for {@code @Differentiable(order = 2)} functions: {@code fHessian} against
 * the Hipparchus order-2 twin ({@link HessianTwin}), against a closed form when the case has one, and
 * against central differences of {@code fGrad}; its symmetry; {@code fHvp} against the Hessian times the
 * direction (twin and generated) and against central differences of {@code fGrad} along the direction.
 *
 * <p>Inputs are flattened as everywhere else ({@link Layout}): {@code H[i][j]} is the second partial over
 * flat inputs {@code i} and {@code j}, and {@code fHvp} returns the flat {@code H v}.
 */
public final class HessianOracles {
  private static final long HESSIAN_SEED = 0x52_0001L;
  private static final long HVP_SEED = 0x52_0002L;
  /** A closed form evaluated in double, against forward-over-reverse: both exact up to rounding. */
  private static final double CLOSED_REL = 1e-9;

  private HessianOracles() {}

  /** The twin at a point: value, gradient and Hessian, and the scale of the largest of them. */
  private record Second(double value, double[] gradient, double[][] hessian, double scale) {
    double abs() {
      return Oracles.TWIN_ABS * scale;
    }

    double[] times(double[] v) {
      double[] out = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < v.length; j++) {
          out[i] += hessian[i][j] * v[j];
        }
      }
      return out;
    }
  }

  private static Second twin(FunctionCase f, Args a) {
    DerivativeStructure d = f.hessianTwin().eval(a);
    int n = a.freeParameters();
    if (d.getFreeParameters() != n || d.getOrder() < 2) {
      throw new AssertionError(f.name() + ": the order-2 twin has " + d.getFreeParameters()
          + " free parameters and order " + d.getOrder() + ", not " + n + " and 2 (build constants with a.sc(...))");
    }
    double[] gradient = new double[n];
    double[][] hessian = new double[n][n];
    double scale = Math.max(1, Math.abs(d.getValue()));
    for (int i = 0; i < n; i++) {
      int[] orders = new int[n];
      orders[i] = 1;
      gradient[i] = d.getPartialDerivative(orders);
      scale = Math.max(scale, Math.abs(gradient[i]));
      for (int j = 0; j < n; j++) {
        int[] second = new int[n];
        second[i]++;
        second[j]++;
        hessian[i][j] = d.getPartialDerivative(second);
        scale = Math.max(scale, Math.abs(hessian[i][j]));
      }
    }
    return new Second(d.getValue(), gradient, hessian, scale);
  }

  /**
   * {@code fHessian}: {@code n x n}, each entry against the order-2 twin and the closed form, each
   * column against central differences of {@code fGrad}, and {@code H[i][j]} against {@code H[j][i]}.
   */
  public static void hessian(FunctionCase f) {
    Binding b = Binding.of(f);
    if (!b.hasHessian()) {
      throw new AssertionError(f.name() + ": expected fHvp and fHessian");
    }
    Failures fails = new Failures(f, "fHessian");
    for (Args a : Oracles.points(f, HESSIAN_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      Second t = twin(f, a);
      double[][] h = b.hessian(x);
      if (!square(fails, a, h, n)) {
        continue;
      }
      double[][] closed = f.closedHessian() == null ? null : f.closedHessian().apply(a);
      double[] flat = Oracles.flatInputs(x, layout, f);
      for (int j = 0; j < n; j++) {
        double[] unit = new double[n];
        unit[j] = 1;
        double step = 1e-4 * Math.max(1, Math.abs(flat[j]));
        Oracles.Difference fd = Oracles.difference(s -> gradientOnly(b, Oracles.moved(x, layout, f, unit, s), layout), step);
        for (int i = 0; i < n; i++) {
          String entry = "H[" + layout.entryName(i) + "][" + layout.entryName(j) + "]";
          fails.close(a, entry + " vs Hipparchus order 2", t.hessian[i][j], h[i][j], Oracles.TWIN_REL, t.abs());
          if (closed != null) {
            fails.close(a, entry + " vs the closed form", closed[i][j], h[i][j], CLOSED_REL, t.abs());
          }
          fails.close(a, entry + " vs finite difference of fGrad (h=" + step + ")", fd.value()[i], h[i][j],
              Oracles.FD_REL, Oracles.FD_ABS + fd.roundoff()[i]);
          if (i < j) {
            fails.close(a, entry + " vs its mirror H[" + layout.entryName(j) + "][" + layout.entryName(i) + "]",
                h[j][i], h[i][j], Oracles.ADJOINT_REL, t.abs());
          }
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /**
   * {@code fHvp}: along each unit vector it is the Hessian's column; along a random direction it agrees
   * with the twin's {@code H v}, with {@code fHessian} times {@code v}, and with central differences of
   * {@code fGrad} along {@code v}; a zero direction gives zero.
   */
  public static void hvp(FunctionCase f) {
    Binding b = Binding.of(f);
    if (!b.hasHessian()) {
      throw new AssertionError(f.name() + ": expected fHvp and fHessian");
    }
    Failures fails = new Failures(f, "fHvp");
    Random random = new Random(HVP_SEED);
    for (Args a : Oracles.points(f, HVP_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      Second t = twin(f, a);
      double[][] h = b.hessian(x);
      if (!square(fails, a, h, n)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        double[] unit = new double[n];
        unit[j] = 1;
        double[] column = b.hvp(x, layout, unit);
        if (length(fails, a, column, n)) {
          for (int i = 0; i < n; i++) {
            fails.close(a, "Hvp along " + layout.entryName(j) + ", entry " + layout.entryName(i) + " vs fHessian",
                h[i][j], column[i], Oracles.ADJOINT_REL, t.abs());
          }
        }
      }

      // a direction scaled per coordinate as in the first-order finite differences
      double[] flat = Oracles.flatInputs(x, layout, f);
      double[] v = new double[n];
      double size = 1e-3;
      for (int j = 0; j < n; j++) {
        v[j] = random.nextGaussian();
        size = Math.max(size, Math.abs(v[j]));
      }
      for (int j = 0; j < n; j++) {
        v[j] = v[j] / size * Math.max(1, Math.abs(flat[j]));
      }
      double[] hv = b.hvp(x, layout, v);
      if (length(fails, a, hv, n)) {
        double[] expected = t.times(v);
        double spread = 1 + sumAbs(v);
        Oracles.Difference fd = Oracles.difference(s -> gradientOnly(b, Oracles.moved(x, layout, f, v, s), layout), 1e-4);
        for (int i = 0; i < n; i++) {
          String entry = "Hvp along " + Arrays.toString(v) + ", entry " + layout.entryName(i);
          fails.close(a, entry + " vs Hipparchus H v", expected[i], hv[i], Oracles.TWIN_REL, t.abs() * spread);
          double hvGenerated = 0;
          for (int j = 0; j < n; j++) {
            hvGenerated += h[i][j] * v[j];
          }
          fails.close(a, entry + " vs fHessian v", hvGenerated, hv[i], Oracles.ADJOINT_REL, t.abs() * spread);
          fails.close(a, entry + " vs finite difference of fGrad (h=1e-4)", fd.value()[i], hv[i], Oracles.FD_REL,
              Oracles.FD_ABS + fd.roundoff()[i]);
        }
      }
      double[] zero = b.hvp(x, layout, new double[n]);
      if (length(fails, a, zero, n)) {
        for (int i = 0; i < n; i++) {
          fails.same(a, "Hvp along zero, entry " + layout.entryName(i), 0.0, zero[i]);
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /** The gradient part of {@code fGrad} at {@code x}, flattened. */
  private static double[] gradientOnly(Binding b, Object[] x, Layout layout) {
    double[] all = b.grad(x, layout);
    return Arrays.copyOfRange(all, 1, all.length);
  }

  private static boolean square(Failures fails, Args a, double[][] h, int n) {
    if (h == null || h.length != n) {
      fails.fail(a, "fHessian must have " + n + " rows, has " + (h == null ? "null" : h.length));
      return false;
    }
    for (double[] row : h) {
      if (row == null || row.length != n) {
        fails.fail(a, "every row of fHessian must have " + n + " entries");
        return false;
      }
    }
    return true;
  }

  private static boolean length(Failures fails, Args a, double[] v, int n) {
    if (v == null || v.length != n) {
      fails.fail(a, "fHvp must return " + n + " entries, returned " + (v == null ? "null" : v.length));
      return false;
    }
    return true;
  }

  private static double sumAbs(double[] v) {
    double s = 0;
    for (double e : v) {
      s += Math.abs(e);
    }
    return s;
  }
}
