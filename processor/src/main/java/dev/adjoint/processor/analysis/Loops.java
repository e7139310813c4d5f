package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises counted loops, {@code for (int i = a; i < b; i++)} and its variants, whose reverse
 * is again a counted loop ({@code for (int i = b - 1; i >= a; i--)}) with nothing saved for
 * {@code i}. A loop is counted when its index steps by one, the body never assigns the index,
 * and nothing in the body changes what the bounds read: no variable they read is assigned, no
 * array they read an element or a row of ({@code inputs[s].length}) is written. Writing an
 * array's elements keeps its length: {@code j < hidden.length} counts while filling it.
 */
public final class Loops {
  private Loops() {}

  /** A counted loop: {@code index} runs from {@code start} towards {@code bound} by one. */
  public record Counted(Var index, Expr start, Binary.Op cmp, Expr bound, boolean increasing) {

    /** Whether both bounds keep their values in code that rebinds and writes these. */
    public boolean boundsInvariant(Set<Var> rebound, Set<Var> elementsWritten) {
      return invariant(start, rebound, elementsWritten) && invariant(bound, rebound,
          elementsWritten);
    }

    /** The vars the bounds read: the reverse loop reads them when it starts. */
    public Set<Var> boundReads() {
      Set<Var> out = new HashSet<>(Exprs.reads(start));
      out.addAll(Exprs.reads(bound));
      return out;
    }

    /** The number of iterations, as an expression valid at loop entry (never negative). */
    public Expr tripCount() {
      Expr first = increasing ? bound : start;
      Expr last = increasing ? start : bound;
      Expr span = intSub(first, last);
      if (cmp == Binary.Op.LE || cmp == Binary.Op.GE) {
        span = intAdd(span, Literal.ofInt(1));
      }
      return new Call("Math", "max", List.of(Literal.ofInt(0), span),
          Type.INT, Pos.NONE);
    }

    /** The loop that visits the same indices backwards. */
    public Loop reversed(Block body) {
      Expr i = new Ref(index);
      Expr from;
      Binary.Op cond;
      if (increasing) {
        from = cmp == Binary.Op.LT ? intSub(bound, Literal.ofInt(1)) : bound;
        cond = Binary.Op.GE;
      } else {
        from = cmp == Binary.Op.GT ? intAdd(bound, Literal.ofInt(1)) : bound;
        cond = Binary.Op.LE;
      }
      Expr step = increasing ? intSub(i, Literal.ofInt(1)) : intAdd(i, Literal.ofInt(1));
      return new Loop(List.of(new Declare(index, from, Pos.NONE)),
          Build.cmp(cond, i, start), List.of(new Assign(i, step, Pos.NONE)), body, true,
          Pos.NONE);
    }
  }

  public static Optional<Counted> counted(Loop loop) {
    if (!loop.testFirst() || loop.init().size() != 1 || loop.update().size() != 1
        || !(loop.init().get(0) instanceof Declare init) || init.var().type() != Type.INT
        || init.init() == null || !(loop.cond() instanceof Binary cond)) {
      return Optional.empty();
    }
    Var i = init.var();
    // i + k < b (a window of k + 1 elements) is i < b - k
    Expr bound = cond.right();
    if (cond.left() instanceof Binary shifted && shifted.op() == Binary.Op.ADD
        && shifted.left() instanceof Ref r && r.var() == i
        && shifted.right() instanceof Literal k && k.type() == Type.INT) {
      bound = intSub(bound, k);
    } else if (!(cond.left() instanceof Ref left) || left.var() != i) {
      return Optional.empty();
    }
    Boolean increasing = step(loop.update().get(0), i);
    if (increasing == null) {
      return Optional.empty();
    }
    boolean cmpOk = increasing
        ? cond.op() == Binary.Op.LT || cond.op() == Binary.Op.LE
        : cond.op() == Binary.Op.GT || cond.op() == Binary.Op.GE;
    if (!cmpOk || bound.type() != Type.INT || Exprs.containsCall(bound)) {
      return Optional.empty();
    }
    Set<Var> rebound = Stmts.rebound(loop.body());
    Set<Var> elementsWritten = Stmts.elementsWritten(loop.body());
    Set<Var> reads = new HashSet<>(Exprs.reads(bound));
    reads.addAll(Exprs.reads(init.init()));
    if (rebound.contains(i) || reads.contains(i)
        || !invariant(bound, rebound, elementsWritten)
        || !invariant(init.init(), rebound, elementsWritten)) {
      return Optional.empty();
    }
    return Optional.of(new Counted(i, init.init(), cond.op(), bound, increasing));
  }

