package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
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
 * <p>Invariant: scalars are tracked one by one. Usefulness tracks an element {@code a[2]} at a
 * constant index on its own, so {@code double[] a = {2 * x, log1p(exp(x * x))}; return a[0];}
 * gives {@code a[1]} no adjoint; any other array access stands for the array as a whole (writing
 * {@code a[i]} neither kills {@code a} nor frees its other elements). Varied-ness tracks arrays as
 * a whole. Branches merge by union and loops iterate to a fixpoint, so "not varied" and "not
 * useful" are only ever claimed when they hold on every path.
 * "Surely useful" merges by intersection, counts every loop as possibly running no iteration,
 * claims an element only when it is read at its constant index or its array is returned whole
 * ({@code return a[i]} surely reads no particular element), and is claimed only for statements it
 * saw.
 */
public final class ActivityAt {
  /** A variable as a whole ({@code index < 0}), or one element of a local or parameter array. */
  private record Location(Var var, int index) {
    static Location whole(Var v) {
      return new Location(v, -1);
    }

    /** {@code a[2]} as its element, anything else ({@code x}, {@code a[i]}, {@code m[0][1]}) as its root. */
    static Location of(Expr e) {
      if (e instanceof Index i && i.array() instanceof Ref array
          && array.type() == Type.DOUBLE_ARRAY && i.index() instanceof Literal k
          && k.integralValue().isPresent() && k.integralValue().getAsLong() >= 0) {
        return new Location(array.var(), (int) k.integralValue().getAsLong());
      }
      return whole(Exprs.root(e));
    }

    boolean isElement() {
      return index >= 0;
    }
  }

  private final Map<Stmt, Set<Location>> sets = new IdentityHashMap<>();

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

  /**
   * For {@link #surelyUseful}: whether the value of {@code target} ({@code v}, {@code a[2]},
   * {@code a[i]}) just after {@code s} reaches the result on every path.
   */
  public boolean isSurelyUsefulAfter(Stmt s, Expr target) {
    Set<Location> set = sets.get(s);
    return set != null && surelyContains(set, Location.of(target)); // not seen: not claimed
  }

  /** For {@link #varied}: whether {@code v} may depend on a differentiable input just before {@code s}. */
  public boolean isVariedBefore(Stmt s, Var v) {
    Set<Location> set = sets.get(s);
    return set == null || set.contains(Location.whole(v)); // not seen: assume so
  }

  /** For {@link #useful}: whether the value of {@code target} just after {@code s} may reach the result. */
  public boolean isUsefulAfter(Stmt s, Expr target) {
    Set<Location> set = sets.get(s);
    return set == null || contains(set, Location.of(target)); // not seen: assume so
  }

  /** An element is in the set on its own or with its whole array; a whole variable with any of its elements. */
  private static boolean contains(Set<Location> set, Location l) {
    if (set.contains(l) || set.contains(Location.whole(l.var()))) {
      return true;
    }
    return !l.isElement() && set.stream().anyMatch(e -> e.var() == l.var());
  }

  /**
   * For "surely useful": an element or variable is in the set on its own or with its whole
   * array; {@code a[i]} at a variable index only with its whole array.
   */
  private static boolean surelyContains(Set<Location> set, Location l) {
    return set.contains(l) || set.contains(Location.whole(l.var()));
  }

  /**
   * What {@code e} surely reads: scalars, array elements at constant indices, and an array
   * returned whole. {@code a[i]} at a variable index, or an array passed to a call, reads some
   * element, maybe not the one a given write stores, so it surely reads none.
   */
  private static Set<Location> surelyRead(Expr e) {
    Set<Location> out = new HashSet<>();
    if (e instanceof Ref r && r.type().isArray()) {
      out.add(Location.whole(r.var()));
      return out;
    }
    Activity.forEachDifferentiableRead(e, location -> {
      Location l = Location.of(location);
      if (l.isElement() || !l.var().type().isArray()) {
        out.add(l);
      }
    });
    return out;
  }

  /** The value written to {@code target} is dead before the write: a scalar, a whole array, or a constant element. */
  private static void kill(Set<Location> set, Expr target) {
    Location l = Location.of(target);
    if (l.isElement()) {
      set.remove(l);
    } else if (target instanceof Ref) {
      set.removeIf(e -> e.var() == l.var());
    }
  }

