package dev.adjoint.processor.ir;

/** A primitive cast such as {@code (double) n} or {@code (int) x}. */
public record Cast(Type type, Expr operand, Pos pos) implements Expr {}
