package dev.adjoint.processor.ir;

/** An array element {@code array[index]}. */
public record Index(Expr array, Expr index, Type type, Pos pos) implements Expr {}
