package dev.adjoint.processor.ir;

import java.util.List;

/** {@code new double[] {a, b}} (a matrix's rows are {@code ArrayInit}s too): a constant's table. */
public record ArrayInit(Type type, List<Expr> elements, Pos pos) implements Expr {
  public ArrayInit {
    elements = List.copyOf(elements);
  }
}
