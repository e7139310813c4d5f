package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import dev.adjoint.processor.rules.DerivativeRules;
import dev.adjoint.processor.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The partial derivatives one linearized operation contributes: for {@code z = op(a, b)}, one
 * {@link Term} per active variable operand, looked up in the rule table. Forward mode, reverse
 * mode and to-be-recorded analysis all ask this one place.
 */
public final class Partials {
  private Partials() {}

  /**
   * {@code ∂z/∂operand = partial}, where the operand is a location: a variable or an array
   * element of an active variable.
   */
  public record Term(Expr operand, Expr partial, Var index) {
    public Term(Expr operand, Expr partial) {
      this(operand, partial, null);
    }

    public Var root() {
      return Exprs.root(operand);
    }

    /**
     * True when the operand is a whole array and {@code partial} reads {@link #index()}: the
     * contribution is {@code Σ_k operand[k] * partial(k)}, a loop rather than an expression.
     */
    public boolean isElementwise() {
      return index != null;
    }
  }

  /** The rule applying to the operation {@code op}, if it is one with a derivative. */
  public static Optional<Rule> rule(Expr op) {
    if (op instanceof Ref || op instanceof Index
        || (op instanceof Cast c && c.operand().type() == Type.DOUBLE)) {
      return DerivativeRules.lookup(DerivativeRules.COPY);
    }
    if (op instanceof Unary u && u.op() == Unary.Op.NEG) {
      return DerivativeRules.lookup(DerivativeRules.NEG);
    }
    if (op instanceof Binary b && b.op().isArithmetic() && b.op() != Binary.Op.REM) {
      return Optional.of(DerivativeRules.of(b.op()));
    }
    if (op instanceof Call c) {
      return DerivativeRules.lookup(c);
    }
    return Optional.empty();
  }

  /** The operands of the operation, in the order the rule's partials expect. */
  public static List<Expr> operands(Expr op) {
    if (op instanceof Ref || op instanceof Index) {
      return List.of(op);
    }
    if (op instanceof Cast c) {
      return List.of(c.operand());
    }
    if (op instanceof Unary u) {
      return List.of(u.operand());
    }
    if (op instanceof Binary b) {
      return List.of(b.left(), b.right());
    }
    if (op instanceof Call c) {
      return c.args();
    }
    return List.of();
  }

  /**
   * The terms of {@code op} with the partials of one operand added up: {@code x * x} gives one
   * term {@code x + x} for {@code x}, so each adjoint is updated once.
   */
  public static List<Term> merged(Expr op, Expr z, Activity activity) {
    List<Term> out = new ArrayList<>();
    for (Term t : of(op, z, activity)) {
      int same = -1;
      for (int k = 0; k < out.size() && !t.isElementwise(); k++) {
        if (!out.get(k).isElementwise() && Exprs.sameLocation(out.get(k).operand(), t.operand())) {
          same = k;
        }
      }
      if (same < 0) {
        out.add(t);
      } else {
        Term first = out.get(same);
        out.set(same, new Term(first.operand(), Build.add(
            first.partial(), t.partial())));
      }
    }
    return out;
  }

  /** Whether some partial of {@code op} reads its result {@code z}. */
  public static boolean usesResult(Expr op) {
    return rule(op).map(Rule::usesResult).orElse(false);
  }

  /**
   * The terms of {@code op} for its active operands, with {@code z} standing for the result in
   * formulas that read it. Empty when {@code op} does not vary.
   */
  public static List<Term> of(Expr op, Expr z, Activity activity) {
    List<Term> terms = new ArrayList<>();
    if (op.type() != Type.DOUBLE || op instanceof NewArray
        || op instanceof Invoke || !activity.varies(op)) {
      return terms;
    }
    Optional<Rule> rule = rule(op);
    if (rule.isEmpty()) {
      throw new IllegalStateException("no derivative rule for active operation " + op);
    }
    List<Expr> args = operands(op);
    for (int i = 0; i < args.size(); i++) {
      Rule.Partial partial = rule.get().partial(i);
      Rule.ElementPartial element = rule.get().elementPartial(i);
      Expr arg = args.get(i);
      if (element != null && (arg instanceof Ref || arg instanceof Index)
          && arg.type().isArray() && activity.isActiveLocation(arg)) {
        Var k = new Var("k", Type.INT, Var.Kind.TEMP);
        terms.add(new Term(arg, element.of(args, z, new Ref(k)), k));
      } else if (partial != null && (arg instanceof Ref || arg instanceof Index)
          && activity.isActiveLocation(arg)) {
        terms.add(new Term(arg, partial.of(args, z)));
      } else if ((partial != null || element != null) && activity.varies(args.get(i))) {
        throw new IllegalStateException("operand not linearized: " + args.get(i));
      }
    }
    return terms;
  }
}
