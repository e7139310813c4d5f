package dev.adjoint.tests.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * Checks one compiled program at several random points against oracles that do not trust the
 * processor: finite differences of the user's own method, the transpose identity
 * {@code <u, J v> = <J^T u, v>}, and the contract of the generated API (VJP returns the primal
 * bit for bit and adds into accumulators; inputs untouched). The build with to-be-recorded
 * analysis off must agree with the optimised one.
 */
final class Checker {
  static final int POINTS = 3;

  private final Program program;
  private final Invoker optimised;
  private final Invoker saveAll;

  Checker(Program program, Invoker optimised, Invoker saveAll) {
    this.program = program;
    this.optimised = optimised;
    this.saveAll = saveAll;
  }

  /** The first failure found, or null. */
  Failure check() {
    Random random = new Random(program.seed() ^ 0x5DEECE66DL);
    for (int point = 0; point < POINTS; point++) {
      Object[] args = arguments(random, point == 0);
      try {
        Failure f = checkAt(args, random);
        if (f != null) {
          return f;
        }
      } catch (Invoker.Broken e) {
        return new Failure("a generated method throws or writes its input",
            e.getMessage() + " at " + where(args));
      }
    }
    return null;
  }

  /** Inputs in [-2, 2]; at the first point parameters without derivatives are 0. */
  private Object[] arguments(Random random, boolean zeros) {
    Object[] args = new Object[program.main().params().size()];
    for (int i = 0; i < args.length; i++) {
      Param p = program.main().params().get(i);
      if (p.isInt()) {
        args[i] = program.intArgument();
      } else if (p.isChoice()) {
        args[i] = p.choiceArgument();
      } else if (p.isArray()) {
        double[] v = new double[program.length()];
        for (int k = 0; k < v.length; k++) {
          v[k] = uniform(random, 2.0);
        }
        args[i] = v;
      } else {
        args[i] = zeros && !program.main().differentiates(p) ? 0.0 : uniform(random, 2.0);
      }
    }
    return args;
  }

  private static double uniform(Random random, double r) {
    return r * (2 * random.nextDouble() - 1);
  }

  /** The largest value and directional derivative a checked point may have. */
  private static final double SAFE = 1e6;

  private Failure checkAt(Object[] args, Random random) throws Invoker.Broken {
    double value;
    try {
      value = optimised.primal(args);
    } catch (Throwable t) {
      return null; // the user's method itself throws here: nothing to compare
    }
    if (!Double.isFinite(value)) {
      return null;
    }
    int n = optimised.dimension();
    double[] z = optimised.flatten(args);
    double[] tangent = new double[n];
    for (int k = 0; k < n; k++) {
      tangent[k] = uniform(random, 1.0);
    }

    double jvp = optimised.jvp(args, tangent);
    if (Math.abs(value) > SAFE || !(Math.abs(jvp) <= SAFE) || illConditioned(args, z, value)) {
      // outside the safe domain: repeated squaring makes values whose sine and whose finite
      // differences mean nothing, whose overflow the README leaves to IEEE arithmetic, and whose
      // rounding swamps a derivative ((v - X) + X with X = 1e41)
      return null;
    }
    double[] fd = Differences.derivative(h -> along(args, z, tangent, h), new double[] {value});
    if (fd != null && !close(jvp, fd[0], 1e-6, 1e-9 * (1 + Math.abs(value)))) {
      if (!Differences.continuousAt(h -> jvpAlong(args, z, tangent, h), jvp, value)) {
        return null; // the derivative jumps at the point: differences cannot check it
      }
      return new Failure("JVP disagrees with finite differences",
          "expected " + fd[0] + " got " + jvp + " along " + Arrays.toString(tangent) + " at "
              + where(args));
    }

    double[] gradient = new double[n];
    double returned = optimised.vjp(args, 1.0, gradient);
    for (double g : gradient) {
      if (Math.abs(g) > SAFE) {
        return null; // as above: a derivative this large carries the rounding of huge values
      }
    }
    if (Double.doubleToLongBits(returned) != Double.doubleToLongBits(value)) {
      return new Failure("VJP does not return the primal bit for bit",
          "expected " + value + " got " + returned + " at " + where(args));
    }
    double transposed = 0;
    double magnitude = Math.abs(jvp);
    double direction = 0;
    for (int k = 0; k < n; k++) {
      transposed += gradient[k] * tangent[k];
      magnitude += Math.abs(gradient[k] * tangent[k]);
      direction += Math.abs(tangent[k]);
    }
    // a derivative that cancels to almost nothing (1e-66 from partials of size 1) carries the
    // rounding of its partials, in a different order in each mode: allow that much absolutely
    if (!close(jvp, transposed, 0, 1e-10 * magnitude + 1e-13 * direction)
        && !Differences.erratic(h -> transposeGap(args, z, tangent, h), jvp - transposed)) {
      return new Failure("VJP disagrees with JVP (<u, J v>)",
          "JVP " + jvp + ", <VJP, v> " + transposed + " along " + Arrays.toString(tangent)
              + "; gradient " + Arrays.toString(gradient) + " at " + where(args));
    }

    Failure f = accumulates(args, gradient, random);
    if (f == null) {
      f = gradAgrees(args, value, gradient);
    }
    if (f == null) {
      f = buildsAgree(args, tangent, random);
    }
    if (f == null && program.main().order() == 2) {
      f = new HessianCheck(optimised).check(args, tangent);
    }
    return f;
  }