  /**
   * The arrays that {@code body} reads and writes only at index {@code i}, always in the same
   * dimension and after indices the body never changes ({@code a[i]}, {@code a[i][j]}, {@code
   * m[c][i]}): in a counted loop over {@code i}, different iterations touch different elements
   * of them.
   */
  public static Set<Var> indexedOnlyBy(Block body, Var i) {
    Set<Var> rebound = Stmts.rebound(body);
    java.util.Map<Var, Integer> dimension = new java.util.HashMap<>();
    Set<Var> other = new HashSet<>();
    Stmts.forEach(body, s -> {
      for (Expr e : exprsOf(s)) {
        collectAccesses(e, i, rebound, dimension, other);
      }
    });
    Set<Var> seen = new HashSet<>(dimension.keySet());
    seen.removeAll(other);
    return seen;
  }

  private static List<Expr> exprsOf(Stmt s) {
    List<Expr> out = new java.util.ArrayList<>();
    if (s instanceof Declare d && d.init() != null) {
      out.add(d.init());
    } else if (s instanceof Assign a) {
      out.add(a.target());
      out.add(a.value());
    } else if (s instanceof If f) {
      out.add(f.cond());
    } else if (s instanceof Loop l) {
      out.add(l.cond());
    } else if (s instanceof Return r) {
      out.add(r.value());
    }
    return out;
  }

  private static void collectAccesses(Expr e, Var i, Set<Var> rebound,
      java.util.Map<Var, Integer> dimension, Set<Var> other) {
    List<Expr> indices = new java.util.ArrayList<>();
    Expr root = e;
    while (root instanceof Index x) {
      indices.add(0, x.index());
      root = x.array();
    }
    if (!indices.isEmpty() && root instanceof Ref a) {
      int at = dimensionOf(indices, i, rebound);
      if (at < 0 || dimension.getOrDefault(a.var(), at) != at) {
        other.add(a.var());
      }
      dimension.putIfAbsent(a.var(), at);
      for (Expr index : indices) {
        collectAccesses(index, i, rebound, dimension, other);
      }
      return;
    }
    if (e instanceof Ref r && r.type().isArray()) {
      other.add(r.var()); // the whole array escapes: length is fine, anything else is not
    }
    if (e instanceof Length len && len.array() instanceof Ref) {
      return;
    }
    for (Expr c : Exprs.children(e)) {
      collectAccesses(c, i, rebound, dimension, other);
    }
  }

