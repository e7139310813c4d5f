package dev.adjoint.processor.ir;

/** The value types a {@code @Differentiable} method may use; only {@link #DOUBLE} carries derivatives. */
public enum Type {
  DOUBLE("double", "0.0"),
  INT("int", "0"),
  LONG("long", "0L"),
  BOOLEAN("boolean", "false"),
  DOUBLE_ARRAY("double[]", "null");

  private final String javaName;
  private final String zero;

  Type(String javaName, String zero) {
    this.javaName = javaName;
    this.zero = zero;
  }

  /** The Java spelling, as in a declaration. */
  public String javaName() {
    return javaName;
  }

  /** The default value, used to initialise declarations the reverse sweep hoists. */
  public Literal zero() {
    return new Literal(this, zero, Pos.NONE);
  }

  public boolean isIntegral() {
    return this == INT || this == LONG;
  }

  public boolean isNumeric() {
    return this == DOUBLE || isIntegral();
  }

  /** Binary numeric promotion (JLS 5.6.2) over the types we support. */
  public static Type promote(Type a, Type b) {
    if (a == DOUBLE || b == DOUBLE) {
      return DOUBLE;
    }
    if (a == LONG || b == LONG) {
      return LONG;
    }
    return INT;
  }
}
