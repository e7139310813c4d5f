package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Var;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Activity at each statement rather than per variable: whether a variable is <em>varied</em>
 * just before a statement (its value there may depend on a differentiable parameter), and
 * whether it is <em>useful</em> just after one (its value there may still reach the result).
 * {@link Activity} answers "anywhere"; this answers "here".
 *
 * <p>The transforms use it so that a value that does not depend on the inputs, or no longer
 * reaches the result, contributes exactly nothing: forward mode drops the term of an operand not
 * varied before its statement (a zero tangent times a NaN partial, as in {@code hypot(c, c)} at
 * {@code c == 0}, would be NaN), and reverse mode skips the adjoint of a statement whose target is
 * not useful after it (a zero adjoint times an infinite partial, as in a local squared until it
 * overflows and then overwritten, would be NaN). Both are exact: the dropped tangent and the
 * skipped adjoint are zero.
 *
 * <p>A third analysis, {@link #surelyUseful}, asks whether a value reaches the result on
 * <em>every</em> path. Where it may not, its adjoint is zero on the paths that skip the use, and
 * reverse mode skips the adjoint's work when it is zero: a value used only in a branch not taken
 * ({@code e = log1p(exp(x))} with {@code exp(x)} infinite) would otherwise make the gradient
 * {@code 0 · ∞}, NaN.
 *
 * <p>Invariant: scalars are tracked one by one, arrays as a whole (writing {@code a[i]} neither
 * kills {@code a} nor frees its other elements), branches merge by union and loops iterate to a
 * fixpoint, so "not varied" and "not useful" are only ever claimed when they hold on every path.
 * "Surely useful" merges by intersection, counts every loop as possibly running no iteration, and
 * is claimed only for statements it saw.
 */
public final class ActivityAt {
  private final Map<Stmt, Set<Var>> sets = new IdentityHashMap<>();

  private ActivityAt() {}

  /** The variables varied before each statement of {@code f}, its differentiable parameters first. */
  public static ActivityAt varied(Function f) {
    ActivityAt at = new ActivityAt();
    at.forward(f.body().stmts(), new HashSet<>(f.differentiableParams()));
    return at;
  }

  /** The variables useful after each statement of {@code f}, towards the value it returns. */
  public static ActivityAt useful(Function f) {
    ActivityAt at = new ActivityAt();
    at.backward(f.body().stmts(), new HashSet<>());
    return at;
  }

  /**
   * The variables surely useful after each statement of {@code f}: on every path from there to
   * the return, their value reaches the result before it is overwritten.
   */
  public static ActivityAt surelyUseful(Function f) {
    ActivityAt at = new ActivityAt();
    at.backwardOnEveryPath(f.body().stmts(), new HashSet<>());
    return at;
  }

  /** For {@link #surelyUseful}: whether {@code v}'s value just after {@code s} reaches the result on every path. */
  public boolean isSurelyUsefulAfter(Stmt s, Var v) {
    Set<Var> set = sets.get(s);
    return set != null && set.contains(v); // a statement the analysis did not see: not claimed
  }

  /** For {@link #varied}: whether {@code v} may depend on a differentiable input just before {@code s}. */
  public boolean isVariedBefore(Stmt s, Var v) {
    return holds(s, v);
  }

  /** For {@link #useful}: whether {@code v}'s value just after {@code s} may reach the result. */
  public boolean isUsefulAfter(Stmt s, Var v) {
    return holds(s, v);
  }

  private boolean holds(Stmt s, Var v) {
    Set<Var> set = sets.get(s);
    return set == null || set.contains(v); // a statement the analysis did not see: assume so
  }

  // ---- varied: forward ----

  private Set<Var> forward(List<Stmt> stmts, Set<Var> varied) {
    for (Stmt s : stmts) {
      if (s instanceof Declare d) {
        sets.put(s, Set.copyOf(varied));
        varied.remove(d.var());
        if (d.init() != null && varies(d.init(), varied)) {
          varied.add(d.var());
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, Set.copyOf(varied));
        Var v = Exprs.root(a.target());
        boolean varies = varies(a.value(), varied);
        if (a.target() instanceof Ref) {
          varied.remove(v);
        }
        if (varies) {
          varied.add(v);
        }
      } else if (s instanceof Eval e && e.source() != null) {
        // gVjp(args, seed, accumulators) adds into its accumulators from all its arguments
        if (varies(e.call(), varied)) {
          for (Expr acc : accumulators(e)) {
            varied.add(Exprs.root(acc));
          }
        }
      } else if (s instanceof If i) {
        Set<Var> then = forward(i.then().stmts(), new HashSet<>(varied));
        varied.addAll(forward(i.otherwise().stmts(), new HashSet<>(varied)));
        varied.addAll(then);
      } else if (s instanceof Loop l) {
        forward(l.init(), varied);
        while (true) {
          Set<Var> out = forward(l.body().stmts(), new HashSet<>(varied));
          forward(l.update(), out);
          if (!varied.addAll(out)) {
            break;
          }
        }
      }
    }
    return varied;
  }

  private static boolean varies(Expr e, Set<Var> varied) {
    for (Var r : Activity.differentiableReads(e)) {
      if (varied.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private static List<Expr> accumulators(Eval e) {
    Call vjp = (Call) e.call();
    return vjp.args().subList(e.source().args().size() + 1, vjp.args().size()).stream()
        .filter(acc -> Exprs.root(acc) != null).toList();
  }

  // ---- useful: backward ----

  private Set<Var> backward(List<Stmt> stmts, Set<Var> useful) {
    for (int k = stmts.size() - 1; k >= 0; k--) {
      Stmt s = stmts.get(k);
      if (s instanceof Return r) {
        useful.addAll(Activity.differentiableReads(r.value()));
      } else if (s instanceof Declare d) {
        sets.put(s, Set.copyOf(useful));
        boolean wasUseful = useful.remove(d.var());
        if (wasUseful && d.init() != null) {
          useful.addAll(Activity.differentiableReads(d.init()));
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, Set.copyOf(useful));
        Var v = Exprs.root(a.target());
        boolean wasUseful = a.target() instanceof Ref ? useful.remove(v) : useful.contains(v);
        if (wasUseful) {
          useful.addAll(Activity.differentiableReads(a.value()));
        }
      } else if (s instanceof Eval e && e.source() != null) {
        if (accumulators(e).stream().anyMatch(acc -> useful.contains(Exprs.root(acc)))) {
          useful.addAll(Activity.differentiableReads(e.call()));
        }
      } else if (s instanceof If i) {
        Set<Var> then = backward(i.then().stmts(), new HashSet<>(useful));
        useful.addAll(backward(i.otherwise().stmts(), new HashSet<>(useful)));
        useful.addAll(then);
      } else if (s instanceof Loop l) {
        // at the loop's head: useful after the loop, or in the next iteration
        while (true) {
          Set<Var> head = backward(l.update(), new HashSet<>(useful));
          head = backward(l.body().stmts(), head);
          if (!useful.addAll(head)) {
            break;
          }
        }
        backward(l.init(), useful);
      }
    }
    return useful;
  }

  // ---- surely useful: backward, intersecting at joins ----

  private Set<Var> backwardOnEveryPath(List<Stmt> stmts, Set<Var> sure) {
    for (int k = stmts.size() - 1; k >= 0; k--) {
      Stmt s = stmts.get(k);
      if (s instanceof Return r) {
        sure.clear(); // nothing after a return runs
        sure.addAll(Activity.differentiableReads(r.value()));
      } else if (s instanceof Declare d) {
        sets.put(s, Set.copyOf(sure));
        if (sure.remove(d.var()) && d.init() != null) {
          sure.addAll(Activity.differentiableReads(d.init()));
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, Set.copyOf(sure));
        Var v = Exprs.root(a.target());
        if (a.target() instanceof Ref ? sure.remove(v) : sure.contains(v)) {
          sure.addAll(Activity.differentiableReads(a.value()));
        }
      } else if (s instanceof Eval e && e.source() != null) {
        if (accumulators(e).stream().anyMatch(acc -> sure.contains(Exprs.root(acc)))) {
          sure.addAll(Activity.differentiableReads(e.call()));
        }
      } else if (s instanceof If i) {
        Set<Var> then = backwardOnEveryPath(i.then().stmts(), new HashSet<>(sure));
        Set<Var> otherwise = backwardOnEveryPath(i.otherwise().stmts(), new HashSet<>(sure));
        sure.clear();
        sure.addAll(then);
        sure.retainAll(otherwise);
      } else if (s instanceof Loop l) {
        // at the loop's head: useful after the loop (no more iterations) and in the next one;
        // shrinking from "after the loop" reaches the largest such set
        Set<Var> head = new HashSet<>(sure);
        while (true) {
          Set<Var> next = backwardOnEveryPath(l.update(), new HashSet<>(head));
          next = backwardOnEveryPath(l.body().stmts(), next);
          next.retainAll(sure);
          if (next.equals(head)) {
            break;
          }
          head = next;
        }
        sure.clear();
        sure.addAll(head);
        backwardOnEveryPath(l.init(), sure);
      }
    }
    return sure;
  }
}