  /** The dimension an access indexes by {@code i} after unchanged indices only, or -1. */
  private static int dimensionOf(List<Expr> indices, Var i, Set<Var> rebound) {
    for (int k = 0; k < indices.size(); k++) {
      Expr index = indices.get(k);
      if (index instanceof Ref r && r.var() == i) {
        return k;
      }
      boolean unchanged = index instanceof Literal
          || index instanceof Ref r && !rebound.contains(r.var());
      if (!unchanged) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The declarations at the top level of a counted loop's body whose values can be recomputed
   * from the index alone: cheap arithmetic (no calls) on {@code i}, on variables and arrays the
   * body never changes, and on earlier such locals, each declared once.
   */
  public static List<Declare> recomputable(Block body, Var i) {
    Set<Var> rebound = Stmts.rebound(body);
    Set<Var> elementsWritten = Stmts.elementsWritten(body);
    java.util.Map<Var, Integer> writes = new java.util.HashMap<>();
    Stmts.forEachWrite(body, (v, e) -> writes.merge(v, 1, Integer::sum));
    Set<Var> known = new HashSet<>();
    List<Declare> out = new java.util.ArrayList<>();
    for (Stmt s : body.stmts()) {
      if (!(s instanceof Declare d) || d.init() == null || Exprs.containsCall(d.init())
          || d.init() instanceof NewArray
          || writes.getOrDefault(d.var(), 0) != 1 || d.var().type().isArray()) {
        continue;
      }
      boolean ok = true;
      for (Var r : Exprs.reads(d.init())) {
        ok &= r == i || known.contains(r)
            || (!rebound.contains(r) && !elementsWritten.contains(r));
      }
      if (ok) {
        known.add(d.var());
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Whether {@code e} reads only the index {@code i}, variables in {@code available}, and
   * variables and arrays that {@code body} never changes (and calls nothing), so that it has the
   * same value anywhere in the iteration.
   */
  public static boolean readsOnly(Expr e, Block body, Var i,
      Set<Var> available) {
    if (Exprs.containsCall(e)) {
      return false;
    }
    Set<Var> rebound = Stmts.rebound(body);
    Set<Var> elementsWritten = Stmts.elementsWritten(body);
    for (Var r : Exprs.reads(e)) {
      if (r != i && !available.contains(r)
          && (rebound.contains(r) || elementsWritten.contains(r))) {
        return false;
      }
    }
    return true;
  }

  /** The scalar locals declared, with a value, once at the top level of {@code body}. */
  public static List<Declare> declaredOnce(Block body) {
    java.util.Map<Var, Integer> writes = new java.util.HashMap<>();
    Stmts.forEachWrite(body, (v, e) -> writes.merge(v, 1, Integer::sum));
    List<Declare> out = new java.util.ArrayList<>();
    for (Stmt s : body.stmts()) {
      if (s instanceof Declare d && d.init() != null && !d.var().type().isArray()
          && writes.getOrDefault(d.var(), 0) == 1) {
        out.add(d);
      }
    }
    return out;
  }

  // true for i = i + 1, false for i = i - 1, null otherwise
  private static Boolean step(Stmt s, Var i) {
    if (!(s instanceof Assign a && a.target() instanceof Ref t && t.var() == i)) {
      return null;
    }
    java.util.OptionalLong by = stepOf(i, a.value());
    return by.isEmpty() || Math.abs(by.getAsLong()) != 1 ? null : by.getAsLong() > 0;
  }

  /**
   * The constant {@code v = value} adds to {@code v}: {@code c} for {@code v + c} and
   * {@code c + v}, {@code -c} for {@code v - c}, with {@code c} an integer literal; else empty.
   */
  public static java.util.OptionalLong stepOf(Var v, Expr value) {
    if (!(value instanceof Binary b) || b.type() != v.type()
        || !(b.op() == Binary.Op.ADD || b.op() == Binary.Op.SUB)) {
      return java.util.OptionalLong.empty();
    }
    boolean leftIsV = b.left() instanceof Ref r && r.var() == v;
    boolean rightIsV = b.right() instanceof Ref r && r.var() == v;
    Expr step = leftIsV ? b.right() : rightIsV && b.op() == Binary.Op.ADD ? b.left() : null;
    if (!(step instanceof Literal c)) {
      return java.util.OptionalLong.empty();
    }
    java.util.OptionalLong by = c.integralValue();
    return by.isEmpty() || b.op() == Binary.Op.ADD ? by
        : java.util.OptionalLong.of(-by.getAsLong());
  }

  /**
   * Whether a bound reads the same value in every iteration of a body that rebinds
   * {@code rebound} and writes elements of {@code elementsWritten}. Writing an array's elements
   * leaves its length alone ({@code j < hidden.length} while filling {@code hidden}); a row's
   * length ({@code inputs[s].length}) and an element ({@code n[k]}) change when the array is
   * written.
   */
  public static boolean invariant(Expr e, Set<Var> rebound, Set<Var> elementsWritten) {
    if (e instanceof Length l && l.array() instanceof Ref a) {
      return !rebound.contains(a.var());
    }
    if (e instanceof Ref r) {
      return !rebound.contains(r.var()) && !elementsWritten.contains(r.var());
    }
    for (Expr child : Exprs.children(e)) {
      if (!invariant(child, rebound, elementsWritten)) {
        return false;
      }
    }
    return true;
  }

  private static Expr intSub(Expr a, Expr b) {
    if (b instanceof Literal l && l.is(0.0)) {
      return a;
    }
    return new Binary(Binary.Op.SUB, a, b, Type.INT, Pos.NONE);
  }

  private static Expr intAdd(Expr a, Expr b) {
    if (b instanceof Literal l && l.is(0.0)) {
      return a;
    }
    if (a instanceof Binary s && s.op() == Binary.Op.SUB && s.right() instanceof Literal r
        && b instanceof Literal l && r.text().equals(l.text())) {
      return s.left(); // (b - 1) + 1
    }
    return new Binary(Binary.Op.ADD, a, b, Type.INT, Pos.NONE);
  }
}
