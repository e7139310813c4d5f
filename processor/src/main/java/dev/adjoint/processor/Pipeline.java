package dev.adjoint.processor;

import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.analysis.ActivityAt;
import dev.adjoint.processor.analysis.ToBeRecorded;
import dev.adjoint.processor.diag.AbortMethod;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.emit.CompanionWriter;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import dev.adjoint.processor.parse.MethodReader;
import dev.adjoint.processor.rules.DerivativeRules;
import dev.adjoint.processor.transform.DeadValues;
import dev.adjoint.processor.transform.ForwardMode;
import dev.adjoint.processor.transform.Linearize;
import dev.adjoint.processor.transform.ReverseMode;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * Runs one method through the stages: parse, activity analysis, linearization, to-be-recorded
 * analysis, forward and reverse mode. Each stage hands the next one immutable IR.
 */
final class Pipeline {
  private final Trees trees;
  private final MethodReader reader;
  private final Reporter reporter;

  private final boolean saveEverything;

  /** @param saveEverything turns to-be-recorded analysis off, to test it against the naive scheme */
  Pipeline(Trees trees, MethodReader reader, Reporter reporter, boolean saveEverything) {
    this.saveEverything = saveEverything;
    this.trees = trees;
    this.reader = reader;
    this.reporter = reporter;
  }

  CompanionWriter.Derivatives run(ExecutableElement method) {
    Function f = reader.read(method);
    Activity activity = Activity.of(f);
    List<Call> blocked = activity.callsWithoutRule(f);
    if (!blocked.isEmpty()) {
      TreePath path = trees.getPath(method);
      for (Call c : blocked) {
        String message;
        if (c.isLibrary()) {
          String why = DerivativeRules.whyUnsupported(c.name())
              .map(reason -> ": " + reason)
              .orElse(" (Adjoint has no derivative rule for it)");
          message = c.owner() + "." + c.name() + " is on the path from a differentiable"
              + " parameter to the result but is not differentiable" + why + ". Pass it a value"
              + " that does not depend on the differentiable parameters: a constant, or a"
              + " parameter marked @NoDerivative while another stays differentiable.";
        } else {
          message = c.owner() + "." + c.name() + " is on the path from a differentiable"
              + " parameter to the result but is not @Differentiable. Annotate it"
              + " @Differentiable, give it a derivative with @DerivativeOf, or pass it values"
              + " that do not depend on the differentiable parameters.";
        }
        reporter.error(Problem.NOT_DIFFERENTIABLE, c.pos().tree(), path.getCompilationUnit(),
            message);
      }
      throw new AbortMethod();
    }
    List<Expr> lost = activity.argumentsLosingDerivatives(f);
    if (!lost.isEmpty()) {
      TreePath path = trees.getPath(method);
      for (Expr arg : lost) {
        reporter.error(Problem.NOT_DIFFERENTIABLE, arg.pos().tree(), path.getCompilationUnit(),
            "this argument depends on a differentiable parameter, but the callee does not"
                + " differentiate the parameter it goes to (@NoDerivative, or left out of wrt),"
                + " so its derivative would be lost. Make that parameter differentiable, or pass"
                + " a value that does not depend on the differentiable parameters.");
      }
      throw new AbortMethod();
    }
    Function linear = Linearize.apply(f, activity);
    Activity linearActivity = Activity.of(linear);
    ActivityAt usefulAt = ActivityAt.useful(linear);
    ToBeRecorded tbr = ToBeRecorded.of(linear, linearActivity, usefulAt, saveEverything);
    ForwardMode.Result jvp = ForwardMode.apply(linear, linearActivity);
    jvp = new ForwardMode.Result(DeadValues.prune(jvp.body()), jvp.paramTangents(),
        jvp.tangents()); // a JVP returns the tangent: primal values after their last use go
    Var seed = new Var("seed", f.resultType(), Var.Kind.PARAM);
    ReverseMode.Result vjp = ReverseMode.apply(linear, linearActivity, usefulAt, tbr,
        new Ref(seed), true, true).folded();
    boolean secondOrder = method.getAnnotation(dev.adjoint.Differentiable.class).order() == 2;
    // fGrad calls fVjp; second derivatives differentiate a gradient's body of their own, where
    // a zero seed's tangent may not be zero: there no callee's VJP is skipped for a zero seed
    ReverseMode.Result grad = secondOrder
        ? ReverseMode.apply(linear, linearActivity, usefulAt, tbr, Build.ONE, false, false)
        : null;
    ForwardMode.Result hvp = null;
    if (secondOrder) {
      hvp = secondOrder(method, linear, grad);
    }
    return new CompanionWriter.Derivatives(f, linear, jvp, vjp, seed, grad, hvp);
  }

  /**
   * Forward over reverse: forward mode applied to the gradient's own body, with the parameters'
   * adjoints as outputs, gives the Hessian-vector product along the directions {@code xDir}.
   */
  private ForwardMode.Result secondOrder(ExecutableElement method, Function linear,
      ReverseMode.Result grad) {
    java.util.List<String> firstOrderCallees = new java.util.ArrayList<>();
    Stmts.forEach(grad.body(), s -> {
      if (s instanceof Eval e
          && (e.source() == null || !e.source().hasHvp())) {
        firstOrderCallees.add(e.source() == null ? "a callee" : e.source().name());
      }
    });
    if (!firstOrderCallees.isEmpty()) {
      reporter.error(Problem.UNSUPPORTED, method, "order = 2 needs the second derivatives of the"
          + " methods it calls: annotate " + String.join(", ", firstOrderCallees)
          + " @Differentiable(order = 2)");
      throw new AbortMethod();
    }
    Function gradient = linear.withBody(grad.body());
    java.util.Set<Var> outputs = new java.util.HashSet<>(grad.paramAdjoints().values());
    Activity activity = Activity.of(gradient, outputs);
    Function linearGradient = Linearize.apply(gradient, activity);
    return ForwardMode.apply(linearGradient, Activity.of(linearGradient, outputs), "Dir");
  }
}
