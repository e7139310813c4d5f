package dev.adjoint.processor.transform;

import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.analysis.ActivityAt;
import dev.adjoint.processor.analysis.Loops;
import dev.adjoint.processor.analysis.Partials;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward mode (JVP): each active assignment {@code v = op(a, b)} is preceded by its tangent
 * {@code vDot = aDot * ∂op/∂a + bDot * ∂op/∂b}; an active array {@code a} gets a tangent array
 * {@code aDot} of the same shape, element for element. The primal statements, branches and loops
 * are kept, so the method computes the value and the directional derivative in one pass and
 * returns the latter.
 *
 * <p><b>Invariant.</b> A tangent is computed whole from the operands' values and tangents as they
 * were before the statement, and only then stored: it is written before the primal overwrites an
 * operand (or after it, from {@code z}, when a partial reads the result), and into a local first
 * when element-wise terms read the array it is stored into ({@code b[0] = sum(b)}). An operand
 * not varied before the statement ({@link ActivityAt}) has a zero tangent and adds no term.
 */
public final class ForwardMode {
  /** The JVP body, and the tangent parameter that follows each differentiable parameter. */
  public record Result(Block body, Map<Var, Var> paramTangents, Map<Var, Var> tangents) {}

  private final Activity activity;
  private final ActivityAt variedAt;
  private final String paramSuffix;
  private final Map<Var, Var> dots = new LinkedHashMap<>();

  private ForwardMode(Activity activity, ActivityAt variedAt, String paramSuffix) {
    this.activity = activity;
    this.variedAt = variedAt;
    this.paramSuffix = paramSuffix;
  }

  public static Result apply(Function linearized, Activity activity) {
    return apply(linearized, activity, "Dot");
  }

  /**
   * @param paramSuffix names the parameters' tangents: {@code xDot} for a JVP, {@code xDir} for
   *     the direction of a Hessian-vector product
   */
  public static Result apply(Function linearized, Activity activity, String paramSuffix) {
    ForwardMode mode = new ForwardMode(activity, ActivityAt.varied(linearized), paramSuffix);
    Map<Var, Var> params = new LinkedHashMap<>();
    for (Var p : linearized.differentiableParams()) {
      params.put(p, mode.dot(p));
    }
    List<Stmt> body = new ArrayList<>();
    for (Function.Param p : linearized.params()) {
      if (!p.differentiable() && activity.isActive(p.var())) {
        // x = x * z makes a @NoDerivative x active: its tangent starts at zero
        Var xDot = new Var(p.var().hint() + "Dot", p.var().type(), Var.Kind.LOCAL);
        mode.dots.put(p.var(), xDot);
        body.add(new Declare(xDot, Build.ZERO, Pos.NONE));
      }
    }
    body.addAll(mode.stmts(linearized.body().stmts()));
    return new Result(Block.of(body), params, mode.dots);
  }

  private Var dot(Var v) {
    return dots.computeIfAbsent(v, k -> Var.derived(k,
        k.kind() == Var.Kind.PARAM ? paramSuffix : "Dot", k.type(),
        k.kind() == Var.Kind.PARAM ? Var.Kind.PARAM : Var.Kind.LOCAL));
  }

