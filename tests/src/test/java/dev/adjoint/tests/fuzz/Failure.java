package dev.adjoint.tests.fuzz;

/**
 * A program that failed. {@code kind} names the check and is what the shrinker keeps constant
 * ("JVP vs finite differences"); {@code detail} gives the point, expected and actual values.
 */
record Failure(String kind, String detail) {
  boolean sameKind(Failure other) {
    return other != null && kind.equals(other.kind);
  }

  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
