package dev.adjoint.processor.ir;

import java.util.List;

/**
 * Factory for expressions the transforms and rules write, folding the trivial cases
 * ({@code 1.0 * x}, {@code x + 0.0}, {@code -(-x)}) so the generated code reads like code written
 * by hand.
 */
public final class Build {
  private Build() {}

  public static final Literal ZERO = Literal.of(0.0);
  public static final Literal ONE = Literal.of(1.0);

  public static Expr ref(Var v) {
    return new Ref(v);
  }

  public static Expr num(double value) {
    return Literal.of(value);
  }

  public static boolean isZero(Expr e) {
    return e instanceof Literal l && l.is(0.0);
  }

  public static boolean isOne(Expr e) {
    return e instanceof Literal l && l.is(1.0);
  }

  public static Expr neg(Expr e) {
    if (e instanceof Unary u && u.op() == Unary.Op.NEG) {
      return u.operand();
    }
    if (isZero(e)) {
      return ZERO;
    }
    return new Unary(Unary.Op.NEG, e, Pos.NONE);
  }

  public static Expr add(Expr a, Expr b) {
    if (isZero(a)) {
      return b;
    }
    if (isZero(b)) {
      return a;
    }
    if (b instanceof Unary u && u.op() == Unary.Op.NEG) {
      return arith(Binary.Op.SUB, a, u.operand());
    }
    return arith(Binary.Op.ADD, a, b);
  }

  public static Expr sub(Expr a, Expr b) {
    if (isZero(b)) {
      return a;
    }
    if (isZero(a)) {
      return neg(b);
    }
    if (b instanceof Unary u && u.op() == Unary.Op.NEG) {
      return arith(Binary.Op.ADD, a, u.operand());
    }
    return arith(Binary.Op.SUB, a, b);
  }

  public static Expr mul(Expr a, Expr b) {
    if (isOne(a)) {
      return b;
    }
    if (isOne(b)) {
      return a;
    }
    if (a instanceof Literal l && l.is(-1.0)) {
      return neg(b);
    }
    if (b instanceof Literal l && l.is(-1.0)) {
      return neg(a);
    }
    if (b instanceof Unary u && u.op() == Unary.Op.NEG) {
      return neg(mul(a, u.operand()));
    }
    if (a instanceof Unary u && u.op() == Unary.Op.NEG) { // -(a b) is (-a) b, bit for bit
      return neg(mul(u.operand(), b));
    }
    return arith(Binary.Op.MUL, a, b);
  }

  public static Expr div(Expr a, Expr b) {
    if (isOne(b)) {
      return a;
    }
    if (a instanceof Unary u && u.op() == Unary.Op.NEG) {
      return neg(div(u.operand(), b));
    }
    return arith(Binary.Op.DIV, a, b);
  }

  public static Expr cmp(Binary.Op op, Expr a, Expr b) {
    return new Binary(op, a, b, Type.BOOLEAN, Pos.NONE);
  }

  public static Expr cond(Expr c, Expr a, Expr b) {
    return new Conditional(c, a, b, Type.DOUBLE, Pos.NONE);
  }

  /** {@code Math.name(args)}: derivative formulas always use {@code Math}. */
  public static Expr math(String name, Expr... args) {
    return new Call("Math", name, List.of(args), Type.DOUBLE, Pos.NONE);
  }

  /** {@code v++} ({@code by = 1}) or {@code v--} ({@code by = -1}) on an int variable. */
  public static Stmt increment(Var v, int by) {
    Expr ref = new Ref(v);
    return new Assign(ref, new Binary(by > 0 ? Binary.Op.ADD : Binary.Op.SUB, ref,
        Literal.ofInt(Math.abs(by)), Type.INT, Pos.NONE), Pos.NONE);
  }

  /** {@code for (int index = 0; index < bound; index++) body}. */
  public static Loop countUp(Var index, Expr bound, Stmt body) {
    return new Loop(List.of(new Declare(index, Literal.ofInt(0), Pos.NONE)),
        cmp(Binary.Op.LT, new Ref(index), bound), List.of(increment(index, 1)),
        Block.of(List.of(body)), true, Pos.NONE);
  }

  /** {@code for (int k = 0; k < array.length; k++) body}. */
  public static Loop overElements(Var k, Expr array, Stmt body) {
    return countUp(k, new Length(array, Pos.NONE), body);
  }

  /** A zero of the same shape as {@code e}: {@code 0.0}, or a new zero array. */
  public static Expr zeroLike(Expr e) {
    if (!e.type().isArray()) {
      return ZERO;
    }
    java.util.List<Expr> dims = new java.util.ArrayList<>(List.of(new Length(e, Pos.NONE)));
    if (e.type() == Type.DOUBLE_MATRIX) {
      dims.add(new Length(new Index(e, Literal.ofInt(0), Type.DOUBLE_ARRAY, Pos.NONE),
          Pos.NONE));
    }
    return new NewArray(e.type(), dims, Pos.NONE);
  }

  private static Expr arith(Binary.Op op, Expr a, Expr b) {
    return new Binary(op, a, b, Type.promote(a.type(), b.type()), Pos.NONE);
  }

  /** {@code double[] wBar = new double[w.length]}, row by row for a matrix. */
  public static List<Stmt> allocateLike(Var bar, Var like) {
    Expr likeRef = new Ref(like);
    if (like.type() == Type.DOUBLE_ARRAY) {
      return List.of(new Declare(bar, new NewArray(Type.DOUBLE_ARRAY,
          List.of(new Length(likeRef, Pos.NONE)), Pos.NONE), Pos.NONE));
    }
    Var r = new Var("row", Type.INT, Var.Kind.TEMP);
    Expr rRef = new Ref(r);
    Expr row = new Index(likeRef, rRef, Type.DOUBLE_ARRAY, Pos.NONE);
    Stmt allocateRow = new Assign(new Index(new Ref(bar), rRef, Type.DOUBLE_ARRAY, Pos.NONE),
        new NewArray(Type.DOUBLE_ARRAY, List.of(new Length(row, Pos.NONE)), Pos.NONE), Pos.NONE);
    return List.of(
        new Declare(bar, new NewArray(Type.DOUBLE_MATRIX,
            List.of(new Length(likeRef, Pos.NONE)), Pos.NONE), Pos.NONE),
        countUp(r, new Length(likeRef, Pos.NONE), allocateRow));
  }
}
