package dev.adjoint.tests.fuzz;

/**
 * A parameter of a generated method: {@code double}, {@code double[]} or {@code int}, or a
 * {@code String} or {@code char} that only selects a case of a switch.
 */
record Param(String type, String name, boolean noDerivative) {
  /** The argument a {@code String} parameter gets: the third of {@link #STRING_LABELS}. */
  static final String STRING_ARGUMENT = "exact";
  static final char CHAR_ARGUMENT = 'c';
  static final java.util.List<String> STRING_LABELS = java.util.List.of(
      "\"plain\"", "\"fast\"", "\"exact\"", "\"safe\"");
  static final java.util.List<String> CHAR_LABELS = java.util.List.of("'a'", "'b'", "'c'", "'d'");

  /** A {@code String} or {@code char}: passed through, never differentiated. */
  boolean isChoice() {
    return type.equals("String") || type.equals("char");
  }

  boolean isArray() {
    return type.equals("double[]");
  }

  boolean isInt() {
    return type.equals("int");
  }

  String render() {
    return (noDerivative ? "@NoDerivative " : "") + type + " " + name;
  }
}
