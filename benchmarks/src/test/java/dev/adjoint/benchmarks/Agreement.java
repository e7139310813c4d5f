package dev.adjoint.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the agreement tests share: gradients compared component by component, relative to the
 * largest component of the generated one, and the copies and flattenings that comparison needs.
 */
final class Agreement {
  private Agreement() {}

  /** Every component within {@code tolerance} times the largest component of {@code expected}. */
  static void close(String who, double[] expected, double[] actual, double tolerance) {
    double scale = scale(expected);
    assertTrue(scale > 0, who + ": a zero gradient");
    within(who, expected, actual, tolerance * scale);
  }

  /** {@code actual} within {@code tolerance} times {@code scale} of {@code expected}. */
  static void close(String who, double expected, double actual, double scale,
      double tolerance) {
    double bound = tolerance * scale;
    assertTrue(Math.abs(expected - actual) <= bound,
        () -> who + ": expected " + expected + " (generated) but got " + actual + ", difference "
            + Math.abs(expected - actual) + " > " + bound);
  }

  /** Every component within {@code bound} of {@code expected}'s. */
  static void within(String who, double[] expected, double[] actual, double bound) {
    assertEquals(expected.length, actual.length, who + ": gradient length");
    for (int i = 0; i < expected.length; i++) {
      close(who + " component " + i, expected[i], actual[i], 1.0, bound);
    }
  }

  /** The largest magnitude in {@code a}. */
  static double scale(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Numbers, vectors and matrices (row by row) laid end to end, in the order given. */
  static double[] flatten(Object... parts) {
    int length = 0;
    for (Object part : parts) {
      for (double[] row : rows(part)) {
        length += row.length;
      }
    }
    double[] all = new double[length];
    int offset = 0;
    for (Object part : parts) {
      for (double[] row : rows(part)) {
        System.arraycopy(row, 0, all, offset, row.length);
        offset += row.length;
      }
    }
    return all;
  }

  private static double[][] rows(Object part) {
    if (part instanceof Double d) {
      return new double[][] {{d}};
    }
    if (part instanceof double[] v) {
      return new double[][] {v};
    }
    return (double[][]) part;
  }

  static double[][] deepClone(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  static void assertRowsEqual(double[][] expected, double[][] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], what);
    }
  }
}