  /**
   * Whether moving every input by one part in 10^12 changes the value by more than one part in
   * 10^6 of its size: then the value is mostly rounding, and so are its derivatives.
   */
  private boolean illConditioned(Object[] args, double[] z, double value) {
    double[] ones = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      ones[k] = Math.abs(z[k]) * 1e-12;
    }
    double[] moved = along(args, z, ones, 1.0);
    return moved == null || Math.abs(moved[0] - value) > 1e-6 * (1 + Math.abs(value));
  }

  private double[] along(Object[] args, double[] z, double[] tangent, double h) {
    try {
      double v = optimised.primal(optimised.with(args, step(z, tangent, h)));
      return Double.isFinite(v) ? new double[] {v} : null;
    } catch (Throwable t) {
      return null;
    }
  }

  /** The JVP a step {@code h} along the tangent, or NaN where the method itself fails there. */
  private double jvpAlong(Object[] args, double[] z, double[] tangent, double h)
      throws Invoker.Broken {
    if (along(args, z, tangent, h) == null) {
      return Double.NaN;
    }
    return optimised.jvp(optimised.with(args, step(z, tangent, h)), tangent);
  }

  /** {@code J v - <VJP, v>} a step {@code h} along the tangent; NaN where the method fails. */
  private double transposeGap(Object[] args, double[] z, double[] tangent, double h)
      throws Invoker.Broken {
    if (along(args, z, tangent, h) == null) {
      return Double.NaN;
    }
    Object[] at = optimised.with(args, step(z, tangent, h));
    double[] gradient = new double[z.length];
    optimised.vjp(at, 1.0, gradient);
    double transposed = 0;
    for (int k = 0; k < z.length; k++) {
      transposed += gradient[k] * tangent[k];
    }
    return optimised.jvp(at, tangent) - transposed;
  }

  private static double[] step(double[] z, double[] tangent, double h) {
    double[] moved = z.clone();
    for (int k = 0; k < moved.length; k++) {
      moved[k] += h * tangent[k];
    }
    return moved;
  }

  /** Accumulators pre-filled with random values get {@code seed * gradient} added. */
  private Failure accumulates(Object[] args, double[] gradient, Random random)
      throws Invoker.Broken {
    double seed = uniform(random, 2.0);
    double[] before = new double[gradient.length];
    for (int k = 0; k < before.length; k++) {
      before[k] = uniform(random, 1.0);
    }
    double[] bars = before.clone();
    optimised.vjp(args, seed, bars);
    for (int k = 0; k < bars.length; k++) {
      double expected = before[k] + seed * gradient[k];
      if (!close(bars[k], expected, 1e-9, 1e-12 * Math.abs(before[k]))) {
        return new Failure("VJP does not add seed times the gradient into its accumulators",
            "accumulator " + k + " held " + before[k] + ", seed " + seed + ", gradient "
                + gradient[k] + ": expected " + expected + " got " + bars[k] + " at "
                + where(args));
      }
    }
    return null;
  }

  private Failure gradAgrees(Object[] args, double value, double[] gradient)
      throws Invoker.Broken {
    double[] g = optimised.grad(args);
    if (Double.doubleToLongBits(g[0]) != Double.doubleToLongBits(value)) {
      return new Failure("Grad value is not the primal",
          "expected " + value + " got " + g[0] + " at " + where(args));
    }
    for (int k = 0; k < gradient.length; k++) {
      if (!close(g[k + 1], gradient[k], 1e-12, 0)) {
        return new Failure("Grad disagrees with VJP", "component " + k + ": VJP "
            + gradient[k] + ", Grad " + g[k + 1] + " at " + where(args));
      }
    }
    return null;
  }

  /** The build with every overwritten value saved gives the same JVP, value and accumulators. */
  private Failure buildsAgree(Object[] args, double[] tangent, Random random)
      throws Invoker.Broken {
    double seed = uniform(random, 2.0);
    double[] a = new double[tangent.length];
    double[] b = new double[tangent.length];
    double va = optimised.vjp(args, seed, a);
    double vb = saveAll.vjp(args, seed, b);
    double ja = optimised.jvp(args, tangent);
    double jb = saveAll.jvp(args, tangent);
    boolean same = Double.doubleToLongBits(va) == Double.doubleToLongBits(vb)
        && close(ja, jb, 1e-12, 0) && sameAccumulators(a, b);
    if (!same) {
      return new Failure("the build with -Aadjoint.tbr=off disagrees",
          "value " + va + " vs " + vb + ", JVP " + ja + " vs " + jb + ", accumulators "
              + Arrays.toString(a) + " vs " + Arrays.toString(b) + " at " + where(args));
    }
    return null;
  }

  /**
   * Whether two builds' accumulators agree. One build may fuse a loop with its adjoint and add an
   * input's shares in the loop's order, the other in reverse: a component whose shares cancel
   * (1e-4 from shares of size 1) then differs by their rounding, so that much is allowed
   * absolutely, in proportion to the size of the whole gradient.
   */
  static boolean sameAccumulators(double[] a, double[] b) {
    double size = 0;
    for (double x : a) {
      size += Math.abs(x);
    }
    for (int k = 0; k < a.length; k++) {
      if (!close(a[k], b[k], 1e-12, 1e-14 * (1 + size))) {
        return false;
      }
    }
    return true;
  }

  static boolean close(double got, double expected, double relative, double absolute) {
    if (Double.doubleToLongBits(got) == Double.doubleToLongBits(expected)) {
      return true;
    }
    double scale = Math.max(Math.abs(got), Math.abs(expected));
    return Math.abs(got - expected) <= relative * scale + absolute;
  }

  static String where(Object[] args) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < args.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Invoker.show(args[i]));
    }
    return s.append(')').toString();
  }
}
