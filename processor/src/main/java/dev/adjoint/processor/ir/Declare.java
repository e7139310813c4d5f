package dev.adjoint.processor.ir;

/** {@code T var = init;}, or {@code T var;} when {@code init} is null. */
public record Declare(Var var, Expr init, Pos pos) implements Stmt {}
