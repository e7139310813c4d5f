package dev.adjoint.processor.ir;

import java.util.List;

/** {@code new T(args)} for a record the companion class declares (the gradient record). */
public record NewRecord(String typeName, List<Expr> args, Pos pos) implements Expr {
  public NewRecord {
    args = List.copyOf(args);
  }

  @Override
  public Type type() {
    return Type.OBJECT; // only returned by fGrad, never operated on
  }
}
