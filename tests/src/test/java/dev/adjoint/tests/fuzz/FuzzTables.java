package dev.adjoint.tests.fuzz;

/**
 * What every generated program's class inherits, as a problem class inherits from its base: a
 * constant that is not a compile-time constant, a coefficient table, instance fields, and an
 * argument check.
 * The class's own private tables are in {@link Sources#header}.
 */
public class FuzzTables {
  public static final double SCALE = Math.sqrt(2.0);
  public static final double[] WEIGHTS = {0.75, -0.5, 1.25, 0.25, -1.0, 0.5, 1.5, -0.25};

  /** What a generated method may switch on besides an int, a String and a char. */
  public enum Mode { PLAIN, FAST, EXACT, SAFE }

  /** Instance fields an instance method reads as constants: {@code gain}, {@code this.gain}. */
  public double gain = 0.75;
  public double[] coefficients = {0.5, 1.5, -0.5, 2.0, -1.0, 0.25, 1.0, -2.0};

  protected FuzzTables() {}

  /** An argument check as libraries write them; never fails at the points the fuzzer picks. */
  public static void checkFinite(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("not finite: " + v);
    }
  }
}
