package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/** {@code if}/{@code else} on active values, and the early exits: break, continue, return. */
final class BranchGen {
  private final Gen gen;
  private final BodyGen body;

  BranchGen(Gen gen, BodyGen body) {
    this.gen = gen;
    this.body = body;
  }

  List<Stmt> ifElse(Scope scope) {
    Expr cond = body.exprs().condition(scope, 2);
    List<Stmt> then = body.statements(scope.block(false), 1 + gen.below(2));
    List<Stmt> otherwise = gen.chance(0.6)
        ? body.statements(scope.block(false), 1 + gen.below(2)) : List.of();
    return List.of(new Stmt.If(cond, then, otherwise));
  }

  /** {@code if (cond) { ...; break; }} or continue, inside a loop. */
  List<Stmt> jump(Scope scope) {
    if (!scope.inLoop()) {
      return null;
    }
    List<Stmt> then = new ArrayList<>();
    if (gen.chance(0.4)) {
      then.addAll(body.statements(scope.block(false), 1));
    }
    then.add(new Stmt.Jump(gen.chance(0.5) ? "break" : "continue"));
    return List.of(new Stmt.If(body.exprs().condition(scope, 1), then, List.of()));
  }

  /** A guard clause: {@code if (cond) { return e; }}, anywhere, also inside loops. */
  List<Stmt> guardReturn(Scope scope) {
    Stmt ret = new Stmt.Return(body.exprs().expr(scope, 2));
    return List.of(new Stmt.If(body.exprs().condition(scope, 1), List.of(ret), List.of()));
  }
}
