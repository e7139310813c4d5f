package dev.adjoint.tests.fuzz;

import java.util.List;

/** Scalar locals: declarations, reassignment with every compound operator, late initialization. */
final class ScalarGen {
  private final Gen gen;
  private final BodyGen body;

  ScalarGen(Gen gen, BodyGen body) {
    this.gen = gen;
    this.body = body;
  }

  List<Stmt> statement(Scope scope) {
    if (scope.doubles.isEmpty() || gen.chance(0.35)) {
      String name = gen.fresh("s");
      Expr call = scope.topLevel && gen.chance(0.15)
          ? body.calls().initializerCall(scope, body.exprs()) : null;
      Stmt s = new Stmt.Declare(name, call != null ? call : body.exprs().expr(scope, 2));
      scope.doubles.add(name);
      return List.of(s);
    }
    return List.of(reassign(gen.pick(scope.doubles), scope));
  }

  /**
   * {@code name op= value}. In loops, assignments and products take bounded values so that
   * ten iterations of {@code s *= ...} cannot overflow; division is by {@code 2 + tanh e}.
   */
  Stmt reassign(String name, Scope scope) {
    ExprGen exprs = body.exprs();
    Expr target = new Expr.Ref(name, false);
    return switch (gen.pick(List.of("=", "=", "+=", "+=", "-=", "*=", "*=", "/="))) {
      case "=" -> new Stmt.Assign(target, "=", !scope.inLoop() ? exprs.expr(scope, 2)
          : gen.chance(0.6) ? new Expr.Bin("+", target, exprs.bounded(scope, 2))
          : exprs.bounded(scope, 2)); // x = x * x ten times over is no derivative to check
      case "*=" -> new Stmt.Assign(target, "*=", exprs.bounded(scope, 2));
      case "/=" -> new Stmt.Assign(target, "/=",
          new Expr.Fn("(2.0 + Math.tanh(%1$s))", List.of(exprs.expr(scope, 2))));
      case "-=" -> new Stmt.Assign(target, "-=", scope.inLoop()
          ? exprs.bounded(scope, 2) : exprs.expr(scope, 2));
      default -> new Stmt.Assign(target, "+=", scope.inLoop()
          ? exprs.bounded(scope, 2) : exprs.expr(scope, 2));
    };
  }

  /**
   * {@code double r;} assigned in the branches of an if, or returned from in one of them:
   * definitely assigned after it as Java requires.
   */
  List<Stmt> lateInitialized(Scope scope) {
    String name = gen.fresh("r");
    ExprGen exprs = body.exprs();
    Expr.Ref r = new Expr.Ref(name, false);
    Scope inner = scope.block(false);
    List<Stmt> then = new java.util.ArrayList<>(body.statements(inner, gen.below(2)));
    then.add(new Stmt.Assign(r, "=", exprs.expr(inner, 2)));
    Scope other = scope.block(false);
    List<Stmt> otherwise = new java.util.ArrayList<>(body.statements(other, gen.below(2)));
    if (body.earlyReturns && gen.chance(0.6)) {
      Stmt ret = new Stmt.Return(exprs.expr(other, 2));
      if (gen.chance(0.5)) {
        otherwise.add(ret); // the else branch only returns
      } else {
        otherwise.add(new Stmt.If(exprs.condition(other, 1), List.of(ret), List.of()));
        otherwise.add(new Stmt.Assign(r, "=", exprs.expr(other, 2)));
      }
    } else {
      otherwise.add(new Stmt.Assign(r, "=", exprs.expr(other, 2)));
    }
    Stmt decision = new Stmt.If(exprs.condition(scope, 1), then, otherwise);
    scope.doubles.add(name);
    return List.of(new Stmt.Declare(name, null), decision);
  }

  /** A parameter that carries no derivative, or any double parameter, made to depend on others. */
  List<Stmt> overwriteParameter(Scope scope) {
    List<String> params = scope.doubles.stream().filter(n -> !n.startsWith("s")
        && !n.startsWith("r")).toList();
    if (params.isEmpty()) {
      return null;
    }
    String p = gen.pick(params);
    Expr.Ref ref = new Expr.Ref(p, false);
    return List.of(new Stmt.Assign(ref, "=", new Expr.Bin("*", ref, scope.inLoop()
        ? body.exprs().bounded(scope, 1) : body.exprs().leaf(scope))));
  }
}
