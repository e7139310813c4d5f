package dev.adjoint.processor.ir;

/** {@code array.length}. */
public record Length(Expr array, Pos pos) implements Expr {
  @Override
  public Type type() {
    return Type.INT;
  }
}
