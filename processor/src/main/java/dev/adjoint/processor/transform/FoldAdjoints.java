package dev.adjoint.processor.transform;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Exit;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds the bookkeeping of an adjoint that receives one contribution. The reverse sweep declares
 * every local's adjoint zero up front, adds into it ({@code t1Bar += lossBar;}), reads it, and
 * clears it for the next iteration ({@code t1Bar = 0.0;}). For an adjoint added into once, that
 * is {@code double t1Bar = lossBar;} where it is computed, and, when it is read once, the value
 * itself in its one use: {@code marginBar += lossBar * (margin + margin);}.
 *
 * <p><b>Invariant.</b> An adjoint {@code vBar} is folded only when every statement naming it lies
 * in one run {@code L[a..b]} of one statement list, {@code L[a]} is its one addition
 * {@code vBar += e} (or {@code -=}), and nothing else writes it but clears. Then {@code vBar} is
 * zero whenever {@code L[a]} runs: the first time from its declaration, and after that because
 * every run of {@code L[a..b]} ends by clearing it (or leaves it zero, under
 * {@code if (vBar != 0.0)}); outside a loop the run happens once. So {@code vBar += e} is
 * {@code vBar = e}, which every later read sees, and a clear that no read follows goes. The value
 * replaces its one read only when nothing between them writes a variable it reads, and the read
 * is not inside a loop or a condition, so it is evaluated as often, on the same values.
 */
public final class FoldAdjoints {
  private FoldAdjoints() {}

  /** {@code body} with each adjoint among {@code candidates} folded where the invariant allows. */
  public static Block fold(Block body, Set<Var> candidates) {
    List<Stmt> stmts = body.stmts();
    for (Var v : candidates) {
      List<Stmt> folded = fold(stmts, v);
      if (folded != null) {
        stmts = folded;
      }
    }
    return Block.of(assignCleared(stmts));
  }

