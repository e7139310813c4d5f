package dev.adjoint.processor.ir;

import java.util.OptionalLong;

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
    if (type.isIntegral()) {
      OptionalLong integral = integralValue();
      return integral.isPresent() && integral.getAsLong() == value;
    }
    if (!type.isNumeric()) {
      return false;
    }
    try {
      return Double.parseDouble(text.replace("_", "")) == value;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The value of an integral literal ({@code 2}, {@code 0x1F}, {@code 10_000L}); empty for any other. */
  public OptionalLong integralValue() {
    if (!type.isIntegral()) {
      return OptionalLong.empty();
    }
    String t = text.replace("_", "");
    t = t.endsWith("L") || t.endsWith("l") ? t.substring(0, t.length() - 1) : t;
    try {
      return OptionalLong.of(Long.decode(t));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Negative literals print with a sign and so bind like a unary expression. */
  public boolean isNegative() {
    return text.startsWith("-");
  }
}
