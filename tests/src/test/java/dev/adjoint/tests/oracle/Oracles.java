package dev.adjoint.tests.oracle;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The three independent checks run on every corpus function at {@value #POINTS} random admissible
 * points each: Hipparchus forward mode, central finite differences, and JVP/VJP agreement.
 */
public final class Oracles {
  /** Points per function per oracle. */
  public static final int POINTS = 200;

  /** Agreement with the Hipparchus twin: relative part. */
  static final double TWIN_REL = 1e-9;
  /** Agreement with the Hipparchus twin: absolute part (for partials that are zero or nearly). */
  static final double TWIN_ABS = 1e-11;
  /** Finite differences: relative part; the rounding part is added per point from the step. */
  static final double FD_REL = 1e-6;
  static final double FD_ABS = 1e-9;
  /** JVP against VJP, and VJP against the gradient record: both are derivatives computed in double. */
  static final double ADJOINT_REL = 1e-10;
  /** Absolute floor, per unit of seed and direction, for derivatives that cancel to nearly zero. */
  static final double ADJOINT_FLOOR = 1e-12;

  private static final long HIPPARCHUS_SEED = 0x51_0001L;
  private static final long FD_SEED = 0x51_0002L;
  private static final long ADJOINT_SEED = 0x51_0003L;

  private Oracles() {}

  /** {@value #POINTS} admissible points for {@code function}, reproducible from {@code seed}. */
  public static List<Args> points(FunctionCase function, long seed, int count) {
    Random random = new Random(seed ^ function.name().hashCode());
    List<Args> out = new ArrayList<>();
    int tries = 0;
    while (out.size() < count) {
      if (++tries > 1000 * count) {
        throw new AssertionError(function.name() + ": only " + out.size()
            + " admissible points in " + tries + " tries; the domain or margin is wrong");
      }
      Object[] values = new Object[function.params().size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = function.params().get(k).sample(random);
      }
      Args args = new Args(function, values);
      if (function.admissible(args)) {
        out.add(args);
      }
    }
    return out;
  }

  /**
   * (a) Value and every partial against the hand-written Hipparchus twin, read three ways: the
   * gradient record, {@code fVjp} with seed 1, and {@code fJvp} along each unit vector and along a
   * random direction.
   */
  public static void hipparchus(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "Hipparchus forward mode");
    List<Param> diff = f.differentiable();
    int n = diff.size();
    Random random = new Random(HIPPARCHUS_SEED);
    for (Args a : points(f, HIPPARCHUS_SEED, POINTS)) {
      fails.nextPoint();
      Object[] x = a.values();
      Gradient twin = f.twin().eval(a);
      if (twin.getFreeParameters() != n) {
        throw new AssertionError(f.name() + ": twin has " + twin.getFreeParameters() + " parameters, not " + n);
      }
      double[] partial = twin.getGradient();
      double primal = b.primal(x);
      fails.close(a, "primal vs twin value", twin.getValue(), primal, TWIN_REL, TWIN_ABS);

      double[] grad = b.grad(x);
      double[][] bars = new double[n][1];
      b.vjp(x, 1.0, bars);
      double[] direction = gaussians(random, n);
      double directional = 0;
      for (int k = 0; k < n; k++) {
        String name = diff.get(k).name();
        fails.close(a, "Grad()." + name + "()", partial[k], grad[k + 1], TWIN_REL, TWIN_ABS);
        fails.close(a, "Vjp seed 1, " + name + "Bar", partial[k], bars[k][0], TWIN_REL, TWIN_ABS);
        double[] unit = new double[n];
        unit[k] = 1;
        fails.close(a, "Jvp along " + name, partial[k], b.jvp(x, unit), TWIN_REL, TWIN_ABS);
        directional += partial[k] * direction[k];
      }
      if (n > 0) {
        fails.close(a, "Jvp along random direction " + Arrays.toString(direction),
            directional, b.jvp(x, direction), TWIN_REL, TWIN_ABS);
      }
    }
    fails.throwIfAny();
  }

  /**
   * (b) Every gradient component and a random-direction JVP against central differences,
   * Richardson-extrapolated, with step {@code 1e-4 * max(1, |x|)} and a tolerance that adds the
   * rounding error of the difference quotient ({@code ~ eps * |f| / h}) to {@value #FD_REL} relative.
   */
  public static void finiteDifferences(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "central finite differences");
    List<Param> params = f.params();
    List<Param> diff = f.differentiable();
    Random random = new Random(FD_SEED);
    for (Args a : points(f, FD_SEED, POINTS)) {
      fails.nextPoint();
      Object[] x = a.values();
      double[] grad = b.grad(x);
      int d = 0;
      for (int k = 0; k < params.size(); k++) {
        if (!params.get(k).differentiable()) {
          continue;
        }
        final int index = k;
        double[] unit = new double[diff.size()];
        unit[d] = 1;
        double xk = (Double) x[k];
        double h = 1e-4 * Math.max(1, Math.abs(xk));
        Difference fd = difference(t -> b.primal(moved(x, f, unit, t)), h);
        fails.close(a, "Grad()." + params.get(index).name() + "() vs finite difference (h=" + h + ")",
            fd.value, grad[d + 1], FD_REL, FD_ABS + fd.roundoff);
        d++;
      }
      if (!diff.isEmpty()) {
        // a random direction scaled per coordinate, so each coordinate moves by at most the step
        // it gets on its own above: 1e-4 * max(1, |x_k|)
        double[] v = gaussians(random, diff.size());
        double size = maxAbs(v);
        int dd = 0;
        for (int k = 0; k < params.size(); k++) {
          if (params.get(k).differentiable()) {
            v[dd] = v[dd] / size * Math.max(1, Math.abs((Double) x[k]));
            dd++;
          }
        }
        double h = 1e-4;
        Difference fd = difference(t -> b.primal(moved(x, f, v, t)), h);
        fails.close(a, "Jvp along " + Arrays.toString(v) + " vs finite difference (h=" + h + ")",
            fd.value, b.jvp(x, v), FD_REL, FD_ABS + fd.roundoff);
      }
    }
    fails.throwIfAny();
  }

  /**
   * (c) {@code u * Jvp(v) == sum_i v_i * Vjp(u)_i}; {@code fVjp} adds into pre-filled accumulators;
   * seed 0 adds nothing and tangent 0 gives 0; {@code fVjp}'s result and {@code Grad().value()} equal the
   * primal exactly; the gradient record equals the VJP with seed 1 scaled.
   */
  public static void jvpVjpAgreement(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "JVP/VJP agreement");
    List<Param> diff = f.differentiable();
    int n = diff.size();
    Random random = new Random(ADJOINT_SEED);
    for (Args a : points(f, ADJOINT_SEED, POINTS)) {
      fails.nextPoint();
      Object[] x = a.values();
      double primal = b.primal(x);
      double[] v = gaussians(random, n);
      double u = (0.25 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1) * 4;

      double jvp = b.jvp(x, v);
      double[][] bars = new double[n][1];
      fails.same(a, "Vjp return vs primal", primal, b.vjp(x, u, bars));
      double lhs = u * jvp;
      double rhs = 0;
      double scale = Math.abs(lhs);
      double directionSize = 0;
      for (int k = 0; k < n; k++) {
        rhs += v[k] * bars[k][0];
        scale += Math.abs(v[k] * bars[k][0]);
        directionSize += Math.abs(v[k]);
      }
      // relative to the terms, plus a floor for partials that cancel to (nearly) zero
      if (!Tolerance.close(lhs, rhs, 0, ADJOINT_REL * scale + ADJOINT_FLOOR * Math.abs(u) * directionSize)) {
        fails.fail(a, "<u, J v> disagrees: u = " + u + ", v = " + Arrays.toString(v)
            + ", u * Jvp(v) = " + lhs + " but sum v_i * Vjp(u)_i = " + rhs);
      }

      double[][] filled = new double[n][1];
      double[] start = new double[n];
      for (int k = 0; k < n; k++) {
        start[k] = (1 + 9 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        filled[k][0] = start[k];
      }
      fails.same(a, "Vjp return (pre-filled accumulators) vs primal", primal, b.vjp(x, u, filled));
      for (int k = 0; k < n; k++) {
        String name = diff.get(k).name() + "Bar";
        double expected = start[k] + bars[k][0];
        if (filled[k][0] == bars[k][0] && start[k] != 0) {
          fails.fail(a, name + " was overwritten, not added to: started at " + start[k]
              + ", ended at " + filled[k][0]);
        } else {
          fails.close(a, name + " pre-filled with " + start[k] + " then added to", expected,
              filled[k][0], 0, ADJOINT_REL * (Math.abs(start[k]) + Math.abs(bars[k][0])));
        }
      }

      double[][] unchanged = new double[n][1];
      for (int k = 0; k < n; k++) {
        unchanged[k][0] = start[k];
      }
      b.vjp(x, 0.0, unchanged);
      for (int k = 0; k < n; k++) {
        fails.same(a, diff.get(k).name() + "Bar after seed 0", start[k], unchanged[k][0]);
      }
      fails.same(a, "Jvp with zero tangent", 0.0, b.jvp(x, new double[n]));

      double[] grad = b.grad(x);
      fails.same(a, "Grad().value() vs primal", primal, grad[0]);
      for (int k = 0; k < n; k++) {
        fails.close(a, "seed * Grad()." + diff.get(k).name() + "() vs Vjp(seed)",
            u * grad[k + 1], bars[k][0], ADJOINT_REL, ADJOINT_FLOOR * Math.abs(u));
      }
    }
    fails.throwIfAny();
  }

  /**
   * The twin itself checked against the primal, with no generated code involved: value within
   * {@value #TWIN_REL} relative, partials against finite differences. A failure here means the
   * twin (or the case's domain) is wrong, not the processor.
   */
  public static void twinSelfCheck(FunctionCase f) {
    Failures fails = new Failures(f, "twin self-check (twin vs primal and finite differences)");
    Method primal = primalMethod(f);
    List<Param> params = f.params();
    for (Args a : points(f, FD_SEED + 1, POINTS)) {
      fails.nextPoint();
      Object[] x = a.values();
      Gradient twin = f.twin().eval(a);
      fails.close(a, "twin value vs primal", callPrimal(primal, x), twin.getValue(), TWIN_REL, TWIN_ABS);
      int d = 0;
      for (int k = 0; k < params.size(); k++) {
        if (!params.get(k).differentiable()) {
          continue;
        }
        double[] unit = new double[f.differentiable().size()];
        unit[d] = 1;
        double h = 1e-4 * Math.max(1, Math.abs((Double) x[k]));
        Difference fd = difference(t -> callPrimal(primal, moved(x, f, unit, t)), h);
        fails.close(a, "twin d/d" + params.get(k).name() + " vs finite difference", fd.value,
            twin.getPartialDerivative(d), FD_REL, FD_ABS + fd.roundoff);
        d++;
      }
    }
    fails.throwIfAny();
  }

  private static Method primalMethod(FunctionCase f) {
    try {
      Method m = f.owner().getDeclaredMethod(
          f.method(), f.params().stream().map(Param::type).toArray(Class<?>[]::new));
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(f.name() + ": no such corpus method with the case's parameter types", e);
    }
  }

  private static double callPrimal(Method m, Object[] x) {
    try {
      return (Double) m.invoke(null, x);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m.getName() + " failed", e);
    }
  }

  private static double maxAbs(double[] v) {
    double m = 1e-3;
    for (double e : v) {
      m = Math.max(m, Math.abs(e));
    }
    return m;
  }

  private static double[] gaussians(Random random, int n) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = random.nextGaussian();
    }
    return v;
  }

  /** {@code x} with every differentiable parameter moved by {@code t * direction}. */
  static Object[] moved(Object[] x, FunctionCase f, double[] direction, double t) {
    Object[] y = x.clone();
    int d = 0;
    for (int k = 0; k < y.length; k++) {
      if (f.params().get(k).differentiable()) {
        y[k] = (Double) x[k] + t * direction[d++];
      }
    }
    return y;
  }

  /** A derivative estimate and the size of its rounding error. */
  record Difference(double value, double roundoff) {}

  /**
   * Richardson-extrapolated central difference of {@code g} at 0: {@code D(h/2) + (D(h/2) - D(h))/3},
   * truncation error {@code O(h^4)}. The roundoff bound is {@code 64 eps max|g| / h}.
   */
  static Difference difference(ToDoubleFunction<Double> g, double h) {
    double[] big = central(g, h);
    double[] half = central(g, h / 2);
    double value = half[0] + (half[0] - big[0]) / 3;
    double fmax = Math.max(big[1], half[1]);
    return new Difference(value, 64 * Math.ulp(1.0) * fmax / h);
  }

  private static double[] central(ToDoubleFunction<Double> g, double h) {
    double plus = g.applyAsDouble(h);
    double minus = g.applyAsDouble(-h);
    return new double[] {(plus - minus) / (2 * h), Math.max(Math.abs(plus), Math.abs(minus))};
  }
}
