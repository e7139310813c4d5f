package dev.adjoint.processor.ir;

/** A literal, kept as Java source text so the generated code spells it as the user did. */
public record Literal(Type type, String text, Pos pos) implements Expr {

  public static Literal of(double value) {
    return new Literal(Type.DOUBLE, Double.toString(value), Pos.NONE);
  }

  public static Literal ofInt(int value) {
    return new Literal(Type.INT, Integer.toString(value), Pos.NONE);
  }

  /** True for a double or integral literal whose value is exactly {@code value}. */
  public boolean is(double value) {
    if (!type.isNumeric()) {
      return false;
    }
    try {
      String t = text.replace("_", "");
      if (type.isIntegral()) {
        t = t.endsWith("L") || t.endsWith("l") ? t.substring(0, t.length() - 1) : t;
        return Long.decode(t) == value;
      }
      return Double.parseDouble(t) == value;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Negative literals print with a sign and so bind like a unary expression. */
  public boolean isNegative() {
    return text.startsWith("-");
  }
}
