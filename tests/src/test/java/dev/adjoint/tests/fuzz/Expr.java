package dev.adjoint.tests.fuzz;

import java.util.List;

/**
 * An expression of a generated program. Immutable, so the shrinker can rebuild a program with
 * one sub-expression replaced. Only {@code double}-valued expressions may be replaced by their
 * double-valued children or by constants; index and array expressions keep their shape so that
 * every shrunk index stays in range.
 */
sealed interface Expr {
  String render();

  /** Whether the expression has type double (and so may stand in for any double expression). */
  default boolean isDouble() {
    return true;
  }

  default List<Expr> kids() {
    return List.of();
  }

  /** This expression with its children replaced, in the order of {@link #kids()}. */
  default Expr with(List<Expr> kids) {
    return this;
  }

  /** {@code new double[] {e0, e1, ...}}: a returned value or an argument. */
  static Expr arrayLiteral(List<Expr> elements) {
    StringBuilder slots = new StringBuilder();
    for (int k = 1; k <= elements.size(); k++) {
      slots.append(k > 1 ? ", " : "").append('%').append(k).append("$s");
    }
    return new Fn("new double[] {" + slots + "}", elements);
  }

  /** A double literal; negative ones are parenthesized so they can follow any operator. */
  record Num(double value) implements Expr {
    public String render() {
      String s = Double.toString(value);
      return value < 0 ? "(" + s + ")" : s;
    }
  }

  /** A scalar variable: a double local or parameter, or an int loop variable or counter. */
  record Ref(String name, boolean isInt) implements Expr {
    public String render() {
      return name;
    }

    public boolean isDouble() {
      return !isInt;
    }
  }

  /** An int literal, for indices. */
  record IntLit(int value) implements Expr {
    public String render() {
      return Integer.toString(value);
    }

    public boolean isDouble() {
      return false;
    }
  }

  /** {@code (i + offset) % length}: a loop variable shifted, still in range. */
  record Shifted(String var, int offset, String length) implements Expr {
    public String render() {
      return "(" + var + " + " + offset + ") % " + length;
    }

    public boolean isDouble() {
      return false;
    }
  }

  /**
   * An index computed from data, {@code (int) Math.abs(e) % length}: in range whatever {@code e}
   * is, because the cast of a non-negative double (or NaN) is a non-negative int.
   */
  record DataIndex(Expr value, String length) implements Expr {
    public String render() {
      return "(int) Math.abs(" + value.render() + ") % " + length;
    }

    public boolean isDouble() {
      return false;
    }

    public List<Expr> kids() {
      return List.of(value);
    }

    public Expr with(List<Expr> kids) {
      return new DataIndex(kids.get(0), length);
    }
  }

  /** An array passed by name (to a call or a reduction). */
  record ArrayRef(String name) implements Expr {
    public String render() {
      return name;
    }

    public boolean isDouble() {
      return false;
    }
  }

  /** {@code a[index]}. */
  record Elem(String array, Expr index) implements Expr {
    public String render() {
      return array + "[" + index.render() + "]";
    }

    public List<Expr> kids() {
      return List.of(index);
    }

    public Expr with(List<Expr> kids) {
      return new Elem(array, kids.get(0));
    }
  }

  /** A binary arithmetic operator, {@code + - * /}, or a comparison or {@code && ||}. */
  record Bin(String op, Expr left, Expr right) implements Expr {
    public String render() {
      return "(" + left.render() + " " + op + " " + right.render() + ")";
    }

    public boolean isDouble() {
      return "+-*/".contains(op);
    }

    public List<Expr> kids() {
      return List.of(left, right);
    }

    public Expr with(List<Expr> kids) {
      return new Bin(op, kids.get(0), kids.get(1));
    }
  }

  /**
   * A function applied to arguments through a template, {@code %1$s} for the first argument:
   * {@code Math.log(1.0 + %1$s * %1$s)} keeps the logarithm's argument positive.
   */
  record Fn(String template, List<Expr> args) implements Expr {
    public String render() {
      return String.format(template, args.stream().map(Expr::render).toArray());
    }

    public List<Expr> kids() {
      return args;
    }

    public Expr with(List<Expr> kids) {
      return new Fn(template, kids);
    }
  }

  /** {@code cond ? a : b}. */
  record Ternary(Expr cond, Expr then, Expr otherwise) implements Expr {
    public String render() {
      return "(" + cond.render() + " ? " + then.render() + " : " + otherwise.render() + ")";
    }

    public List<Expr> kids() {
      return List.of(cond, then, otherwise);
    }

    public Expr with(List<Expr> kids) {
      return new Ternary(kids.get(0), kids.get(1), kids.get(2));
    }
  }

  /** A call of a generated helper or of an AdjointMath reduction; arguments of any type. */
  record Call(String method, List<Expr> args, boolean returnsArray) implements Expr {
    public String render() {
      return method + "(" + String.join(", ", args.stream().map(Expr::render).toList()) + ")";
    }

    public boolean isDouble() {
      return !returnsArray;
    }

    public List<Expr> kids() {
      return args;
    }

    public Expr with(List<Expr> kids) {
      return new Call(method, kids, returnsArray);
    }
  }
}
