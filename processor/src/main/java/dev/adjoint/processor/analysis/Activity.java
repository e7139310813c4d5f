package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Conditional;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import dev.adjoint.processor.rules.DerivativeRules;
import dev.adjoint.processor.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Activity analysis: a variable is <em>active</em> when it depends differentiably on a
 * differentiable parameter (varied) and influences the result differentiably (useful). Only
 * active variables get tangents and adjoints; everything else is copied as plain primal code.
 *
 * <p>The analysis is per variable, not per program point: a variable active anywhere is active
 * everywhere. That is conservative (it may zero a tangent that is never read) and never wrong.
 * Conditions, integer arithmetic and piecewise-constant functions carry no derivative.
 *
 * <p><b>Invariant.</b> An inactive variable's tangent and adjoint are zero everywhere, so the
 * transforms leave it out. Where an active variable holds a constant or a dead value,
 * {@link ActivityAt} says so statement by statement.
 */
public final class Activity {
  private final Set<Var> varied;
  private final Set<Var> useful;

  private Activity(Set<Var> varied, Set<Var> useful) {
    this.varied = varied;
    this.useful = useful;
  }

  public static Activity of(Function f) {
    Expr result = Stmts.returned(f.body());
    return of(f, result == null ? Set.of() : differentiableReads(result));
  }

  /**
   * Activity towards chosen outputs instead of the returned value: second-order derivatives
   * differentiate a gradient body, whose outputs are the parameters' adjoints.
   */
  public static Activity of(Function f, Set<Var> outputs) {
    Set<Var> varied = new HashSet<>(f.differentiableParams());
    boolean changed = true;
    while (changed) {
      boolean[] grew = {false};
      Stmts.forEachWrite(f.body(), (v, value) -> {
        if (v.type().isDifferentiable() && !varied.contains(v)
            && intersects(differentiableReads(value), varied)) {
          grew[0] |= varied.add(v);
        }
      });
      changed = grew[0];
    }
    Set<Var> useful = new HashSet<>(outputs);
    changed = true;
    while (changed) {
      boolean[] grew = {false};
      Stmts.forEachWrite(f.body(), (v, value) -> {
        if (useful.contains(v)) {
          for (Var r : differentiableReads(value)) {
            grew[0] |= useful.add(r);
          }
        }
      });
      changed = grew[0];
    }
    return new Activity(varied, useful);
  }

  public boolean isActive(Var v) {
    return varied.contains(v) && useful.contains(v);
  }

  /** Whether a location ({@code v}, {@code a[i]}) lives in an active variable. */
  public boolean isActiveLocation(Expr location) {
    Var root = Exprs.root(location);
    return root != null && isActive(root);
  }

  /** Whether {@code e}'s value depends differentiably on an active variable. */
  public boolean varies(Expr e) {
    for (Var v : differentiableReads(e)) {
      if (isActive(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The calls on the path from an input to the result that have no derivative rule: each is a
   * compile error, never a silent zero.
   */
  public List<Call> callsWithoutRule(Function f) {
    List<Call> out = new ArrayList<>();
    forEachOnActivePath(f, e -> {
      if (e instanceof Call c && DerivativeRules.lookup(c).isEmpty()
          && c.type() == Type.DOUBLE && c.args().stream().anyMatch(this::varies)) {
        out.add(c);
      }
    });
    return out;
  }

  /**
   * Arguments that depend on a differentiable parameter but go to a parameter the callee does
   * not differentiate ({@code @NoDerivative}, or left out of {@code wrt}): their derivative
   * would be lost, so each is a compile error.
   */
  public List<Expr> argumentsLosingDerivatives(Function f) {
    List<Expr> out = new ArrayList<>();
    forEachOnActivePath(f, e -> {
      if (e instanceof Invoke call) {
        for (int i = 0; i < call.args().size(); i++) {
          Expr arg = call.args().get(i);
          if (!call.differentiable().get(i) && arg.type().isDifferentiable()
              && intersects(differentiableReads(arg), varied)) {
            out.add(arg);
          }
        }
      }
    });
    return out;
  }

  /** Visits every sub-expression of the values written to active variables and returned. */
  private void forEachOnActivePath(Function f, Consumer<Expr> visit) {
    Stmts.forEachWrite(f.body(), (v, value) -> {
      if (isActive(v)) {
        visitAll(value, visit);
      }
    });
    Expr result = Stmts.returned(f.body());
    if (result != null) {
      visitAll(result, visit);
    }
  }

  private static void visitAll(Expr e, Consumer<Expr> visit) {
    visit.accept(e);
    for (Expr child : Exprs.children(e)) {
      visitAll(child, visit);
    }
  }

  /** The variables {@code e} reads through operations that carry a derivative. */
  static Set<Var> differentiableReads(Expr e) {
    Set<Var> out = new LinkedHashSet<>();
    forEachDifferentiableRead(e, location -> out.add(Exprs.root(location)));
    return out;
  }

  /**
   * The locations {@code e} reads through operations that carry a derivative: a {@link Ref}, or
   * an {@link Index} into a parameter's or local's array.
   */
  static void forEachDifferentiableRead(Expr e, Consumer<Expr> read) {
    if (!e.type().isDifferentiable()) {
      return; // integers and booleans carry no derivative
    }
    if (e instanceof Ref) {
      read.accept(e);
    } else if (e instanceof Index i) {
      if (Exprs.root(i) != null) {
        read.accept(i);
      }
    } else if (e instanceof Unary u) {
      forEachDifferentiableRead(u.operand(), read);
    } else if (e instanceof Binary b) {
      forEachDifferentiableRead(b.left(), read);
      forEachDifferentiableRead(b.right(), read);
    } else if (e instanceof Conditional c) {
      forEachDifferentiableRead(c.ifTrue(), read);
      forEachDifferentiableRead(c.ifFalse(), read);
    } else if (e instanceof Cast c) {
      forEachDifferentiableRead(c.operand(), read);
    } else if (e instanceof Invoke call) {
      for (int i = 0; i < call.args().size(); i++) {
        if (call.differentiable().get(i)) {
          forEachDifferentiableRead(call.args().get(i), read);
        }
      }
    } else if (e instanceof Call c) {
      Optional<Rule> rule = DerivativeRules.lookup(c);
      for (int i = 0; i < c.args().size(); i++) {
        if (rule.isEmpty() || rule.get().hasPartial(i)) {
          forEachDifferentiableRead(c.args().get(i), read);
        }
      }
    }
  }

  private static boolean intersects(Set<Var> a, Set<Var> b) {
    for (Var v : a) {
      if (b.contains(v)) {
        return true;
      }
    }
    return false;
  }
}
