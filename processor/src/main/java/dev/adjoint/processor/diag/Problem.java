package dev.adjoint.processor.diag;

/**
 * Every diagnostic Adjoint reports, by stable ID. Each message opens with {@code [Adjoint/ID]},
 * then says what is wrong and what to do. The README documents each ID.
 */
public enum Problem {
  /** The method is not static. */
  NOT_STATIC("NotStatic"),
  /** The method is abstract or native: there is no body to differentiate. */
  NO_BODY("NoBody"),
  /** A parameter, local or result has a type Adjoint does not handle. */
  UNSUPPORTED_TYPE("UnsupportedType"),
  /** {@code wrt} names something that is not a differentiable parameter. */
  BAD_WRT("BadWrt"),
  /** No parameter is left to differentiate with respect to. */
  NO_DIFFERENTIABLE_PARAMETER("NoDifferentiableParameter"),
  /** A statement or expression form Adjoint does not support (yet). */
  UNSUPPORTED("Unsupported"),
  /** A call on the path from an input to the result that Adjoint cannot differentiate. */
  NOT_DIFFERENTIABLE("NotDifferentiable"),
  /** A name that does not resolve to a parameter, local or constant. */
  UNKNOWN_NAME("UnknownName"),
  /** A field that is not a usable {@code static final} constant. */
  NOT_CONSTANT("NotConstant"),
  /**
   * Two {@code @Differentiable} methods, a parameter and a generated name, or a class and the
   * companion class Adjoint generates collide.
   */
  NAME_CLASH("NameClash"),
  /** A {@code @DerivativeOf} method that does not fit the method it names. */
  BAD_DERIVATIVE("BadDerivative"),
  /** The compiler is not javac, so method bodies cannot be read (Eclipse's ecj, say). */
  NEEDS_JAVAC("NeedsJavac"),
  /** An annotation that does nothing where it is (a warning). */
  IGNORED("Ignored"),
  /** The generated source could not be written (an I/O error, not a bug in Adjoint). */
  CANNOT_WRITE("CannotWrite"),
  /** A bug in Adjoint: please report it with the message. */
  INTERNAL("Internal");

  private final String id;

  Problem(String id) {
    this.id = id;
  }

  /** The tag that opens every message, e.g. {@code [Adjoint/NotStatic]}. */
  public String tag() {
    return "[Adjoint/" + id + "]";
  }
}
