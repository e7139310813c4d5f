package dev.adjoint.tests.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The independent checks run on every corpus function at random admissible points: Hipparchus forward
 * mode, central finite differences, JVP/VJP agreement, and for array functions the Jacobian and
 * arguments passed as one array twice.
 *
 * <p>All differentiable inputs, scalars and array entries alike, are flattened into one vector in
 * parameter order ({@link Layout}); a {@code double[]} result is checked component by component, a
 * {@code double} result is the one-component case. {@code J[i][j]} is the partial of output {@code i}
 * with respect to flat input {@code j}.
 */
public final class Oracles {
  /** Points per function per oracle, for functions of scalars. */
  public static final int POINTS = 200;
  /** Points per function per oracle, for functions with array parameters (sizes vary per point). */
  public static final int ARRAY_POINTS = 120;

  /** Agreement with the Hipparchus twin: relative part. */
  static final double TWIN_REL = 1e-9;
  /**
   * Agreement with the Hipparchus twin: absolute part for partials that are zero or nearly; for
   * functions with array parameters, per unit of the largest value or partial at the point (sums over
   * arrays cancel at that scale).
   */
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
  private static final long JACOBIAN_SEED = 0x51_0004L;
  private static final long ALIAS_SEED = 0x51_0005L;
  private static final long CONCURRENCY_SEED = 0x51_0006L;

  private Oracles() {}

  /** {@code count} admissible points for {@code function}, reproducible from {@code seed}. */
  public static List<Args> points(FunctionCase function, long seed, int count) {
    return points(function, seed, count, UnaryOperator.identity());
  }

  /** Admissible points after {@code change} (e.g. binding two parameters to one array). */
  static List<Args> points(FunctionCase function, long seed, int count, UnaryOperator<Args> change) {
    Random random = new Random(seed ^ function.name().hashCode());
    List<Args> out = new ArrayList<>();
    int tries = 0;
    while (out.size() < count) {
      if (++tries > 1000 * count) {
        throw new AssertionError(function.name() + ": only " + out.size()
            + " admissible points in " + tries + " tries; the domain or margin is wrong");
      }
      Map<String, Integer> dims = new HashMap<>();
      function.dims().forEach((name, range) -> dims.put(name, range[0] + random.nextInt(range[1] - range[0] + 1)));
      function.derivedDims().forEach((name, d) -> dims.put(name, d.size().applyAsInt(dims.get(d.from()))));
      Object[] values = new Object[function.params().size()];
      for (int k = 0; k < values.length; k++) {
        Sampler sampler = function.sampler(k);
        values[k] = sampler != null ? sampler.sample(random, dims) : function.params().get(k).sample(random, dims);
      }
      Args args = change.apply(new Args(function, values));
      if (function.admissible(args)) {
        out.add(args);
      }
    }
    return out;
  }

  /** The twin at a point: values and the Jacobian over the flattened inputs. */
  private record Twinned(double[] value, double[][] jacobian, double scale) {
    int outputs() {
      return value.length;
    }

    /** The absolute tolerance for comparing with the twin: {@link #TWIN_ABS} per unit of {@link #scale}. */
    double abs() {
      return TWIN_ABS * scale;
    }

    double[] column(int j) {
      double[] c = new double[value.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = jacobian[i][j];
      }
      return c;
    }
  }

  private static Twinned twin(FunctionCase f, Args a) {
    Gradient[] out = f.twin().eval(a);
    int n = a.freeParameters();
    double[] value = new double[out.length];
    double[][] jacobian = new double[out.length][];
    double scale = 1;
    boolean scaled = f.hasArrays();
    for (int i = 0; i < out.length; i++) {
      if (out[i].getFreeParameters() != n) {
        throw new AssertionError(f.name() + ": twin output " + i + " has " + out[i].getFreeParameters()
            + " free parameters, not " + n + " (build every constant with a.c(...))");
      }
      value[i] = out[i].getValue();
      jacobian[i] = out[i].getGradient();
      if (scaled) {
        scale = Math.max(scale, Math.abs(value[i]));
        for (double d : jacobian[i]) {
          scale = Math.max(scale, Math.abs(d));
        }
      }
    }
    return new Twinned(value, jacobian, scale);
  }

