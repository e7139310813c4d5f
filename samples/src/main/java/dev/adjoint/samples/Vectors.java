package dev.adjoint.samples;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Plain linear algebra for the closed forms the examples compare against (never differentiated),
 * and short printing of vectors and matrices.
 */
final class Vectors {
  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** {@code m v}. */
  static double[] times(double[][] m, double[] v) {
    double[] r = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      r[i] = dot(m[i], v);
    }
    return r;
  }

  static double[][] transpose(double[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[0].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /** The identity matrix's row {@code i} of length {@code n}. */
  static double[] unit(int n, int i) {
    double[] e = new double[n];
    e[i] = 1;
    return e;
  }

  /** The largest {@code |a[i][j] - b[i][j]|}; infinite if the shapes differ, NaN if any entry is NaN. */
  static double maxAbsDifference(double[][] a, double[][] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != b[i].length) {
        return Double.POSITIVE_INFINITY;
      }
      for (int j = 0; j < a[i].length; j++) {
        double d = Math.abs(a[i][j] - b[i][j]);
        if (!(d <= max)) {
          max = d; // also carries NaN through
        }
      }
    }
    return max;
  }

  /** The largest {@code |a[i] - b[i]|}; infinite if the lengths differ. */
  static double maxAbsDifference(double[] a, double[] b) {
    return maxAbsDifference(new double[][] {a}, new double[][] {b});
  }

  /** Short form for printing, e.g. {@code (2.7, 3.6)}. */
  static String format(double... v) {
    return Arrays.stream(v).mapToObj(Vectors::format).collect(Collectors.joining(", ", "(", ")"));
  }

  static String format(double[][] m) {
    return Arrays.stream(m).map(Vectors::format).collect(Collectors.joining(", ", "[", "]"))
        .replace('(', '[').replace(')', ']');
  }

  /** A number with up to 10 significant digits and no trailing zeros. */
  static String format(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    String s = String.format(Locale.ROOT, "%.10g", x);
    if (s.contains("e")) {
      return s.replaceAll("\\.?0+e", "e");
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