  /** {@code vBar = 0.0; vBar += e;} is {@code vBar = e;}, in every block. */
  private static List<Stmt> assignCleared(List<Stmt> stmts) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : stmts) {
      if (s instanceof If i) {
        s = new If(i.cond(), Block.of(assignCleared(i.then().stmts())),
            Block.of(assignCleared(i.otherwise().stmts())), i.pos());
      } else if (s instanceof Loop l) {
        s = l.withBody(l.init(), l.update(), Block.of(assignCleared(l.body().stmts())));
      }
      Stmt before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before instanceof Assign clear && clear.target() instanceof Ref r
          && isClear(clear, r.var()) && addition(s, r.var()) != null) {
        out.set(out.size() - 1, new Assign(clear.target(), addition(s, r.var()),
            ((Assign) s).pos()));
        continue;
      }
      out.add(s);
    }
    return out;
  }

  /** The top-level statements with {@code v} folded, or null when the invariant does not hold. */
  private static List<Stmt> fold(List<Stmt> top, Var v) {
    int declaration = -1;
    for (int k = 0; k < top.size(); k++) {
      if (top.get(k) instanceof Declare d && d.var() == v) {
        declaration = k;
      }
    }
    if (declaration < 0 || !Build.isZero(((Declare) top.get(declaration)).init())) {
      return null;
    }
    List<Stmt> rest = new ArrayList<>(top);
    rest.remove(declaration);
    return rewrite(rest, v, false);
  }

  /**
   * Finds the list that holds every statement naming {@code v}, and folds it there; returns the
   * rewritten {@code stmts}, or null when {@code v} cannot be folded. {@code inLoop} says whether
   * the list may run more than once.
   */
  private static List<Stmt> rewrite(List<Stmt> stmts, Var v, boolean inLoop) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < stmts.size(); k++) {
      if (names(stmts.get(k), v)) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 0) {
      return null; // never used: DeadValues' business, not this one's
    }
    Stmt s = stmts.get(first);
    if (first == last && s instanceof If i && !Exprs.reads(i.cond()).contains(v)) {
      List<Stmt> then = names(Block.of(i.then().stmts()), v) ? rewrite(i.then().stmts(), v, inLoop) : null;
      List<Stmt> otherwise = names(Block.of(i.otherwise().stmts()), v)
          ? rewrite(i.otherwise().stmts(), v, inLoop) : null;
      boolean both = names(Block.of(i.then().stmts()), v)
          && names(Block.of(i.otherwise().stmts()), v);
      if (both || (then == null && otherwise == null)) {
        return null;
      }
      List<Stmt> out = new ArrayList<>(stmts);
      out.set(first, new If(i.cond(), then != null ? Block.of(then) : i.then(),
          otherwise != null ? Block.of(otherwise) : i.otherwise(), i.pos()));
      return out;
    }
    if (first == last && s instanceof Loop l && !Exprs.reads(l.cond()).contains(v)
        && !names(Block.of(l.init()), v) && !names(Block.of(l.update()), v)) {
      List<Stmt> body = rewrite(l.body().stmts(), v, true);
      if (body == null) {
        return null;
      }
      List<Stmt> out = new ArrayList<>(stmts);
      out.set(first, l.withBody(l.init(), l.update(), Block.of(body)));
      return out;
    }
    Expr added = addition(s, v);
    if (added == null) {
      return null;
    }
    List<Stmt> run = new ArrayList<>(stmts.subList(first + 1, last + 1));
    if (!onlyReadsThenClears(run, v)
        || (inLoop && names(Block.of(run), v) && !endsCleared(run, v))) {
      return null; // in a loop, the next run's addition must find it zero
    }
    run = withoutClears(run, v);
    List<Stmt> folded = inline(run, v, added);
    if (folded == null) {
      folded = new ArrayList<>(run);
      folded.add(0, new Declare(v, added, ((Assign) s).pos()));
    }
    List<Stmt> out = new ArrayList<>(stmts.subList(0, first));
    out.addAll(folded);
    out.addAll(stmts.subList(last + 1, stmts.size()));
    return out;
  }

  /** {@code e} of {@code v += e}, {@code -e} of {@code v -= e}, else null. */
  private static Expr addition(Stmt s, Var v) {
    if (s instanceof Assign a && a.target() instanceof Ref t && t.var() == v
        && a.value() instanceof Binary b && b.left() instanceof Ref l && l.var() == v
        && !Exprs.reads(b.right()).contains(v)) {
      if (b.op() == Binary.Op.ADD) {
        return b.right();
      }
      if (b.op() == Binary.Op.SUB) {
        return Build.neg(b.right());
      }
    }
    return null;
  }

  /**
   * Whether the statements after the addition only read {@code v}, and then clear it last: a
   * clear at the top, or as the last mention inside {@code if (v != 0.0) {...}}. No exit may
   * leave the run before the clear.
   */
  private static boolean onlyReadsThenClears(List<Stmt> run, Var v) {
    boolean[] ok = {true};
    Stmts.forEach(Block.of(run), s -> {
      if (s instanceof Exit) {
        ok[0] = false;
      }
    });
    if (!ok[0]) {
      return false;
    }
    for (int k = 0; k < run.size(); k++) {
      Stmt s = run.get(k);
      boolean lastOne = k == run.size() - 1;
      if (isClear(s, v)) {
        if (!lastOne) {
          return false;
        }
      } else if (lastOne && s instanceof If i && isNonZeroTest(i.cond(), v)
          && i.otherwise().isEmpty() && !i.then().isEmpty()) {
        List<Stmt> then = i.then().stmts();
        if (!isClear(then.get(then.size() - 1), v)
            || writes(Block.of(then.subList(0, then.size() - 1)), v)) {
          return false;
        }
      } else if (writes(Block.of(List.of(s)), v)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the run's last statement clears {@code v}, or clears it under {@code v != 0.0}. */
  private static boolean endsCleared(List<Stmt> run, Var v) {
    Stmt last = run.get(run.size() - 1);
    return isClear(last, v) || (last instanceof If i && isNonZeroTest(i.cond(), v)
        && !i.then().isEmpty() && isClear(i.then().stmts().get(i.then().stmts().size() - 1), v));
  }

  private static List<Stmt> withoutClears(List<Stmt> run, Var v) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : run) {
      if (isClear(s, v)) {
        continue;
      }
      if (s instanceof If i && isNonZeroTest(i.cond(), v) && !i.then().isEmpty()
          && isClear(i.then().stmts().get(i.then().stmts().size() - 1), v)) {
        List<Stmt> then = i.then().stmts();
        out.add(new If(i.cond(), Block.of(then.subList(0, then.size() - 1)), i.otherwise(),
            i.pos()));
        continue;
      }
      out.add(s);
    }
    return out;
  }

  /**
   * {@code run} with {@code value} in place of its one read of {@code v}, or null when there is
   * not exactly one read, the read is inside a loop or a condition, or something before it
   * writes a variable {@code value} reads.
   */
  private static List<Stmt> inline(List<Stmt> run, Var v, Expr value) {
    int at = -1;
    for (int k = 0; k < run.size(); k++) {
      if (names(run.get(k), v)) {
        if (at >= 0) {
          return null;
        }
        at = k;
      }
    }
    if (at < 0) {
      return List.copyOf(run); // the value is never read: its addition goes with it
    }
    Stmt use = run.get(at);
    Set<Var> read = Exprs.reads(value);
    for (Stmt before : run.subList(0, at)) {
      Set<Var> written = new HashSet<>();
      Stmts.forEachWrite(Block.of(List.of(before)), (w, e) -> written.add(w));
      written.retainAll(read);
      if (!written.isEmpty()) {
        return null;
      }
    }
    Stmt replaced = substitute(use, v, value);
    if (replaced == null) {
      return null;
    }
    List<Stmt> out = new ArrayList<>(run);
    out.set(at, replaced);
    return out;
  }

  /** {@code s} with {@code value} for the one read of {@code v}; null where not allowed. */
  private static Stmt substitute(Stmt s, Var v, Expr value) {
    if (s instanceof Assign a && !(a.target() instanceof Ref r && r.var() == v)) {
      return new Assign(Exprs.substitute(a.target(), v, value),
          tidy(Exprs.substitute(a.value(), v, value)), a.pos());
    }
    if (s instanceof Declare d && d.init() != null) {
      return new Declare(d.var(), tidy(Exprs.substitute(d.init(), v, value)), d.pos());
    }
    if (s instanceof Eval e) {
      return new Eval(Exprs.substitute(e.call(), v, value), e.source(), e.pos());
    }
    return null;
  }

  /**
   * Arithmetic rebuilt through {@link Build}, so a substituted {@code -t1Bar} reads as
   * {@code deltaBarSum -= t1Bar * 0.5}, not {@code deltaBarSum += -t1Bar * 0.5}.
   */
  private static Expr tidy(Expr e) {
    if (!(e instanceof Binary b) || b.type() != Type.DOUBLE) {
      return e;
    }
    Expr left = tidy(b.left());
    Expr right = tidy(b.right());
    return switch (b.op()) {
      case ADD -> Build.add(left, right);
      case SUB -> Build.sub(left, right);
      case MUL -> Build.mul(left, right);
      case DIV -> Build.div(left, right);
      default -> e;
    };
  }

  private static boolean isClear(Stmt s, Var v) {
    return s instanceof Assign a && a.target() instanceof Ref r && r.var() == v
        && Build.isZero(a.value());
  }

  /** {@code v != 0.0}. */
  private static boolean isNonZeroTest(Expr cond, Var v) {
    return cond instanceof Binary b && b.op() == Binary.Op.NE && b.left() instanceof Ref r
        && r.var() == v && Build.isZero(b.right());
  }

  private static boolean writes(Block block, Var v) {
    boolean[] found = {false};
    Stmts.forEachWrite(block, (w, e) -> found[0] |= w == v);
    return found[0];
  }

  /** Whether {@code s}, or a statement inside it, reads or writes {@code v}. */
  private static boolean names(Stmt s, Var v) {
    return names(Block.of(List.of(s)), v);
  }

  private static boolean names(Block block, Var v) {
    boolean[] found = {false};
    Stmts.forEach(block, s -> found[0] |= Stmts.named(s).contains(v));
    return found[0];
  }
}