  /**
   * (a) Value and every partial against the hand-written Hipparchus twin, read every way the generated
   * code offers: the gradient record (scalar result), {@code fVjp} with each unit seed, and {@code fJvp}
   * along each unit vector and along a random direction.
   */
  public static void hipparchus(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "Hipparchus forward mode");
    Random random = new Random(HIPPARCHUS_SEED);
    for (Args a : points(f, HIPPARCHUS_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      Twinned t = twin(f, a);
      int m = t.outputs();
      double[] primal = b.primal(x);
      if (primal.length != m) {
        fails.fail(a, "the twin has " + m + " outputs, the primal " + primal.length);
        continue;
      }
      for (int i = 0; i < m; i++) {
        fails.close(a, "primal" + out(b, i) + " vs twin value", t.value[i], primal[i], TWIN_REL, t.abs());
      }
      if (!b.vectorResult()) {
        double[] grad = b.grad(x, layout);
        for (int j = 0; j < n; j++) {
          fails.close(a, "Grad()." + layout.entryName(j), t.jacobian[0][j], grad[j + 1], TWIN_REL, t.abs());
        }
      }
      for (int i = 0; i < m; i++) {
        double[] seed = new double[m];
        seed[i] = 1;
        double[] bars = new double[n];
        b.vjp(x, layout, seed, new double[n], bars);
        for (int j = 0; j < n; j++) {
          fails.close(a, "Vjp seed e" + i + ", Bar of " + layout.entryName(j), t.jacobian[i][j], bars[j],
              TWIN_REL, t.abs());
        }
      }
      for (int j = 0; j < n; j++) {
        double[] unit = new double[n];
        unit[j] = 1;
        double[] column = b.jvp(x, layout, unit);
        if (checkLength(fails, a, "Jvp", column, m)) {
          for (int i = 0; i < m; i++) {
            fails.close(a, "Jvp" + out(b, i) + " along " + layout.entryName(j), t.jacobian[i][j], column[i],
                TWIN_REL, t.abs());
          }
        }
      }
      if (n > 0) {
        double[] direction = gaussians(random, n);
        double[] jv = b.jvp(x, layout, direction);
        if (checkLength(fails, a, "Jvp", jv, m)) {
          for (int i = 0; i < m; i++) {
            fails.close(a, "Jvp" + out(b, i) + " along a random direction", dot(t.jacobian[i], direction),
                jv[i], TWIN_REL, f.hasArrays() ? t.abs() * (1 + sumAbs(direction)) : t.abs());
          }
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /**
   * (b) Every partial (gradient record for a scalar result, {@code fJvp} along each unit vector for an
   * array result) and a random-direction JVP against central differences, Richardson-extrapolated, with
   * step {@code 1e-4 * max(1, |x_j|)} and a tolerance that adds the rounding error of the difference
   * quotient ({@code ~ eps * |f| / h}) to {@value #FD_REL} relative.
   */
  public static void finiteDifferences(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "central finite differences");
    Random random = new Random(FD_SEED);
    for (Args a : points(f, FD_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      double[] flat = flatInputs(x, layout, f);
      double[] grad = b.vectorResult() ? null : b.grad(x, layout);
      for (int j = 0; j < n; j++) {
        double[] unit = new double[n];
        unit[j] = 1;
        double h = 1e-4 * Math.max(1, Math.abs(flat[j]));
        Difference fd = difference(s -> b.primal(moved(x, layout, f, unit, s)), h);
        double[] derivative = grad != null ? new double[] {grad[j + 1]} : b.jvp(x, layout, unit);
        if (checkLength(fails, a, "Jvp", derivative, fd.value.length)) {
          for (int i = 0; i < derivative.length; i++) {
            fails.close(a, (grad != null ? "Grad()." : "Jvp" + out(b, i) + " along ") + layout.entryName(j)
                    + " vs finite difference (h=" + h + ")",
                fd.value[i], derivative[i], FD_REL, FD_ABS + fd.roundoff[i]);
          }
        }
      }
      if (n > 0) {
        // a random direction scaled per coordinate, so each coordinate moves by at most the step
        // it gets on its own above: 1e-4 * max(1, |x_j|)
        double[] v = gaussians(random, n);
        double size = maxAbs(v);
        for (int j = 0; j < n; j++) {
          v[j] = v[j] / size * Math.max(1, Math.abs(flat[j]));
        }
        double h = 1e-4;
        Difference fd = difference(s -> b.primal(moved(x, layout, f, v, s)), h);
        double[] jv = b.jvp(x, layout, v);
        if (checkLength(fails, a, "Jvp", jv, fd.value.length)) {
          for (int i = 0; i < jv.length; i++) {
            fails.close(a, "Jvp" + out(b, i) + " along " + Arrays.toString(v) + " vs finite difference (h=" + h + ")",
                fd.value[i], jv[i], FD_REL, FD_ABS + fd.roundoff[i]);
          }
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /**
   * (c) {@code <u, Jvp(v)> == <Vjp(u), v>} with random {@code u} of the output's length;
   * {@code fVjp} adds into pre-filled accumulators; a zero seed adds nothing and a zero tangent gives
   * zero; {@code fVjp}'s result (and {@code Grad().value()}) equal the primal exactly
   * ({@link Arrays#equals} for arrays); the gradient record equals the VJP with seed 1 scaled.
   */
  public static void jvpVjpAgreement(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "JVP/VJP agreement");
    Random random = new Random(ADJOINT_SEED);
    for (Args a : points(f, ADJOINT_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      Object primalResult = b.primalRaw(x);
      double[] primal = Binding.flat(primalResult);
      int m = primal.length;
      double[] v = gaussians(random, n);
      double[] u = new double[m];
      for (int i = 0; i < m; i++) {
        u[i] = (0.25 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1) * 4;
      }

      double[] jv = b.jvp(x, layout, v);
      if (!checkLength(fails, a, "Jvp", jv, m)) {
        continue;
      }
      double[] bars = new double[n];
      fails.sameResult(a, "Vjp return vs primal", primalResult, b.vjp(x, layout, u, new double[n], bars));
      double lhs = dot(u, jv);
      double rhs = dot(v, bars);
      double scale = 0;
      for (int i = 0; i < m; i++) {
        scale += Math.abs(u[i] * jv[i]);
      }
      for (int j = 0; j < n; j++) {
        scale += Math.abs(v[j] * bars[j]);
      }
      // relative to the terms, plus a floor for partials that cancel to (nearly) zero
      double floor = ADJOINT_FLOOR * sumAbs(u) * sumAbs(v);
      if (!Tolerance.close(lhs, rhs, 0, ADJOINT_REL * scale + floor)) {
        fails.fail(a, "<u, J v> disagrees: u = " + Arrays.toString(u) + ", v = " + Arrays.toString(v)
            + ", <u, Jvp(v)> = " + lhs + " but <Vjp(u), v> = " + rhs);
      }

      double[] start = new double[n];
      for (int j = 0; j < n; j++) {
        start[j] = (1 + 9 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
      }
      double[] filled = new double[n];
      fails.sameResult(a, "Vjp return (pre-filled accumulators) vs primal", primalResult,
          b.vjp(x, layout, u, start, filled));
      for (int j = 0; j < n; j++) {
        String name = "Bar of " + layout.entryName(j);
        if (filled[j] == bars[j] && start[j] != 0) {
          fails.fail(a, name + " was overwritten, not added to: started at " + start[j]
              + ", ended at " + filled[j]);
        } else {
          fails.close(a, name + " pre-filled with " + start[j] + " then added to", start[j] + bars[j],
              filled[j], 0, ADJOINT_REL * (Math.abs(start[j]) + Math.abs(bars[j])));
        }
      }

      double[] unchanged = new double[n];
      b.vjp(x, layout, new double[m], start, unchanged);
      for (int j = 0; j < n; j++) {
        fails.same(a, "Bar of " + layout.entryName(j) + " after a zero seed", start[j], unchanged[j]);
      }
      double[] zero = b.jvp(x, layout, new double[n]);
      for (int i = 0; i < zero.length; i++) {
        fails.same(a, "Jvp" + out(b, i) + " with zero tangent", 0.0, zero[i]);
      }

      if (!b.vectorResult()) {
        double[] grad = b.grad(x, layout);
        fails.same(a, "Grad().value() vs primal", primal[0], grad[0]);
        for (int j = 0; j < n; j++) {
          fails.close(a, "seed * Grad()." + layout.entryName(j) + " vs Vjp(seed)",
              u[0] * grad[j + 1], bars[j], ADJOINT_REL, ADJOINT_FLOOR * Math.abs(u[0]));
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /** True if {@code fJacobian} is promised: a {@code double[]} result and one differentiable {@code double[]}. */
  public static boolean hasJacobian(FunctionCase f) {
    List<Param> diff = f.differentiable();
    boolean shape = f.hasVectorTwin() && diff.size() == 1 && diff.get(0).kind() == Param.Kind.VECTOR;
    return shape;
  }

  /**
   * (d) {@code fJacobian}: an {@code m x n} matrix, {@code J[i][j] = d out[i] / d x[j]}, against the
   * Hipparchus Jacobian and against central differences, column by column.
   */
  public static void jacobian(FunctionCase f) {
    Binding b = Binding.of(f);
    if (!b.hasJacobian()) {
      throw new AssertionError(f.name() + ": expected a generated Jacobian");
    }
    Failures fails = new Failures(f, "fJacobian");
    for (Args a : points(f, JACOBIAN_SEED, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      int n = layout.size();
      Twinned t = twin(f, a);
      int m = t.outputs();
      double[][] jac = b.jacobian(x);
      if (jac == null || jac.length != m) {
        fails.fail(a, "expected " + m + " rows, got " + (jac == null ? "null" : jac.length));
        continue;
      }
      boolean shaped = true;
      for (int i = 0; i < m; i++) {
        if (jac[i] == null || jac[i].length != n) {
          fails.fail(a, "row " + i + " must have " + n + " entries, has "
              + (jac[i] == null ? "null" : jac[i].length));
          shaped = false;
        }
      }
      if (!shaped) {
        continue;
      }
      double[] flat = flatInputs(x, layout, f);
      for (int j = 0; j < n; j++) {
        double[] unit = new double[n];
        unit[j] = 1;
        double h = 1e-4 * Math.max(1, Math.abs(flat[j]));
        Difference fd = difference(s -> b.primal(moved(x, layout, f, unit, s)), h);
        for (int i = 0; i < m; i++) {
          String entry = "J[" + i + "][" + j + "]";
          fails.close(a, entry + " vs Hipparchus", t.jacobian[i][j], jac[i][j], TWIN_REL, t.abs());
          fails.close(a, entry + " vs finite difference (h=" + h + ")", fd.value[i], jac[i][j], FD_REL,
              FD_ABS + fd.roundoff[i]);
        }
      }
      fails.violations(a, b.takeViolations());
    }
    fails.throwIfAny();
  }

  /**
   * (e) The same array passed for two parameters of the same shape ({@code dot(w, w)}): value, VJP
   * with separate accumulators and with one accumulator for both, JVP with separate tangents and with
   * one tangent array for both, and the gradient record, all against the twin at that point; inputs
   * unchanged.
   */
  public static void aliasing(FunctionCase f) {
    Binding b = Binding.of(f);
    Failures fails = new Failures(f, "one array passed for two parameters");
    Random random = new Random(ALIAS_SEED);
    List<Param> params = f.params();
    for (int[] pair : f.aliasPairs()) {
      int p = pair[0];
      int q = pair[1];
      String both = params.get(p).name() + " and " + params.get(q).name();
      for (Args a : points(f, ALIAS_SEED + p * 31L + q, f.points(), s -> s.aliased(p, q))) {
        fails.nextPoint();
        Object[] x = a.raw();
        Layout layout = a.layout();
        int n = layout.size();
        Twinned t = twin(f, a);
        int m = t.outputs();
        Object primalResult = b.primalRaw(x);
        double[] primal = Binding.flat(primalResult);
        if (primal.length != m) {
          fails.fail(a, "the twin has " + m + " outputs, the primal " + primal.length);
          continue;
        }
        for (int i = 0; i < m; i++) {
          fails.close(a, "primal" + out(b, i) + " vs twin", t.value[i], primal[i], TWIN_REL, t.abs());
        }

        double[] u = gaussians(random, m);
        double[] expectedBars = new double[n];
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < m; i++) {
            expectedBars[j] += u[i] * t.jacobian[i][j];
          }
        }
        double tolerance = t.abs() * (1 + sumAbs(u));
        double[] bars = new double[n];
        fails.sameResult(a, "Vjp return vs primal", primalResult, b.vjp(x, layout, u, new double[n], bars));
        for (int j = 0; j < n; j++) {
          fails.close(a, "Vjp, Bar of " + layout.entryName(j), expectedBars[j], bars[j], TWIN_REL, tolerance);
        }

        boolean bothDifferentiable = params.get(p).differentiable() && params.get(q).differentiable();
        if (bothDifferentiable) {
          // one accumulator array for both parameters: it must receive both contributions
          double[] start = gaussians(random, n);
          Object[] accumulators = new Object[params.size()];
          for (int k = 0; k < params.size(); k++) {
            if (params.get(k).differentiable()) {
              accumulators[k] = layout.accumulator(k, start);
            }
          }
          accumulators[q] = accumulators[p];
          b.vjpRaw(x, b.seed(u), accumulators);
          double[] got = new double[n];
          for (int k = 0; k < params.size(); k++) {
            if (params.get(k).differentiable() && k != q) {
              layout.read(k, accumulators[k], got);
            }
          }
          for (int j = layout.offset(p), e = 0; e < layout.count(p); j++, e++) {
            int jq = layout.offset(q) + e;
            double want = start[j] + expectedBars[j] + expectedBars[jq];
            fails.close(a, "one accumulator for " + both + ", entry " + layout.entryName(j), want, got[j],
                TWIN_REL, tolerance + ADJOINT_REL * Math.abs(start[j]));
          }
        }

        double[] v = gaussians(random, n);
        double[] jv = b.jvp(x, layout, v);
        if (checkLength(fails, a, "Jvp", jv, m)) {
          for (int i = 0; i < m; i++) {
            fails.close(a, "Jvp" + out(b, i) + ", separate tangents", dot(t.jacobian[i], v), jv[i], TWIN_REL,
                t.abs() * (1 + sumAbs(v)));
          }
        }
        if (bothDifferentiable) {
          double[] w = v.clone();
          System.arraycopy(v, layout.offset(p), w, layout.offset(q), layout.count(p));
          double[] shared = Binding.flat(b.jvpRaw(x, layout, v, p, q));
          if (checkLength(fails, a, "Jvp", shared, m)) {
            for (int i = 0; i < m; i++) {
              fails.close(a, "Jvp" + out(b, i) + ", one tangent array for " + both, dot(t.jacobian[i], w),
                  shared[i], TWIN_REL, t.abs() * (1 + sumAbs(w)));
            }
          }
        }

        if (!b.vectorResult()) {
          double[] grad = b.grad(x, layout);
          fails.same(a, "Grad().value() vs primal", primal[0], grad[0]);
          for (int j = 0; j < n; j++) {
            fails.close(a, "Grad()." + layout.entryName(j), t.jacobian[0][j], grad[j + 1], TWIN_REL, t.abs());
          }
        }
        fails.violations(a, b.takeViolations());
      }
    }
    fails.throwIfAny();
  }

  /**
   * (f) Thread safety: {@code fVjp} and {@code fJvp} called from several threads at once give bit for
   * bit the results of sequential calls (no static mutable state, no shared buffers).
   */
  public static void concurrentCalls(FunctionCase f, int threads, int points) throws InterruptedException {
    List<Args> at = points(f, CONCURRENCY_SEED, points);
    Random random = new Random(CONCURRENCY_SEED);
    List<double[]> directions = new ArrayList<>();
    List<double[]> seeds = new ArrayList<>();
    List<double[]> expected = new ArrayList<>();
    Binding sequential = Binding.of(f);
    for (Args a : at) {
      int n = a.layout().size();
      double[] v = gaussians(random, n);
      double[] jv = sequential.jvp(a.raw(), a.layout(), v);
      double[] u = gaussians(random, jv.length);
      double[] bars = new double[n];
      sequential.vjp(a.raw(), a.layout(), u, new double[n], bars);
      directions.add(v);
      seeds.add(u);
      double[] both = new double[jv.length + n];
      System.arraycopy(jv, 0, both, 0, jv.length);
      System.arraycopy(bars, 0, both, jv.length, n);
      expected.add(both);
    }
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread worker = new Thread(() -> {
        Binding b = Binding.of(f);
        for (int round = 0; round < 5; round++) {
          for (int k = 0; k < at.size(); k++) {
            int p = (k + offset * 7) % at.size();
            Args a = at.get(p);
            int n = a.layout().size();
            double[] jv = b.jvp(a.raw(), a.layout(), directions.get(p));
            double[] bars = new double[n];
            b.vjp(a.raw(), a.layout(), seeds.get(p), new double[n], bars);
            double[] both = new double[jv.length + n];
            System.arraycopy(jv, 0, both, 0, jv.length);
            System.arraycopy(bars, 0, both, jv.length, n);
            if (!Arrays.equals(expected.get(p), both)) {
              problems.add("at " + a + ": concurrent Jvp/Vjp gave " + Arrays.toString(both) + ", sequential "
                  + Arrays.toString(expected.get(p)));
            }
          }
        }
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(f.name() + ": " + problems.size() + " concurrent calls disagree with sequential"
          + " ones; first: " + problems.get(0));
    }
  }

  /**
   * The twin itself checked against the primal, with no generated code involved: value within
   * {@value #TWIN_REL} relative, partials against finite differences. A failure here means the
   * twin (or the case's domain) is wrong, not the processor.
   */
  public static void twinSelfCheck(FunctionCase f) {
    Failures fails = new Failures(f, "twin self-check (twin vs primal and finite differences)");
    PrimalOnly primal = new PrimalOnly(f);
    for (Args a : points(f, FD_SEED + 1, f.points())) {
      fails.nextPoint();
      Object[] x = a.raw();
      Layout layout = a.layout();
      Twinned t = twin(f, a);
      double[] value = primal.apply(x);
      if (value.length != t.outputs()) {
        fails.fail(a, "the twin has " + t.outputs() + " outputs, the primal " + value.length);
        continue;
      }
      for (int i = 0; i < value.length; i++) {
        fails.close(a, "twin value" + (t.outputs() > 1 ? "[" + i + "]" : "") + " vs primal", value[i],
            t.value[i], TWIN_REL, t.abs());
      }
      double[] flat = flatInputs(x, layout, f);
      for (int j = 0; j < layout.size(); j++) {
        double[] unit = new double[layout.size()];
        unit[j] = 1;
        double h = 1e-4 * Math.max(1, Math.abs(flat[j]));
        Difference fd = difference(s -> primal.apply(moved(x, layout, f, unit, s)), h);
        for (int i = 0; i < value.length; i++) {
          fails.close(a, "twin d out[" + i + "]/d " + layout.entryName(j) + " vs finite difference",
              fd.value[i], t.jacobian[i][j], FD_REL, FD_ABS + fd.roundoff[i]);
        }
      }
    }
    fails.throwIfAny();
  }

  /** The user's method alone, called on copies of the arguments. */
  private static final class PrimalOnly implements Function<Object[], double[]> {
    private final java.lang.reflect.Method method;
    private final boolean receiver;

    PrimalOnly(FunctionCase f) {
      receiver = f.hasReceiver();
      try {
        method = f.owner().getDeclaredMethod(f.method(), f.params().stream()
            .filter(p -> p.kind() != Param.Kind.RECEIVER).map(Param::type).toArray(Class<?>[]::new));
        method.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new AssertionError(f.name() + ": no such corpus method with the case's parameter types", e);
      }
    }

    @Override
    public double[] apply(Object[] x) {
      Object[] args = Args.copyArgs(x);
      try {
        return Binding.flat(receiver
            ? method.invoke(args[0], Arrays.copyOfRange(args, 1, args.length))
            : method.invoke(null, args));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(method.getName() + " failed", e);
      }
    }
  }

  private static String out(Binding b, int i) {
    return b.vectorResult() ? "[" + i + "]" : "";
  }

  private static boolean checkLength(Failures fails, Args a, String what, double[] got, int m) {
    if (got.length != m) {
      fails.fail(a, what + " returned " + got.length + " components, expected " + m);
      return false;
    }
    return true;
  }

  /** The differentiable inputs of {@code x}, flattened. */
  static double[] flatInputs(Object[] x, Layout layout, FunctionCase f) {
    double[] flat = new double[layout.size()];
    for (int k = 0; k < x.length; k++) {
      if (f.params().get(k).differentiable()) {
        layout.read(k, x[k], flat);
      }
    }
    return flat;
  }

  /** A copy of {@code x} with every differentiable input moved by {@code t * direction} (flat). */
  static Object[] moved(Object[] x, Layout layout, FunctionCase f, double[] direction, double t) {
    Object[] y = Args.copyArgs(x);
    for (int k = 0; k < y.length; k++) {
      if (!f.params().get(k).differentiable()) {
        continue;
      }
      int at = layout.offset(k);
      if (y[k] instanceof Double d) {
        y[k] = d + t * direction[at];
      } else if (y[k] instanceof double[] v) {
        for (int i = 0; i < v.length; i++) {
          v[i] += t * direction[at + i];
        }
      } else {
        for (double[] row : (double[][]) y[k]) {
          for (int j = 0; j < row.length; j++) {
            row[j] += t * direction[at++];
          }
        }
      }
    }
    return y;
  }

  private static double maxAbs(double[] v) {
    double m = 1e-3;
    for (double e : v) {
      m = Math.max(m, Math.abs(e));
    }
    return m;
  }

  private static double sumAbs(double[] v) {
    double s = 0;
    for (double e : v) {
      s += Math.abs(e);
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] gaussians(Random random, int n) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = random.nextGaussian();
    }
    return v;
  }

  /** A derivative estimate per output component and the size of its rounding error. */
  record Difference(double[] value, double[] roundoff) {}

  /**
   * Richardson-extrapolated central difference of {@code g} at 0, per component:
   * {@code D(h/2) + (D(h/2) - D(h))/3}, truncation error {@code O(h^4)}. The roundoff bound is
   * {@code 64 eps max|g| / h}.
   */
  static Difference difference(Function<Double, double[]> g, double h) {
    double[][] big = central(g, h);
    double[][] half = central(g, h / 2);
    int m = big[0].length;
    double[] value = new double[m];
    double[] roundoff = new double[m];
    for (int i = 0; i < m; i++) {
      value[i] = half[0][i] + (half[0][i] - big[0][i]) / 3;
      roundoff[i] = 64 * Math.ulp(1.0) * Math.max(big[1][i], half[1][i]) / h;
    }
    return new Difference(value, roundoff);
  }

  private static double[][] central(Function<Double, double[]> g, double h) {
    double[] plus = g.apply(h);
    double[] minus = g.apply(-h);
    int m = Math.min(plus.length, minus.length);
    double[] d = new double[m];
    double[] size = new double[m];
    for (int i = 0; i < m; i++) {
      d[i] = (plus[i] - minus[i]) / (2 * h);
      size[i] = Math.max(Math.abs(plus[i]), Math.abs(minus[i]));
    }
    return new double[][] {d, size};
  }
}
