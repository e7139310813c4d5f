package dev.adjoint.processor.ir;

/** A binary operation; its type is computed while parsing (numeric promotion, or boolean). */
public record Binary(Op op, Expr left, Expr right, Type type, Pos pos) implements Expr {

  /** Binary operators with their Java symbol and precedence (higher binds tighter). */
  public enum Op {
    MUL("*", 12),
    DIV("/", 12),
    REM("%", 12),
    ADD("+", 11),
    SUB("-", 11),
    LT("<", 9),
    LE("<=", 9),
    GT(">", 9),
    GE(">=", 9),
    EQ("==", 8),
    NE("!=", 8),
    AND("&&", 4),
    OR("||", 3);

    public final String symbol;
    public final int precedence;

    Op(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public boolean isArithmetic() {
      return precedence >= 11;
    }
  }
}
