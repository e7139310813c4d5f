package dev.adjoint.processor.ir;

import java.util.List;

/** {@code new double[n]} or {@code new double[n][m]}: zero-filled, one dimension per size. */
public record NewArray(Type type, List<Expr> dims, Pos pos) implements Expr {
  public NewArray {
    dims = List.copyOf(dims);
  }
}
