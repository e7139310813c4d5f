package dev.adjoint.samples;

import java.util.Locale;

/**
 * One number Adjoint computed, next to the number the math says it should be, so a reader (and a
 * test) can see at a glance whether the generated derivative code is right.
 *
 * <p>Most comparisons ask for equality to {@link #TOLERANCE}. Two other kinds exist for numbers that
 * have no closed form to equal: {@link #within} states a looser tolerance on the row itself (a
 * finite difference, a quantity that cancels), and {@link #atMost} checks a bound (a training loss
 * that must fall below a threshold).
 *
 * @param quantity what is compared, with its closed form, e.g. {@code "df/dx = 15x^2 - 2"}
 * @param via which generated method produced {@code adjoint}, e.g. {@code "fGrad"} or {@code "fJvp"}
 * @param adjoint the value computed through Adjoint's generated code
 * @param exact the value from the closed form (or the seed's own number), or the bound
 * @param tolerance the relative tolerance (absolute below magnitude 1) of an equality check
 * @param bound whether {@code exact} is an upper bound rather than a value to equal
 */
public record Comparison(
    String quantity, String via, double adjoint, double exact, double tolerance, boolean bound) {

  /** Relative tolerance; below magnitude 1 it acts as an absolute tolerance. */
  public static final double TOLERANCE = 1e-12;

  /** An equality check at the default {@link #TOLERANCE}. */
  public Comparison(String quantity, String via, double adjoint, double exact) {
    this(quantity, via, adjoint, exact, TOLERANCE, false);
  }

  /** An equality check at a tolerance looser than the default, printed on the row. */
  public static Comparison within(String quantity, String via, double adjoint, double exact, double tolerance) {
    return new Comparison(quantity, via, adjoint, exact, tolerance, false);
  }

  /** A check that {@code adjoint <= bound}. */
  public static Comparison atMost(String quantity, String via, double adjoint, double bound) {
    return new Comparison(quantity, via, adjoint, bound, 0, true);
  }

  /** The absolute difference between the two numbers; for a bound, how far it is exceeded (0 if not). */
  public double difference() {
    return bound ? Math.max(0, adjoint - exact) : Math.abs(adjoint - exact);
  }

  /** Whether the two numbers agree to the tolerance, or the bound holds; NaN never agrees. */
  public boolean ok() {
    if (bound) {
      return adjoint <= exact;
    }
    return difference() <= tolerance * Math.max(1.0, Math.abs(exact));
  }

  /** The expected column as printed: the number, or {@code "<= bound"}. */
  public String expected() {
    return bound ? "<= " + exact : Double.toString(exact);
  }

  /** The difference column as printed, with the tolerance when it is not the default. */
  public String differenceText() {
    String d = String.format(Locale.ROOT, "%.1e", difference());
    if (bound) {
      return ok() ? "within bound" : "exceeds by " + d;
    }
    return tolerance == TOLERANCE ? d : d + String.format(Locale.ROOT, " (tol %.0e)", tolerance);
  }
}
