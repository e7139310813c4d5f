package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a loop of the method's top level whose iterations meet only through accumulators, so
 * that the reverse sweep may do each iteration's adjoint right after the iteration itself
 * instead of in a second, backward loop. That is the loss over data points, {@code total +=
 * perPoint(...)}: reordering the adjoints is sound when no iteration's adjoint feeds another's.
 *
 * <p>A counted loop qualifies when every variable it writes, other than its own locals, is
 * <ul>
 *   <li>an <b>accumulator</b>: written only as {@code acc = acc + e} or {@code acc = acc - e}
 *       and read nowhere else in the loop. Its adjoint passes through each update unchanged, so
 *       every iteration sees the same adjoint, the one after the loop; or
 *   <li><b>scratch</b>: a local or array each iteration writes before it reads it (an array
 *       through a loop {@code for (j = 0; j < n; j++) a[j] = ...;} at the top of its body,
 *       read at indices below {@code n}, or below {@code a}'s length when {@code n} is it), and
 *       that the code after the loop never names. No value, and so no adjoint, crosses from one
 *       iteration to the next.
 * </ul>
 * Both must be declared before the loop with a value that has no derivative ({@code 0},
 * {@code new double[d]}) and be named nowhere else before it, so the adjoint of the code before
 * the loop never reads what the loop leaves in them. The code after the loop must not write what
 * the loop reads, so the loop can run again after it with the same result; the loop must not
 * return, and calls of other methods' VJPs in it ({@link Eval}) are not expected.
 */
public final class AccumulationLoops {
  private AccumulationLoops() {}

  /**
   * A loop that can be fused with its adjoint.
   *
   * @param updates the statements {@code acc = acc ± e}
   * @param hasEffects whether the loop runs statements for their effect (a check, a print),
   *     which must then not run twice
   */
  public record Fusible(Loop loop, Set<Var> accumulators, Set<Stmt> updates, boolean hasEffects) {}

  /** Whether {@code top.get(index)} is such a loop, given the statements around it. */
  public static Optional<Fusible> at(List<Stmt> top, int index) {
    if (!(top.get(index) instanceof Loop loop)) {
      return Optional.empty();
    }
    Optional<Loops.Counted> counted = Loops.counted(loop);
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    boolean[] effects = {false};
    boolean[] refused = {false};
    Set<Var> local = new HashSet<>();
    local.add(counted.get().index());
    Stmts.forEach(loop.body(), s -> {
      refused[0] |= s instanceof Return || s instanceof Eval;
      effects[0] |= s instanceof Effect;
      if (s instanceof Declare d) {
        local.add(d.var());
      }
    });
    if (refused[0]) {
      return Optional.empty();
    }
    Set<Var> written = new LinkedHashSet<>();
    Stmts.forEachWrite(loop.body(), (v, e) -> written.add(v));
    written.removeAll(local);

    List<Stmt> before = top.subList(0, index);
    List<Stmt> after = top.subList(index + 1, top.size());
    Set<Var> accumulators = new HashSet<>();
    Set<Stmt> updates = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Var> scratch = new HashSet<>();
    Map<Var, Expr> allocated = new HashMap<>();
    for (Var v : written) {
      Declare declaration = soleDeclaration(before, v);
      if (declaration == null) {
        return Optional.empty();
      }
      if (declaration.init() instanceof NewArray n && n.dims().size() == 1
          && Exprs.reads(n.dims().get(0)).stream().noneMatch(r -> written(before, r))) {
        allocated.put(v, n.dims().get(0)); // its length, as long as the loop leaves it
      }
      List<Stmt> found = accumulatorUpdates(loop, v);
      if (found != null) {
        accumulators.add(v);
        updates.addAll(found);
      } else if (!v.type().isArray() || !Stmts.rebound(loop.body()).contains(v)) {
        if (names(after, v)) {
          return Optional.empty();
        }
        scratch.add(v);
      } else {
        return Optional.empty();
      }
    }
    if (!new WrittenFirst(scratch, allocated, loop).holds()) {
      return Optional.empty();
    }
    // the code after the loop leaves what the loop reads as it was, so the loop can run again
    Set<Var> loopReads = reads(List.of(loop));
    Set<Var> writtenAfter = new HashSet<>();
    Stmts.forEachWrite(Block.of(after), (v, e) -> writtenAfter.add(v));
    writtenAfter.removeAll(accumulators);
    writtenAfter.retainAll(loopReads);
    if (!writtenAfter.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Fusible(loop, accumulators, updates, effects[0]));
  }

  /** The declaration of {@code v} in {@code before}, if nothing else there names it. */
  private static Declare soleDeclaration(List<Stmt> before, Var v) {
    Declare found = null;
    for (Stmt s : before) {
      if (s instanceof Declare d && d.var() == v) {
        boolean plain = d.init() == null || d.init() instanceof Literal
            || (d.init() instanceof NewArray n && n.type() != Type.DOUBLE_MATRIX);
        if (!plain) {
          return null;
        }
        found = d;
      } else if (names(List.of(s), v)) {
        return null;
      }
    }
    return found;
  }

  /** Whether {@code before} assigns {@code v} (its declaration aside). */
  private static boolean written(List<Stmt> before, Var v) {
    boolean[] found = {false};
    Stmts.forEach(Block.of(before), s -> found[0] |=
        s instanceof Assign a && Exprs.root(a.target()) == v);
    return found[0];
  }

  /** The updates {@code v = v ± e} of {@code v}, if they are its only writes and reads. */
  private static List<Stmt> accumulatorUpdates(Loop loop, Var v) {
    if (!v.type().isNumeric()) {
      return null;
    }
    List<Stmt> found = new ArrayList<>();
    boolean[] other = {false};
    Stmts.forEach(loop.body(), s -> {
      if (s instanceof Assign a && a.target() instanceof Ref t && t.var() == v
          && a.value() instanceof Binary b
          && (b.op() == Binary.Op.ADD || b.op() == Binary.Op.SUB)
          && b.left() instanceof Ref l && l.var() == v && !Exprs.reads(b.right()).contains(v)) {
        found.add(s);
      } else if (Stmts.named(s).contains(v)) {
        other[0] = true;
      }
    });
    return other[0] || found.isEmpty() ? null : found;
  }

  /** Whether any of {@code stmts}, nested ones included, reads or writes {@code v}. */
  static boolean names(List<Stmt> stmts, Var v) {
    boolean[] found = {false};
    Stmts.forEach(Block.of(stmts), s -> found[0] |= Stmts.named(s).contains(v));
    return found[0];
  }

  private static Set<Var> reads(List<Stmt> stmts) {
    Set<Var> out = new HashSet<>();
    Stmts.forEach(Block.of(stmts), s -> out.addAll(Stmts.named(s)));
    return out;
  }

  /**
   * Checks that each iteration writes every scratch value before reading it. Walks the body in
   * order with what is surely written so far: scalars, and arrays written below a bound by a
   * loop over {@code [0, bound)}; a branch keeps what both arms write, a loop what is written
   * before it (it may not run) plus what it covers as a whole.
   */
  private static final class WrittenFirst {
    private final Set<Var> scratch;
    private final Map<Var, Expr> allocated;
    private final Loop loop;
    private final Set<Var> rebound;
    private final Set<Var> elementsWritten;
    private final Map<Var, Expr> upperBounds = new HashMap<>(); // index -> exclusive bound
    private boolean ok = true;

    /** What is surely written: scalars, and per array the bounds below which it is. */
    private record Known(Set<Var> scalars, Map<Var, List<Expr>> below) {
      Known copy() {
        Map<Var, List<Expr>> b = new HashMap<>();
        below.forEach((k, v) -> b.put(k, new ArrayList<>(v)));
        return new Known(new HashSet<>(scalars), b);
      }

      Known meet(Known o) {
        Set<Var> s = new HashSet<>(scalars);
        s.retainAll(o.scalars);
        Map<Var, List<Expr>> b = new HashMap<>();
        below.forEach((k, bounds) -> {
          List<Expr> other = o.below.getOrDefault(k, List.of());
          List<Expr> both = new ArrayList<>();
          for (Expr e : bounds) {
            if (other.stream().anyMatch(x -> Exprs.sameValue(x, e))) {
              both.add(e);
            }
          }
          b.put(k, both);
        });
        return new Known(s, b);
      }
    }

    WrittenFirst(Set<Var> scratch, Map<Var, Expr> allocated, Loop loop) {
      this.scratch = scratch;
      this.allocated = allocated;
      this.loop = loop;
      this.rebound = Stmts.rebound(loop.body());
      this.elementsWritten = Stmts.elementsWritten(loop.body());
    }

    boolean holds() {
      if (scratch.isEmpty()) {
        return true;
      }
      walk(loop.body().stmts(), new Known(new HashSet<>(), new HashMap<>()));
      return ok;
    }

    private Known walk(List<Stmt> stmts, Known known) {
      for (Stmt s : stmts) {
        if (s instanceof If i) {
          check(i.cond(), known);
          Known then = walk(i.then().stmts(), known.copy());
          Known otherwise = walk(i.otherwise().stmts(), known.copy());
          known = then.meet(otherwise);
        } else if (s instanceof Loop l) {
          for (Stmt init : l.init()) {
            walk(List.of(init), known);
          }
          check(l.cond(), known);
          Optional<Loops.Counted> c = Loops.counted(l);
          boolean upward = c.isPresent() && c.get().increasing()
              && c.get().cmp() == Binary.Op.LT;
          if (upward) {
            upperBounds.put(c.get().index(), c.get().bound());
          }
          walk(l.update(), walk(l.body().stmts(), known.copy()));
          if (upward) {
            covered(l, c.get(), known);
          }
        } else {
          for (Expr e : readExprs(s)) {
            check(e, known);
          }
          if (s instanceof Assign a && a.target() instanceof Ref r && scratch.contains(r.var())) {
            known.scalars().add(r.var());
          }
        }
      }
      return known;
    }

    /** After {@code for (j = 0; j < n; j++) { a[j] = ...; ... }}: a is written below n. */
    private void covered(Loop l, Loops.Counted c, Known known) {
      if (!(c.start() instanceof Literal zero) || !zero.is(0.0) || !stable(c.bound())) {
        return;
      }
      for (Stmt s : l.body().stmts()) {
        if (s instanceof Assign a && a.target() instanceof Index x && x.array() instanceof Ref r
            && scratch.contains(r.var()) && x.index() instanceof Ref j && j.var() == c.index()) {
          known.below().computeIfAbsent(r.var(), k -> new ArrayList<>()).add(c.bound());
        }
      }
    }

    /** A bound that means the same throughout the iteration. */
    private boolean stable(Expr bound) {
      return Loops.invariant(bound, rebound, elementsWritten) && !Exprs.containsCall(bound);
    }

    private static List<Expr> readExprs(Stmt s) {
      List<Expr> out = new ArrayList<>();
      if (s instanceof Declare d && d.init() != null) {
        out.add(d.init());
      } else if (s instanceof Assign a) {
        out.add(a.value());
        if (a.target() instanceof Index x) {
          out.addAll(indexExprs(x));
        }
      } else if (s instanceof Effect e) {
        out.addAll(e.values());
      } else if (s instanceof Return r && r.value() != null) {
        out.add(r.value());
      }
      return out;
    }

    private static List<Expr> indexExprs(Index x) {
      List<Expr> out = new ArrayList<>();
      out.add(x.index());
      if (x.array() instanceof Index inner) {
        out.addAll(indexExprs(inner));
      }
      return out;
    }

    /** Every read of a scratch value in {@code e} must be of one already written. */
    private void check(Expr e, Known known) {
      if (e instanceof Index x && x.array() instanceof Ref r && scratch.contains(r.var())) {
        if (!elementWritten(r.var(), x.index(), known)) {
          ok = false;
        }
        check(x.index(), known);
        return;
      }
      if (e instanceof Length len && len.array() instanceof Ref) {
        return;
      }
      if (e instanceof Ref r && scratch.contains(r.var())
          && (r.type().isArray() || !known.scalars().contains(r.var()))) {
        ok = false; // a whole scratch array passed on, or a scalar read before its write
        return;
      }
      for (Expr c : Exprs.children(e)) {
        check(c, known);
      }
    }

    private boolean elementWritten(Var array, Expr index, Known known) {
      for (Expr bound : known.below().getOrDefault(array, List.of())) {
        boolean whole = (bound instanceof Length len && len.array() instanceof Ref r
            && r.var() == array)
            || (allocated.containsKey(array) && Exprs.sameValue(allocated.get(array), bound));
        if (whole || below(index, bound, 0)) { // an index outside the array throws anyway
          return true;
        }
      }
      return false;
    }

    /** Whether {@code index < bound}: an index bounded by it, or by an index that is. */
    private boolean below(Expr index, Expr bound, int depth) {
      if (depth > 8 || !(index instanceof Ref r) || !upperBounds.containsKey(r.var())) {
        return false;
      }
      Expr b = upperBounds.get(r.var());
      return Exprs.sameValue(b, bound) || below(b, bound, depth + 1);
    }
  }
}
