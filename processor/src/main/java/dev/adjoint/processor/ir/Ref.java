package dev.adjoint.processor.ir;

/** A read of a variable. */
public record Ref(Var var, Pos pos) implements Expr {

  public Ref(Var var) {
    this(var, Pos.NONE);
  }

  @Override
  public Type type() {
    return var.type();
  }
}
