package dev.adjoint.processor.ir;

/** The value types a {@code @Differentiable} method may use; only {@link #DOUBLE} carries derivatives. */
public enum Type {
  DOUBLE("double", "0.0"),
  INT("int", "0"),
  LONG("long", "0L"),
  BOOLEAN("boolean", "false"),
  DOUBLE_ARRAY("double[]", "null"),
  DOUBLE_MATRIX("double[][]", "null"),
  INT_ARRAY("int[]", "null"),
  LONG_ARRAY("long[]", "null"),
  BOOLEAN_ARRAY("boolean[]", "null"),
  /** The receiver of an instance method: passed through, its fields read as constants. */
  OBJECT("Object", "null");

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

  /** True for the array types a user may write: {@code double[]} and {@code double[][]}. */
  public boolean isArray() {
    return this == DOUBLE_ARRAY || this == DOUBLE_MATRIX || this == INT_ARRAY
        || this == LONG_ARRAY || this == BOOLEAN_ARRAY;
  }

  /** The type of one element: {@code double} for {@code double[]}, a row for a matrix. */
  public Type element() {
    switch (this) {
      case DOUBLE_ARRAY:
        return DOUBLE;
      case DOUBLE_MATRIX:
        return DOUBLE_ARRAY;
      case INT_ARRAY:
        return INT;
      case LONG_ARRAY:
        return LONG;
      case BOOLEAN_ARRAY:
        return BOOLEAN;
      default:
        throw new IllegalStateException(this + " is not an array");
    }
  }

  /** The array type whose elements are this type (the stack that saves values of this type). */
  public Type arrayOf() {
    switch (this) {
      case DOUBLE:
        return DOUBLE_ARRAY;
      case DOUBLE_ARRAY:
        return DOUBLE_MATRIX;
      case INT:
        return INT_ARRAY;
      case LONG:
        return LONG_ARRAY;
      case BOOLEAN:
        return BOOLEAN_ARRAY;
      default:
        throw new IllegalStateException("no array of " + this);
    }
  }

  /** True when values of this type carry derivatives: doubles and arrays of doubles. */
  public boolean isDifferentiable() {
    return this == DOUBLE || this == DOUBLE_ARRAY || this == DOUBLE_MATRIX;
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
