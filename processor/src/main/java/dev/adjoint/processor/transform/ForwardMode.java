package dev.adjoint.processor.transform;

import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.analysis.Partials;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward mode (JVP): each active assignment {@code v = op(a, b)} is preceded by its tangent
 * {@code vDot = aDot * ∂op/∂a + bDot * ∂op/∂b}. The primal statements are kept, so the method
 * computes the value and the directional derivative in one pass and returns the latter.
 */
public final class ForwardMode {
  /** The JVP body, and the tangent parameter that follows each differentiable parameter. */
  public record Result(Block body, Map<Var, Var> paramTangents) {}

  private final Activity activity;
  private final Map<Var, Var> dots = new LinkedHashMap<>();

  private ForwardMode(Activity activity) {
    this.activity = activity;
  }

  public static Result apply(Function linearized, Activity activity) {
    ForwardMode mode = new ForwardMode(activity);
    Map<Var, Var> params = new LinkedHashMap<>();
    for (Var p : linearized.differentiableParams()) {
      params.put(p, mode.dot(p));
    }
    return new Result(mode.block(linearized.body()), params);
  }

  private Var dot(Var v) {
    return dots.computeIfAbsent(v, k -> new Var(k.hint() + "Dot", k.type(),
        k.kind() == Var.Kind.PARAM ? Var.Kind.PARAM : Var.Kind.LOCAL));
  }

  private Block block(Block b) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : b.stmts()) {
      if (s instanceof Declare d && activity.isActive(d.var())) {
        write(d.var(), d.init(), s, true, out);
      } else if (s instanceof Assign a && a.target() instanceof Ref r
          && activity.isActive(r.var())) {
        write(r.var(), a.value(), s, false, out);
      } else if (s instanceof If i) {
        out.add(new If(i.cond(), block(i.then()), block(i.otherwise()), i.pos()));
      } else if (s instanceof Return r) {
        boolean active = r.value() instanceof Ref ref && activity.isActive(ref.var());
        out.add(new Return(active ? new Ref(dot(((Ref) r.value()).var())) : Build.ZERO, r.pos()));
      } else {
        out.add(s);
      }
    }
    return Block.of(out);
  }

  private void write(Var v, Expr value, Stmt primal, boolean declare, List<Stmt> out) {
    Var vDot = dot(v);
    if (value == null) {
      out.add(primal);
      out.add(new Declare(vDot, null, Pos.NONE));
      return;
    }
    boolean selfRead = Exprs.reads(value).contains(v);
    if (!Partials.usesResult(value) || !activity.varies(value)) {
      // tangent first: it reads the operands' values before the primal overwrites v
      out.add(tangent(vDot, tangentOf(value, null), declare));
      out.add(primal);
    } else if (!selfRead) {
      out.add(primal);
      out.add(tangent(vDot, tangentOf(value, new Ref(v)), declare));
    } else {
      Var z = new Var(v.hint() + "New", v.type(), Var.Kind.TEMP);
      out.add(new Declare(z, value, Pos.NONE));
      out.add(tangent(vDot, tangentOf(value, new Ref(z)), declare));
      out.add(declare ? new Declare(v, new Ref(z), Pos.NONE) : new Assign(new Ref(v), new Ref(z), Pos.NONE));
    }
  }

  private Expr tangentOf(Expr value, Expr z) {
    Expr sum = Build.ZERO;
    for (Partials.Term t : Partials.of(value, z, activity)) {
      sum = Build.add(sum, Build.mul(new Ref(dot(t.operand())), t.partial()));
    }
    return sum;
  }

  private static Stmt tangent(Var vDot, Expr value, boolean declare) {
    if (!declare && value instanceof Ref r && r.var() == vDot) {
      return dev.adjoint.processor.ir.Comment.note("(" + vDot.hint() + " is unchanged)");
    }
    return declare ? new Declare(vDot, value, Pos.NONE) : new Assign(new Ref(vDot), value, Pos.NONE);
  }
}
