package dev.adjoint.processor.transform;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Conditional;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.FieldRef;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes the assignments of a derivative body whose value nothing reads afterwards: the
 * primal values a JVP computes after their last use in a tangent ({@code double result = s * x;}
 * before {@code return resultDot;}). Liveness runs backwards, branches merge by union and loops
 * iterate to a fixpoint, so a value is removed only when no path reads it.
 *
 * <p>Only a write to a primitive local whose value cannot throw goes: numbers, variables,
 * constants, arithmetic other than integer division, casts, choices and library functions of
 * scalars. An array element, an index (out of bounds), a call of a user method, an effect and a
 * loop stay, so the derivative throws wherever its primal does. A declaration whose value goes
 * keeps its name when a later statement writes the variable.
 *
 * <p>Code that runs a second time, after the same code ran once with the same indices
 * ({@link #pruneRepeated}), may also lose reads of array elements: they did not throw the first time.
 */
public final class DeadValues {
  /** {@code body} without its dead values; it ends in the {@code return} that defines the result. */
  public static Block prune(Block body) {
    return prune(body, Set.of());
  }

  /** {@code body} without its dead values, when the code after it reads {@code liveOut}. */
  public static Block prune(Block body, Set<Var> liveOut) {
    return new DeadValues(false).pruneAll(body, liveOut);
  }

  /**
   * {@code body}, which repeats code that already ran with the same values, without its dead
   * values, when the code after it reads {@code liveOut}.
   */
  public static Block pruneRepeated(Block body, Set<Var> liveOut) {
    return new DeadValues(true).pruneAll(body, liveOut);
  }

  private final boolean repeated;

  private DeadValues(boolean repeated) {
    this.repeated = repeated;
  }

  private Block pruneAll(Block body, Set<Var> liveOut) {
    List<Stmt> stmts = body.stmts();
    while (true) {
      List<Stmt> pruned = prune(stmts, new HashSet<>(liveOut));
      pruned = dropUnusedDeclarations(pruned);
      if (pruned.equals(stmts)) {
        return Block.of(pruned);
      }
      stmts = pruned;
    }
  }

  /** Prunes {@code stmts} backwards from the variables {@code live} after them, which it updates. */
  private List<Stmt> prune(List<Stmt> stmts, Set<Var> live) {
    List<Stmt> out = new ArrayList<>();
    for (int k = stmts.size() - 1; k >= 0; k--) {
      Stmt s = stmts.get(k);
      if (s instanceof Return r) {
        live.clear(); // nothing after a return runs
        live.addAll(Exprs.reads(r.value()));
        out.add(0, s);
      } else if (s instanceof Declare d) {
        boolean dead = !live.remove(d.var());
        if (d.init() == null || (dead && removable(d.var(), d.init()))) {
          out.add(0, new Declare(d.var(), null, d.pos()));
        } else {
          live.addAll(Exprs.reads(d.init()));
          out.add(0, s);
        }
      } else if (s instanceof Assign a && a.target() instanceof Ref t) {
        boolean dead = !live.remove(t.var());
        if (dead && removable(t.var(), a.value())) {
          continue;
        }
        live.addAll(Exprs.reads(a.value()));
        out.add(0, s);
      } else if (s instanceof Assign a) { // an element: the array stays as it is
        live.addAll(Exprs.reads(a.target()));
        live.addAll(Exprs.reads(a.value()));
        out.add(0, s);
      } else if (s instanceof If i) {
        Set<Var> otherwise = new HashSet<>(live);
        List<Stmt> then = prune(i.then().stmts(), live);
        List<Stmt> other = prune(i.otherwise().stmts(), otherwise);
        live.addAll(otherwise);
        if (then.isEmpty() && other.isEmpty() && cannotThrow(i.cond())) {
          continue; // nothing left to choose between
        }
        live.addAll(Exprs.reads(i.cond()));
        out.add(0, new If(i.cond(), Block.of(then), Block.of(other), i.pos()));
      } else if (s instanceof Loop l) {
        out.add(0, loop(l, live));
      } else {
        if (s instanceof Eval e) {
          live.addAll(Exprs.reads(e.call()));
        } else if (s instanceof Effect e) {
          e.values().forEach(v -> live.addAll(Exprs.reads(v)));
        }
        out.add(0, s);
      }
    }
    return out;
  }

  private Loop loop(Loop l, Set<Var> live) {
    // at the head: live after the loop, read by the condition, or live into the next iteration;
    // a do-while enters at its body, whose live variables the head includes
    Set<Var> head = new HashSet<>(live);
    head.addAll(Exprs.reads(l.cond()));
    List<Stmt> body;
    List<Stmt> update;
    while (true) {
      Set<Var> next = new HashSet<>(head);
      update = prune(l.update(), next);
      body = prune(l.body().stmts(), next);
      if (!head.addAll(next)) {
        break;
      }
    }
    live.clear();
    live.addAll(head);
    List<Stmt> init = prune(l.init(), live);
    return l.withBody(init, update, Block.of(body));
  }

  private boolean removable(Var v, Expr value) {
    return !v.type().isArray() && cannotThrow(value);
  }

  private boolean cannotThrow(Expr e) {
    if (repeated && e instanceof Index i) {
      return cannotThrow(i.array()) && cannotThrow(i.index()); // it did not the first time
    }
    if (e instanceof Literal || e instanceof Ref || e instanceof FieldRef) {
      return true;
    }
    if (e instanceof Unary u) {
      return cannotThrow(u.operand());
    }
    if (e instanceof Binary b) {
      boolean integerDivision = (b.op() == Binary.Op.DIV || b.op() == Binary.Op.REM)
          && b.type().isIntegral();
      return !integerDivision && cannotThrow(b.left()) && cannotThrow(b.right());
    }
    if (e instanceof Cast c) {
      return !c.operand().type().isArray() && cannotThrow(c.operand());
    }
    if (e instanceof Conditional c) {
      return cannotThrow(c.cond()) && cannotThrow(c.ifTrue()) && cannotThrow(c.ifFalse());
    }
    if (e instanceof Call c) {
      return c.isLibrary() && c.args().stream()
          .allMatch(a -> !a.type().isArray() && cannotThrow(a));
    }
    return false;
  }

  /** Drops {@code double v;} where nothing names {@code v} any more, and comments left over nothing. */
  private static List<Stmt> dropUnusedDeclarations(List<Stmt> stmts) {
    Set<Var> named = new HashSet<>();
    Stmts.forEach(Block.of(stmts), s -> {
      if (s instanceof Declare d && d.init() != null) {
        named.addAll(Exprs.reads(d.init()));
      } else if (s instanceof Assign a) {
        named.addAll(Exprs.reads(a.target()));
        named.addAll(Exprs.reads(a.value()));
        if (a.target() instanceof Ref r) {
          named.add(r.var());
        }
      } else if (s instanceof If i) {
        named.addAll(Exprs.reads(i.cond()));
      } else if (s instanceof Loop l) {
        named.addAll(Exprs.reads(l.cond()));
      } else if (s instanceof Return r) {
        named.addAll(Exprs.reads(r.value()));
      } else if (s instanceof Eval e) {
        named.addAll(Exprs.reads(e.call()));
      } else if (s instanceof Effect e) {
        e.values().forEach(v -> named.addAll(Exprs.reads(v)));
      }
    });
    return without(stmts, named);
  }

  private static List<Stmt> without(List<Stmt> stmts, Set<Var> named) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : stmts) {
      if (s instanceof Declare d && d.init() == null && !named.contains(d.var())) {
        continue;
      }
      if (s instanceof Comment c && !out.isEmpty() && out.get(out.size() - 1) instanceof Comment last
          && (!last.isNote() || c.isNote())) {
        out.remove(out.size() - 1); // the statements under the comment before have all gone
      }
      if (s instanceof If i) {
        out.add(new If(i.cond(), Block.of(without(i.then().stmts(), named)),
            Block.of(without(i.otherwise().stmts(), named)), i.pos()));
      } else if (s instanceof Loop l) {
        out.add(l.withBody(without(l.init(), named), without(l.update(), named),
            Block.of(without(l.body().stmts(), named))));
      } else {
        out.add(s);
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Comment) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
