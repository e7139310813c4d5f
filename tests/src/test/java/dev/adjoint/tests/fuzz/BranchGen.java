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
    then.add(new Stmt.Jump(gen.chance(0.5) && !scope.inSwitch ? "break" : "continue"));
    return List.of(new Stmt.If(body.exprs().condition(scope, 1), then, List.of()));
  }

  /**
   * {@code switch} on an int, a loop variable or one computed from data: a statement in the
   * classic form ({@code case 1: case 2: ... break;}) or the arrow form, with or without a
   * default.
   */
  List<Stmt> switchStatement(Scope scope) {
    Cases c = cases(scope);
    List<List<Stmt>> bodies = new ArrayList<>();
    int cases = c.labels().size() + (gen.chance(0.7) ? 1 : 0); // the last one the default
    for (int k = 0; k < cases; k++) {
      bodies.add(body.statements(scope.caseBlock(), 1 + gen.below(2)));
    }
    return List.of(new Stmt.Switch(c.selector(), c.labels(), bodies, gen.chance(0.5)));
  }

  /** {@code double name = switch (k) { case 0 -> e0; case 1, 2 -> e1; default -> e2; };}. */
  List<Stmt> switchDeclaration(Scope scope) {
    Cases c = cases(scope);
    List<Expr> values = body.exprs().several(scope, c.labels().size() + 1, 2);
    String name = gen.fresh("w");
    scope.doubles.add(name);
    return List.of(new Stmt.SwitchDeclare(name, c.selector(), c.labels(), values));
  }

  /** What a switch selects on, and the labels of its cases. */
  private record Cases(Expr selector, List<List<String>> labels) {}

  /** Half the time the method's String, char or enum parameter, if it has one; else an int. */
  private Cases cases(Scope scope) {
    Param choice = gen.chance(0.5) ? gen.choiceParameter : null;
    Expr selector = choice != null ? new Expr.Ref(choice.name(), true) : selector(scope);
    return new Cases(selector, labels(choice));
  }

  /** An int in [0, 4): an int in scope, or one computed from active data. */
  private Expr selector(Scope scope) {
    if (!scope.ints.isEmpty() && gen.chance(0.6)) {
      return new Expr.Shifted(gen.pick(scope.ints), 0, "4");
    }
    return new Expr.DataIndex(new Expr.Bin("*", new Expr.Num(2.0), body.exprs().leaf(scope)),
        "4");
  }

  /**
   * One to three cases over four values, some sharing a body: 0 to 3, or the four labels of a
   * String, char or enum selector.
   */
  private List<List<String>> labels(Param choice) {
    List<String> values = choice == null ? new ArrayList<>(List.of("0", "1", "2", "3"))
        : new ArrayList<>(choice.labels());
    java.util.Collections.shuffle(values, gen.random);
    List<List<String>> labels = new ArrayList<>();
    int used = 0;
    int cases = 1 + gen.below(3);
    for (int k = 0; k < cases && used < values.size(); k++) {
      int n = gen.chance(0.3) && used + 2 <= values.size() ? 2 : 1;
      labels.add(List.copyOf(values.subList(used, used + n)));
      used += n;
    }
    return labels;
  }

  /** A guard clause: {@code if (cond) { return e; }}, anywhere, also inside loops. */
  List<Stmt> guardReturn(Scope scope) {
    Stmt ret = new Stmt.Return(body.exprs().expr(scope, 2));
    return List.of(new Stmt.If(body.exprs().condition(scope, 1), List.of(ret), List.of()));
  }
}