  private List<Stmt> stmts(List<Stmt> in) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : in) {
      if (s instanceof Declare d && activity.isActive(d.var())) {
        write(new Ref(d.var()), d.init(), s, true, out);
      } else if (s instanceof Assign a && activity.isActiveLocation(a.target())) {
        write(a.target(), a.value(), s, false, out);
      } else if (s instanceof If i) {
        out.add(new If(i.cond(), Block.of(stmts(i.then().stmts())),
            Block.of(stmts(i.otherwise().stmts())), i.pos()));
      } else if (s instanceof Loop l) {
        out.add(l.withBody(stmts(l.init()), stmts(l.update()), Block.of(stmts(l.body().stmts()))));
      } else if (s instanceof Eval e && e.source() != null
          && activity.varies(e.call())) {
        out.add(s);
        tangentOfVjpCall(e, out);
      } else if (s instanceof Return r) {
        out.add(new Return(returnTangent(r.value()), r.pos()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private Expr returnTangent(Expr value) {
    if (value instanceof Ref ref && activity.isActive(ref.var())) {
      return new Ref(dot(ref.var()));
    }
    return Build.zeroLike(value);
  }

  private void write(Expr target, Expr value, Stmt primal, boolean declare, List<Stmt> out) {
    Expr targetDot = Exprs.rebase(target, dot(Exprs.root(target)));
    if (value == null) {
      out.add(primal);
      out.add(new Declare(dot(Exprs.root(target)), null, Pos.NONE));
      return;
    }
    if (value instanceof NewArray n) {
      // an active array gets a tangent array of the same shape
      out.add(primal);
      out.add(tangent(targetDot, new NewArray(n.type(), n.dims(), Pos.NONE), declare));
      return;
    }
    if (target.type().isArray() && !activity.varies(value)) {
      // an array that becomes active later: a zero tangent of its shape (null while it is null)
      out.add(primal);
      out.add(tangent(targetDot, value instanceof Literal ? value : Build.zeroLike(target),
          declare));
      return;
    }
    if (value instanceof Call c && c.owner().equals("java.util.Arrays")
        && c.name().equals("copyOf") && activity.varies(c)) {
      // a saved-value stack grows: its tangent stack grows with it
      Expr stack = c.args().get(0);
      out.add(tangent(targetDot, new Call(c.owner(), c.name(), List.of(
          Exprs.rebase(stack, dot(Exprs.root(stack))), c.args().get(1)), c.type(), Pos.NONE),
          declare));
      out.add(primal);
      return;
    }
    if (target.type().isArray() && Exprs.root(value) != null) {
      // an array reference copied, as when a scratch array is saved on a stack and restored
      // from it: its tangent array goes with it
      out.add(tangent(targetDot, Exprs.rebase(value, dot(Exprs.root(value))), declare));
      out.add(primal);
      return;
    }
    if (value instanceof Invoke call && activity.varies(call)) {
      // the chain rule across methods: the callee's own forward mode
      out.add(tangent(targetDot, jvpOf(call), declare));
      out.add(primal);
      return;
    }
    if ((!Partials.usesResult(value) || !activity.varies(value)) && declare
        && target instanceof Ref) {
      // a new local: nothing the tangent reads changes, so it follows the value it belongs to
      out.add(primal);
      tangent(targetDot, value, null, primal, declare, out);
    } else if (!Partials.usesResult(value) || !activity.varies(value)) {
      // tangent first: it reads the operands' values before the primal overwrites the target
      tangent(targetDot, value, null, primal, declare, out);
      out.add(primal);
    } else if (!mayReadTarget(value, target)) {
      out.add(primal);
      tangent(targetDot, value, target, primal, declare, out);
    } else {
      Var z = new Var(Exprs.root(target).hint() + "New", value.type(), Var.Kind.TEMP);
      out.add(new Declare(z, value, Pos.NONE));
      tangent(targetDot, value, new Ref(z), primal, declare, out);
      out.add(declare ? new Declare(Exprs.root(target), new Ref(z), Pos.NONE)
          : new Assign(target, new Ref(z), Pos.NONE));
    }
  }

  /**
   * The tangent of {@code gVjp(x, seed, acc)}, which adds {@code seed · ∇g(x)} into {@code acc}:
   * {@code accDot} gains {@code seedDot · ∇g(x)} (the callee's VJP once more, seeded with
   * {@code seedDot}) and {@code seed · H_g(x) xDot} (the callee's {@code gHvp}, unflattened).
   * Only second derivatives differentiate such calls.
   */
  private void tangentOfVjpCall(Eval e, List<Stmt> out) {
    Invoke g = e.source();
    Call vjp = (Call) e.call();
    int n = g.args().size();
    List<Expr> primalArgs = vjp.args().subList(0, n);
    Expr seed = vjp.args().get(n);
    List<Expr> accs = vjp.args().subList(n + 1, vjp.args().size());
    List<Expr> accDots = new ArrayList<>();
    for (Expr acc : accs) {
      accDots.add(activity.isActiveLocation(acc) ? Exprs.rebase(acc, dot(Exprs.root(acc)))
          : Build.zeroLike(acc));
    }
    if (activity.isActiveLocation(seed)) {
      List<Expr> args = new ArrayList<>(primalArgs);
      args.add(Exprs.rebase(seed, dot(Exprs.root(seed))));
      args.addAll(accDots);
      out.add(new Eval(new Call(g.companion(), g.name() + "Vjp", args,
          vjp.type(), Pos.NONE), null, Pos.NONE));
    }
    List<Expr> hvpArgs = new ArrayList<>(primalArgs);
    boolean anyDirection = false;
    for (int i = 0; i < n; i++) {
      if (g.differentiable().get(i)) {
        Expr arg = primalArgs.get(i);
        boolean active = activity.isActiveLocation(arg);
        anyDirection |= active;
        hvpArgs.add(active ? Exprs.rebase(arg, dot(Exprs.root(arg))) : Build.zeroLike(arg));
      }
    }
    if (!anyDirection) {
      return;
    }
    Var h = new Var(g.name() + "Hvp", Type.DOUBLE_ARRAY,
        Var.Kind.TEMP);
    out.add(new Declare(h, new Call(g.companion(), g.name() + "Hvp", hvpArgs,
        Type.DOUBLE_ARRAY, Pos.NONE), Pos.NONE));
    Var at = new Var("at", Type.INT, Var.Kind.TEMP);
    out.add(new Declare(at, Literal.ofInt(0), Pos.NONE));
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (!g.differentiable().get(i)) {
        continue;
      }
      Expr arg = primalArgs.get(i);
      Expr accDot = accDots.get(j++);
      boolean location = Exprs.root(accDot) != null;
      Expr atRef = new Ref(at);
      if (arg.type().isArray()) {
        Var k = new Var("k", Type.INT, Var.Kind.TEMP);
        Expr hk = new Index(new Ref(h), new dev.adjoint.processor.ir
            .Binary(Binary.Op.ADD, atRef, new Ref(k),
            Type.INT, Pos.NONE), Type.DOUBLE,
            Pos.NONE);
        Expr target = new Index(accDot, new Ref(k),
            Type.DOUBLE, Pos.NONE);
        if (location) {
          out.add(Build.overElements(k, arg, new Assign(target,
              Build.add(target, Build.mul(seed, hk)), Pos.NONE)));
        }
        out.add(new Assign(atRef, new Binary(
            Binary.Op.ADD, atRef, new Length(arg, Pos.NONE),
            Type.INT, Pos.NONE), Pos.NONE));
      } else {
        Expr hAt = new Index(new Ref(h), atRef,
            Type.DOUBLE, Pos.NONE);
        Expr target = new Index(accDot,
            Literal.ofInt(0), Type.DOUBLE,
            Pos.NONE);
        if (location) {
          out.add(new Assign(target, Build.add(target, Build.mul(seed, hAt)), Pos.NONE));
        }
        out.add(new Assign(atRef, new Binary(
            Binary.Op.ADD, atRef, Literal
            .ofInt(1), Type.INT, Pos.NONE), Pos.NONE));
      }
    }
  }

  /** {@code OwnerDerivatives.gJvp(a, aDot, n, ...)}: a zero tangent for an inactive argument. */
  private Expr jvpOf(Invoke call) {
    List<Expr> args = new ArrayList<>();
    for (int i = 0; i < call.args().size(); i++) {
      Expr arg = call.args().get(i);
      args.add(arg);
      if (call.differentiable().get(i)) {
        args.add(activity.isActiveLocation(arg) ? Exprs.rebase(arg, dot(Exprs.root(arg)))
            : Build.zeroLike(arg));
      }
    }
    return new Call(call.companion(), call.name() + "Jvp", args, call.type(), Pos.NONE);
  }

  /** Whether {@code value} may read the storage {@code target} writes (same variable or array). */
  static boolean mayReadTarget(Expr value, Expr target) {
    return Exprs.reads(value).contains(Exprs.root(target));
  }

  /**
   * {@code targetDot = Σ operandDot * partial}; element-wise terms ({@code dot(a, b)}) add a loop
   * {@code for (k ...) targetDot += aDot[k] * partial(k)} after it.
   */
  private void tangent(Expr targetDot, Expr value, Expr z, Stmt primal, boolean declare,
      List<Stmt> out) {
    Expr sum = Build.ZERO;
    List<Partials.Term> elementwise = new ArrayList<>();
    for (Partials.Term t : Partials.merged(value, z, activity)) {
      if (!variedAt.isVariedBefore(primal, t.root())) {
        continue; // its tangent is zero here, and a NaN partial must not make it NaN
      }
      if (t.isElementwise()) {
        elementwise.add(t);
        continue;
      }
      Expr operandDot = Exprs.rebase(t.operand(), dot(t.root()));
      sum = Build.add(sum, Build.mul(operandDot, t.partial()));
    }
    Expr storedDot = targetDot;
    Var storedRoot = Exprs.root(targetDot);
    if (elementwise.stream().anyMatch(t -> dot(t.root()) == storedRoot)) {
      // b[0] = sum(b): the loops below read bDot, so the tangent is summed apart and stored last
      targetDot = new Ref(new Var(storedRoot.hint() + "Elem", Type.DOUBLE,
          Var.Kind.TEMP));
      declare = true;
    }
    out.add(tangent(targetDot, sum, declare));
    for (Partials.Term t : elementwise) {
      Expr k = new Ref(t.index());
      Expr operandDot = new Index(
          Exprs.rebase(t.operand(), dot(t.root())), k, Type.DOUBLE,
          Pos.NONE);
      out.add(Build.overElements(t.index(), t.operand(), new Assign(targetDot,
          Build.add(targetDot, Build.mul(operandDot, t.partial())), Pos.NONE)));
    }
    if (storedDot != targetDot) {
      out.add(new Assign(storedDot, targetDot, Pos.NONE));
    }
  }

  private static Stmt tangent(Expr targetDot, Expr value, boolean declare) {
    if (!declare && Exprs.sameLocation(targetDot, value)) {
      return Comment.note("(" + Exprs.root(targetDot).hint() + " is unchanged)");
    }
    return declare
        ? new Declare(Exprs.root(targetDot), value, Pos.NONE)
        : new Assign(targetDot, value, Pos.NONE);
  }
}
