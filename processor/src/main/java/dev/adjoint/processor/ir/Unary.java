package dev.adjoint.processor.ir;

/** Unary minus or logical not. */
public record Unary(Op op, Expr operand, Pos pos) implements Expr {

  /** The unary operators we keep (unary plus is dropped while parsing). */
  public enum Op {
    NEG("-"),
    NOT("!");

    public final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  @Override
  public Type type() {
    return op == Op.NOT ? Type.BOOLEAN : operand.type();
  }
}
