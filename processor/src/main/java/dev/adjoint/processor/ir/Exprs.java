package dev.adjoint.processor.ir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small structural queries over expressions. */
public final class Exprs {
  private Exprs() {}

  /** The direct sub-expressions of {@code e}, left to right. */
  public static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Unary u) {
      out.add(u.operand());
    } else if (e instanceof Binary b) {
      out.add(b.left());
      out.add(b.right());
    } else if (e instanceof Call c) {
      out.addAll(c.args());
    } else if (e instanceof Conditional c) {
      out.add(c.cond());
      out.add(c.ifTrue());
      out.add(c.ifFalse());
    } else if (e instanceof Cast c) {
      out.add(c.operand());
    } else if (e instanceof Index i) {
      out.add(i.array());
      out.add(i.index());
    } else if (e instanceof NewRecord n) {
      out.addAll(n.args());
    } else if (e instanceof Length l) {
      out.add(l.array());
    } else if (e instanceof NewArray n) {
      out.addAll(n.dims());
    } else if (e instanceof Invoke i) {
      out.addAll(i.args());
    } else if (e instanceof Member m) {
      out.add(m.receiver());
    } else if (e instanceof ArrayInit a) {
      out.addAll(a.elements());
    }
    return out;
  }

  /** {@code e} with {@code with} in place of every read of {@code v}. */
  public static Expr substitute(Expr e, Var v, Expr with) {
    if (e instanceof Ref r) {
      return r.var() == v ? with : e;
    }
    if (!reads(e).contains(v)) {
      return e;
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), substitute(u.operand(), v, with), u.pos());
    }
    if (e instanceof Binary b) {
      return new Binary(b.op(), substitute(b.left(), v, with), substitute(b.right(), v, with),
          b.type(), b.pos());
    }
    if (e instanceof Call c) {
      return new Call(c.owner(), c.name(), substituteAll(c.args(), v, with), c.type(), c.pos());
    }
    if (e instanceof Conditional c) {
      return new Conditional(substitute(c.cond(), v, with), substitute(c.ifTrue(), v, with),
          substitute(c.ifFalse(), v, with), c.type(), c.pos());
    }
    if (e instanceof Cast c) {
      return new Cast(c.type(), substitute(c.operand(), v, with), c.pos());
    }
    if (e instanceof Index i) {
      return new Index(substitute(i.array(), v, with), substitute(i.index(), v, with), i.type(),
          i.pos());
    }
    if (e instanceof Length l) {
      return new Length(substitute(l.array(), v, with), l.pos());
    }
    if (e instanceof Invoke i) {
      return i.withArgs(substituteAll(i.args(), v, with));
    }
    if (e instanceof NewRecord n) {
      return new NewRecord(n.typeName(), substituteAll(n.args(), v, with), n.pos());
    }
    if (e instanceof NewArray n) {
      return new NewArray(n.type(), substituteAll(n.dims(), v, with), n.pos());
    }
    if (e instanceof ArrayInit a) {
      return new ArrayInit(a.type(), substituteAll(a.elements(), v, with), a.pos());
    }
    if (e instanceof Member m) {
      return new Member(substitute(m.receiver(), v, with), m.name(), m.type(), m.pos());
    }
    throw new IllegalArgumentException("no substitution into " + e);
  }

  private static List<Expr> substituteAll(List<Expr> es, Var v, Expr with) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : es) {
      out.add(substitute(e, v, with));
    }
    return out;
  }

  /** The variables an expression reads, in order of first appearance. */
  public static Set<Var> reads(Expr e) {
    Set<Var> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, Set<Var> out) {
    if (e instanceof Ref r) {
      out.add(r.var());
    }
    for (Expr c : children(e)) {
      collect(c, out);
    }
  }

  /**
   * True for a literal, a variable or an array element whose indices are atoms: something cheap
   * enough to repeat in a formula and to name as a storage location.
   */
  public static boolean isAtom(Expr e) {
    if (e instanceof Index i) {
      return isAtom(i.array()) && (isAtom(i.index()) || isIntExpr(i.index()));
    }
    return e instanceof Literal || e instanceof Ref || e instanceof FieldRef;
  }

  private static boolean isIntExpr(Expr e) {
    return e.type().isIntegral() && !containsCall(e);
  }

  /** The variable a location ({@code v}, {@code a[i]}, {@code m[i][j]}) lives in, or null. */
  public static Var root(Expr location) {
    if (location instanceof Ref r) {
      return r.var();
    }
    if (location instanceof Index i) {
      return root(i.array());
    }
    return null;
  }

  /** {@code location} with its root variable replaced by {@code v}: {@code a[i]} to {@code aBar[i]}. */
  public static Expr rebase(Expr location, Var v) {
    if (location instanceof Ref) {
      return new Ref(v);
    }
    if (location instanceof Index i) {
      return new Index(rebase(i.array(), v), i.index(), i.type(), Pos.NONE);
    }
    throw new IllegalArgumentException("not a location: " + location);
  }

  /** The variables the indices of a location read ({@code i} and {@code j} of {@code m[i][j]}). */
  public static Set<Var> indexReads(Expr location) {
    Set<Var> out = new LinkedHashSet<>();
    while (location instanceof Index i) {
      out.addAll(reads(i.index()));
      location = i.array();
    }
    return out;
  }

  public static boolean containsCall(Expr e) {
    if (e instanceof Call || e instanceof NewRecord || e instanceof Invoke) {
      return true;
    }
    return children(e).stream().anyMatch(Exprs::containsCall);
  }

  /** True when {@code a} and {@code b} denote the same storage location (ignoring positions). */
  public static boolean sameLocation(Expr a, Expr b) {
    if (a instanceof Ref ra && b instanceof Ref rb) {
      return ra.var() == rb.var();
    }
    if (a instanceof Index ia && b instanceof Index ib) {
      return sameLocation(ia.array(), ib.array()) && sameValue(ia.index(), ib.index());
    }
    return false;
  }

  /**
   * Structural equality of index and bound expressions: same literals, variables, operations
   * and casts, positions aside.
   */
  public static boolean sameValue(Expr a, Expr b) {
    if (a instanceof Literal la && b instanceof Literal lb) {
      return la.text().equals(lb.text());
    }
    if (a instanceof Binary ba && b instanceof Binary bb) {
      return ba.op() == bb.op() && sameValue(ba.left(), bb.left())
          && sameValue(ba.right(), bb.right());
    }
    if (a instanceof Unary ua && b instanceof Unary ub) {
      return ua.op() == ub.op() && sameValue(ua.operand(), ub.operand());
    }
    if (a instanceof Length la && b instanceof Length lb) {
      return sameValue(la.array(), lb.array());
    }
    if (a instanceof Cast ca && b instanceof Cast cb) {
      return ca.type() == cb.type() && sameValue(ca.operand(), cb.operand());
    }
    return sameLocation(a, b);
  }
}