  private static Set<Location> reads(Expr e) {
    Set<Location> out = new HashSet<>();
    Activity.forEachDifferentiableRead(e, location -> out.add(Location.of(location)));
    return out;
  }

  private static Set<Location> wholes(Set<Var> vars) {
    Set<Location> out = new HashSet<>();
    for (Var v : vars) {
      out.add(Location.whole(v));
    }
    return out;
  }

  // ---- varied: forward ----

  private Set<Var> forward(List<Stmt> stmts, Set<Var> varied) {
    for (Stmt s : stmts) {
      if (s instanceof Declare d) {
        sets.put(s, wholes(varied));
        varied.remove(d.var());
        if (d.init() != null && varies(d.init(), varied)) {
          varied.add(d.var());
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, wholes(varied));
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

  private Set<Location> backward(List<Stmt> stmts, Set<Location> useful) {
    for (int k = stmts.size() - 1; k >= 0; k--) {
      Stmt s = stmts.get(k);
      if (s instanceof Return r) {
        useful.addAll(reads(r.value()));
      } else if (s instanceof Declare d) {
        sets.put(s, Set.copyOf(useful));
        boolean wasUseful = contains(useful, Location.whole(d.var()));
        kill(useful, new Ref(d.var()));
        if (wasUseful && d.init() != null) {
          useful.addAll(reads(d.init()));
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, Set.copyOf(useful));
        boolean wasUseful = contains(useful, Location.of(a.target()));
        kill(useful, a.target());
        if (wasUseful) {
          useful.addAll(reads(a.value()));
        }
      } else if (s instanceof Eval e && e.source() != null) {
        if (accumulators(e).stream().anyMatch(acc -> contains(useful, Location.of(acc)))) {
          useful.addAll(reads(e.call()));
        }
      } else if (s instanceof If i) {
        Set<Location> then = backward(i.then().stmts(), new HashSet<>(useful));
        useful.addAll(backward(i.otherwise().stmts(), new HashSet<>(useful)));
        useful.addAll(then);
      } else if (s instanceof Loop l) {
        // at the loop's head: useful after the loop, or in the next iteration
        while (true) {
          Set<Location> head = backward(l.update(), new HashSet<>(useful));
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

  private Set<Location> backwardOnEveryPath(List<Stmt> stmts, Set<Location> sure) {
    for (int k = stmts.size() - 1; k >= 0; k--) {
      Stmt s = stmts.get(k);
      if (s instanceof Return r) {
        sure.clear(); // nothing after a return runs
        sure.addAll(surelyRead(r.value()));
      } else if (s instanceof Declare d) {
        sets.put(s, Set.copyOf(sure));
        boolean wasSure = surelyContains(sure, Location.whole(d.var()));
        kill(sure, new Ref(d.var()));
        if (wasSure && d.init() != null) {
          sure.addAll(surelyRead(d.init()));
        }
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        sets.put(s, Set.copyOf(sure));
        boolean wasSure = surelyContains(sure, Location.of(a.target()));
        kill(sure, a.target());
        if (wasSure) {
          sure.addAll(surelyRead(a.value()));
        }
      } else if (s instanceof Eval e && e.source() != null) {
        if (accumulators(e).stream().anyMatch(acc -> surelyContains(sure, Location.of(acc)))) {
          sure.addAll(surelyRead(e.call()));
        }
      } else if (s instanceof If i) {
        Set<Location> then = backwardOnEveryPath(i.then().stmts(), new HashSet<>(sure));
        Set<Location> otherwise = backwardOnEveryPath(i.otherwise().stmts(), new HashSet<>(sure));
        sure.clear();
        sure.addAll(then);
        sure.retainAll(otherwise);
      } else if (s instanceof Loop l) {
        // at the loop's head: useful after the loop (no more iterations) and in the next one;
        // shrinking from "after the loop" reaches the largest such set
        Set<Location> head = new HashSet<>(sure);
        while (true) {
          Set<Location> next = backwardOnEveryPath(l.update(), new HashSet<>(head));
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
