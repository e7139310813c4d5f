package dev.adjoint.processor.ir;

/** A {@code static final} field that is not a compile-time constant, printed qualified. */
public record FieldRef(String qualifiedName, Type type, Pos pos) implements Expr {}
