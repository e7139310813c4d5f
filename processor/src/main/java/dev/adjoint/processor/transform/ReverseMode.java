package dev.adjoint.processor.transform;

import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.analysis.Partials;
import dev.adjoint.processor.analysis.ToBeRecorded;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse mode (VJP) without a tape. The forward sweep is the primal code, plus the few values
 * {@link ToBeRecorded} says the reverse sweep needs and the branch decisions. The reverse sweep
 * then walks the statements backwards: for {@code v = op(a, b)} it restores {@code v} if it was
 * saved and adds {@code vBar * ∂op/∂a} into {@code aBar}. Branches stay branches, decided by the
 * saved condition.
 *
 * <p>Declarations inside branches are hoisted to the top of the method so the reverse sweep can
 * read them; every adjoint is a local {@code double} initialised to zero.
 */
public final class ReverseMode {

  /**
   * The VJP body without its ending: {@code body} runs both sweeps, after which {@code result}
   * is the primal value and each differentiable parameter's adjoint holds {@code seed · ∂f/∂p}.
   */
  public record Result(Block body, Expr result, Map<Var, Var> paramAdjoints) {}

  private final Activity activity;
  private final ToBeRecorded tbr;
  private final Map<Var, Var> bars = new LinkedHashMap<>();
  private final Map<Stmt, Var> savedValues = new IdentityHashMap<>();
  private final Map<If, Var> decisions = new IdentityHashMap<>();
  private final List<Stmt> hoisted = new ArrayList<>();
  private int conditions;
  private Expr result;
  private Expr returned;

  private ReverseMode(Activity activity, ToBeRecorded tbr) {
    this.activity = activity;
    this.tbr = tbr;
  }

  /**
   * @param seed the output cotangent: the {@code seed} parameter of a VJP, {@code 1.0} for a
   *     gradient
   */
  public static Result apply(Function linearized, Activity activity, ToBeRecorded tbr, Expr seed) {
    ReverseMode mode = new ReverseMode(activity, tbr);
    Map<Var, Var> params = new LinkedHashMap<>();
    for (Var p : linearized.differentiableParams()) {
      params.put(p, mode.bar(p));
    }
    List<Stmt> forward = mode.forward(linearized.body(), false);
    List<Stmt> reverse = mode.reverse(linearized.body());

    List<Stmt> body = new ArrayList<>(mode.hoisted);
    body.addAll(forward);
    if (!mode.bars.isEmpty()) {
      body.add(Comment.note("reverse sweep"));
    }
    Var returned =
        mode.returned instanceof Ref r && activity.isActive(r.var()) ? r.var() : null;
    for (Map.Entry<Var, Var> e : mode.bars.entrySet()) {
      boolean seeded = e.getKey() == returned;
      body.add(new Declare(e.getValue(), seeded ? seed : Build.ZERO, Pos.NONE));
    }
    body.addAll(reverse);
    return new Result(Block.of(body), mode.result, params);
  }

  private Var bar(Var v) {
    return bars.computeIfAbsent(v, k -> new Var(
        k.hint() + (k.kind() == Var.Kind.PARAM ? "BarSum" : "Bar"), Type.DOUBLE, Var.Kind.LOCAL));
  }

  // ---- forward sweep ----

