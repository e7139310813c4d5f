package dev.adjoint.tests.oracle;

/** Mixed relative/absolute comparison of doubles used by every oracle. */
public final class Tolerance {
  private Tolerance() {}

  /** True if {@code |expected - actual| <= abs + rel * max(|expected|, |actual|)}; NaN never matches. */
  public static boolean close(double expected, double actual, double rel, double abs) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return false;
    }
    if (expected == actual) {
      return true;
    }
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    return Math.abs(expected - actual) <= abs + rel * scale;
  }
}
