package dev.adjoint.tests.fuzz;

import java.util.function.DoubleFunction;

/**
 * Richardson-extrapolated central differences of a function of one step {@code h}, done at two
 * step sizes: when the two disagree the point is near a kink or a jump, and is skipped.
 */
final class Differences {
  static final double STEP = 1e-3;

  private Differences() {}

  /** One estimate per component, or null where the function is not smooth near 0. */
  static double[] derivative(DoubleFunction<double[]> f, double[] value) {
    double[] d1 = central(f, STEP);
    double[] d2 = central(f, STEP / 2);
    double[] d4 = central(f, STEP / 4);
    if (d1 == null || d2 == null || d4 == null) {
      return null;
    }
    double[] near = midpoint(f, STEP / 4);
    double[] out = new double[d1.length];
    for (int k = 0; k < out.length; k++) {
      // a jump at the point itself, which central differences step over: an int cast of a value
      // that rounding puts just below an integer here, just above it a step away
      double bend = Math.abs(near[k] - value[k]);
      if (!(bend <= 1e-4 * (1 + Math.abs(value[k])))) {
        return null;
      }
      double coarse = (4 * d2[k] - d1[k]) / 3;
      double fine = (4 * d4[k] - d2[k]) / 3;
      double noise = 1e-9 * (1 + Math.abs(value[k]));
      if (!(Math.abs(coarse - fine) <= 1e-7 * Math.abs(fine) + noise)) {
        return null;
      }
      out[k] = fine;
    }
    return out;
  }

  /** {@code (f(h) + f(-h)) / 2}, which is {@code f(0)} to second order where f is smooth. */
  private static double[] midpoint(DoubleFunction<double[]> f, double h) {
    double[] plus = f.apply(h);
    double[] minus = f.apply(-h);
    double[] m = new double[plus.length];
    for (int k = 0; k < m.length; k++) {
      m[k] = (plus[k] + minus[k]) / 2;
    }
    return m;
  }

  private static double[] central(DoubleFunction<double[]> f, double h) {
    double[] plus = f.apply(h);
    double[] minus = f.apply(-h);
    if (plus == null || minus == null) {
      return null;
    }
    double[] d = new double[plus.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = (plus[k] - minus[k]) / (2 * h);
      if (!Double.isFinite(d[k])) {
        return null;
      }
    }
    return d;
  }
}