  private List<Stmt> forward(Block block, boolean nested) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : block.stmts()) {
      if (s instanceof Declare d) {
        if (activity.isActive(d.var())) {
          bar(d.var());
        }
        if (!nested) {
          out.add(s);
        } else {
          hoisted.add(new Declare(d.var(), d.var().type().zero(), d.pos()));
          if (d.init() != null) {
            out.add(new Assign(new Ref(d.var()), d.init(), d.pos()));
          }
        }
      } else if (s instanceof Assign a && a.target() instanceof Ref r) {
        if (tbr.saves(s)) {
          Var saved = new Var(r.var().hint() + "Saved", r.var().type(), Var.Kind.TEMP);
          savedValues.put(s, saved);
          declare(saved, new Ref(r.var()), nested, out);
        }
        if (activity.isActive(r.var())) {
          bar(r.var());
        }
        out.add(s);
      } else if (s instanceof If i) {
        Expr cond = i.cond();
        if (needsReverse(i)) {
          Var decision = new Var("cond" + conditions++, Type.BOOLEAN, Var.Kind.TEMP);
          decisions.put(i, decision);
          declare(decision, cond, nested, out);
          cond = new Ref(decision);
        }
        out.add(new If(cond, Block.of(forward(i.then(), true)),
            Block.of(forward(i.otherwise(), true)), i.pos()));
      } else if (s instanceof Return r) {
        result = returnValue(r.value(), nested, out);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private void declare(Var v, Expr init, boolean nested, List<Stmt> out) {
    if (nested) {
      hoisted.add(new Declare(v, v.type().zero(), Pos.NONE));
      out.add(new Assign(new Ref(v), init, Pos.NONE));
    } else {
      out.add(new Declare(v, init, Pos.NONE));
    }
  }

  /** The returned value, copied if the reverse sweep will restore what it reads. */
  private Expr returnValue(Expr value, boolean nested, List<Stmt> out) {
    returned = value;
    boolean clobbered = dev.adjoint.processor.ir.Exprs.reads(value).stream()
        .anyMatch(tbr::isRestored);
    if (!clobbered) {
      return value;
    }
    Var copy = new Var("value", value.type(), Var.Kind.TEMP);
    declare(copy, value, nested, out);
    return new Ref(copy);
  }

  private boolean needsReverse(If i) {
    return needsReverse(i.then()) || needsReverse(i.otherwise());
  }

  private boolean needsReverse(Block b) {
    for (Stmt s : b.stmts()) {
      if (s instanceof Declare d && activity.isActive(d.var())) {
        return true;
      }
      if (s instanceof Assign a && a.target() instanceof Ref r
          && (activity.isActive(r.var()) || tbr.saves(s))) {
        return true;
      }
      if (s instanceof If i && needsReverse(i)) {
        return true;
      }
    }
    return false;
  }

  // ---- reverse sweep ----

  private List<Stmt> reverse(Block block) {
    List<Stmt> out = new ArrayList<>();
    List<Stmt> stmts = block.stmts();
    int end = stmts.size();
    for (int start = end - 1; start >= 0; start--) {
      if (start > 0 && !(stmts.get(start) instanceof Comment)) {
        continue;
      }
      // stmts[start, end) is one source statement, led by its comment when it has one
      List<Stmt> group = new ArrayList<>();
      for (int k = end - 1; k >= start; k--) {
        adjoint(stmts.get(k), group);
      }
      if (!group.isEmpty() && stmts.get(start) instanceof Comment c) {
        out.add(c.asAdjoint());
      }
      out.addAll(group);
      end = start;
    }
    return out;
  }

  private void adjoint(Stmt s, List<Stmt> out) {
    if (s instanceof Declare d && d.init() != null) {
      adjointOfWrite(s, d.var(), d.init(), false, out);
    } else if (s instanceof Assign a && a.target() instanceof Ref r) {
      adjointOfWrite(s, r.var(), a.value(), true, out);
    } else if (s instanceof If i && decisions.containsKey(i)) {
      out.add(new If(new Ref(decisions.get(i)), Block.of(reverse(i.then())),
          Block.of(reverse(i.otherwise())), i.pos()));
    }
  }

  private void adjointOfWrite(Stmt s, Var v, Expr value, boolean overwrite, List<Stmt> out) {
    Var saved = savedValues.get(s);
    if (saved != null) {
      out.add(new Assign(new Ref(v), new Ref(saved), Pos.NONE));
    }
    if (!activity.isActive(v)) {
      return;
    }
    Var vBar = bar(v);
    // z is v itself unless v was just restored: then recompute it from the restored operands
    Expr z = saved == null ? new Ref(v) : value;
    Expr self = null;
    for (Partials.Term t : Partials.of(value, z, activity)) {
      if (t.operand() == v) {
        self = self == null ? t.partial() : Build.add(self, t.partial());
      } else {
        Var uBar = bar(t.operand());
        Expr contribution = Build.mul(new Ref(vBar), t.partial());
        out.add(new Assign(new Ref(uBar), Build.add(new Ref(uBar), contribution), Pos.NONE));
      }
    }
    if (self != null) {
      if (!Build.isOne(self)) { // v = v + a leaves vBar as it is
        out.add(new Assign(new Ref(vBar), Build.mul(new Ref(vBar), self), Pos.NONE));
      }
    } else if (overwrite) {
      out.add(new Assign(new Ref(vBar), Build.ZERO, Pos.NONE));
    }
  }
}
