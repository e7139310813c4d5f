package dev.adjoint.samples;

/**
 * One number Adjoint computed, next to the number the math says it should be, so a reader (and a
 * test) can see at a glance whether the generated derivative code is right.
 *
 * @param quantity what is compared, with its closed form, e.g. {@code "df/dx = 15x^2 - 2"}
 * @param via which generated method produced {@code adjoint}, e.g. {@code "fGrad"} or {@code "fJvp"}
 * @param adjoint the value computed through Adjoint's generated code
 * @param exact the value from the closed form (or the seed's own number)
 */
public record Comparison(String quantity, String via, double adjoint, double exact) {

  /** Relative tolerance; below magnitude 1 it acts as an absolute tolerance. */
  public static final double TOLERANCE = 1e-12;

  /** The absolute difference between the two numbers. */
  public double difference() {
    return Math.abs(adjoint - exact);
  }

  /** Whether the two numbers agree to {@link #TOLERANCE}; NaN never agrees. */
  public boolean ok() {
    return difference() <= TOLERANCE * Math.max(1.0, Math.abs(exact));
  }
}
