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

  /** A derivative along the line, at step {@code h}. */
  interface Along<E extends Exception> {
    double at(double h) throws E;
  }

  /**
   * Whether a derivative, given at the point, is continuous there: its value agrees with the
   * extrapolated midpoints of its values a quarter and an eighth of a step away. A jump of the
   * function at the point itself, too small for the check above, can still change the derivative
   * (an index cast from a value that rounding puts on an integer only at the point), and then no
   * difference quotient measures the derivative there.
   */
  static <E extends Exception> boolean continuousAt(Along<E> d, double atPoint, double value)
      throws E {
    double coarse = (d.at(STEP / 4) + d.at(-STEP / 4)) / 2;
    double fine = (d.at(STEP / 8) + d.at(-STEP / 8)) / 2;
    double mid = (4 * fine - coarse) / 3;
    return Checker.close(atPoint, mid, 1e-6, 1e-9 * (1 + Math.abs(value)));
  }

  /**
   * Whether a discrepancy between two derivatives, {@code gap(0)} at the point, is rounding: it
   * changes by a tenth of itself or more within a few steps of 10^-7 around the point. A wrong
   * derivative is a smooth function of the point, and so is its gap from a right one; the
   * rounding of partials that cancel ({@code x - (c + x)} with x = 10^6) is not.
   */
  static <E extends Exception> boolean erratic(Along<E> gap, double atPoint) throws E {
    for (int k = 1; k <= 3; k++) {
      for (double h : new double[] {k * 1e-7, -k * 1e-7}) {
        double there = gap.at(h); // NaN where the method fails: no evidence either way
        if (Math.abs(there - atPoint) > 0.1 * Math.abs(atPoint)) {
          return true;
        }
      }
    }
    return false;
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
