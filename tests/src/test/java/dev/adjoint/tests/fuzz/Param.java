package dev.adjoint.tests.fuzz;

/**
 * A parameter of a generated method: {@code double}, {@code double[]} or {@code int}, or a
 * {@code String}, {@code char} or {@link FuzzTables.Mode} that only selects a case of a switch.
 */
record Param(String type, String name, boolean noDerivative, boolean isField) {
  Param(String type, String name, boolean noDerivative) {
    this(type, name, noDerivative, false);
  }

  /**
   * A field of the receiver named in {@code wrt}: not in the signature, but an input with a
   * tangent and an accumulator after the parameters'. The checker passes its value last.
   */
  static Param field(String name) {
    return new Param("double", name, false, true);
  }

  /** The argument a {@code String} parameter gets: the third of {@link #STRING_LABELS}. */
  static final String STRING_ARGUMENT = "exact";
  static final char CHAR_ARGUMENT = 'c';
  static final java.util.List<String> STRING_LABELS = java.util.List.of(
      "\"plain\"", "\"fast\"", "\"exact\"", "\"safe\"");
  static final java.util.List<String> CHAR_LABELS = java.util.List.of("'a'", "'b'", "'c'", "'d'");
  static final FuzzTables.Mode MODE_ARGUMENT = FuzzTables.Mode.EXACT;
  static final java.util.List<String> MODE_LABELS = java.util.List.of(
      "PLAIN", "FAST", "EXACT", "SAFE");

  /** A {@code String}, {@code char} or {@code Mode}: passed through, never differentiated. */
  boolean isChoice() {
    return type.equals("String") || type.equals("char") || type.equals("Mode");
  }

  /** The argument the checker passes for a choice parameter. */
  Object choiceArgument() {
    return switch (type) {
      case "char" -> CHAR_ARGUMENT;
      case "Mode" -> MODE_ARGUMENT;
      default -> STRING_ARGUMENT;
    };
  }

  /** The four case labels a switch on this choice parameter picks from. */
  java.util.List<String> labels() {
    return switch (type) {
      case "char" -> CHAR_LABELS;
      case "Mode" -> MODE_LABELS;
      default -> STRING_LABELS;
    };
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
