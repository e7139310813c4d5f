package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Loops: counted {@code for} up and down, triangular nests ({@code j < i}), a compound
 * condition on active values, {@code while} and {@code do/while} whose trip count depends on
 * data but is capped by a counter; sums over the data whose iterations meet only through
 * their accumulator; and, after a loop, an overwrite of a value it read.
 */
final class LoopGen {
  private final Gen gen;
  private final BodyGen body;

  LoopGen(Gen gen, BodyGen body) {
    this.gen = gen;
    this.body = body;
  }

  List<Stmt> loop(Scope scope) {
    List<Stmt> out = new ArrayList<>();
    int roll = gen.below(100);
    if (scope.topLevel && gen.chance(0.2)) {
      return accumulation(scope);
    }
    if (roll < 30) {
      out.add(counted(scope, false));
    } else if (roll < 42) {
      out.add(counted(scope, true));
    } else if (roll < 52 && !scope.indexVars.isEmpty()) {
      out.add(triangular(scope));
    } else if (roll < 62 && gen.intParameter != null) {
      out.add(upTo(scope, gen.intParameter));
    } else {
      out.add(whileLoop(scope, gen.chance(0.4)));
    }
    if (!scope.doubles.isEmpty() && gen.chance(0.35)) {
      String v = gen.pick(scope.doubles);
      out.add(new Stmt.Assign(new Expr.Ref(v, false), gen.pick(List.of("=", "*=")),
          new Expr.Bin("*", new Expr.Ref(v, false), body.exprs().constant())));
    }
    return out;
  }

  private List<Stmt> loopBody(Scope inner) {
    return body.statements(inner, 1 + gen.below(2));
  }

  /** {@code for (int i = 0; i < n [&& cond]; i++)} or the count-down form. */
  private Stmt counted(Scope scope, boolean down) {
    String i = gen.fresh("i");
    Scope inner = scope.block(true);
    inner.indexVars.add(i);
    inner.ints.add(i);
    String n = gen.lengthOf(scope);
    Expr extra = !down && gen.chance(0.25) ? body.exprs().condition(scope, 1) : null;
    List<Stmt> stmts = loopBody(inner);
    return down
        ? new Stmt.For(i, n + " - 1", i + " >= 0", i + "--", extra, stmts)
        : new Stmt.For(i, "0", i + " < " + n, i + "++", extra, stmts);
  }

  /**
   * A sum over the data, {@code acc += e(i)}, with a local and sometimes a scratch array that
   * each iteration rewrites before it reads them; {@code acc} is read only after the loop, by
   * whatever follows. The shape whose adjoint runs in the same pass as its iterations.
   */
  private List<Stmt> accumulation(Scope scope) {
    List<Stmt> out = new ArrayList<>();
    ExprGen exprs = body.exprs();
    String acc = gen.fresh("acc");
    out.add(new Stmt.Declare(acc, new Expr.Num(0.0)));
    String i = gen.fresh("i");
    Scope inner = scope.block(true);
    inner.indexVars.add(i);
    inner.ints.add(i);
    List<Stmt> stmts = new ArrayList<>();
    if (gen.chance(0.4)) {
      String scratch = gen.fresh("w");
      out.add(new Stmt.DeclareArray(scratch, gen.length, List.of(), null));
      String j = gen.fresh("j");
      Scope fill = inner.block(true);
      fill.indexVars.add(j);
      stmts.add(new Stmt.For(j, "0", j + " < " + scratch + ".length", j + "++", null,
          List.of(new Stmt.Assign(new Expr.Elem(scratch, new Expr.Ref(j, true)), "=",
              exprs.bounded(fill, 2)))));
      inner.arrays.add(scratch); // read in this iteration only, never after the loop
    }
    String t = gen.fresh("t");
    stmts.add(new Stmt.Declare(t, exprs.expr(inner, 2)));
    inner.doubles.add(t);
    stmts.add(new Stmt.Assign(new Expr.Ref(acc, false), gen.pick(List.of("+=", "+=", "-=")),
        exprs.bounded(inner, 2)));
    out.add(new Stmt.For(i, "0", i + " < " + gen.lengthOf(scope), i + "++", null, stmts));
    scope.doubles.add(acc);
    return out;
  }

  /** {@code for (int j = 0; j < i; j++)} inside a loop over {@code i}. */
  private Stmt triangular(Scope scope) {
    String outer = gen.pick(scope.indexVars);
    String j = gen.fresh("j");
    Scope inner = scope.block(true);
    inner.indexVars.add(j);
    inner.ints.add(j);
    String test = j + (gen.chance(0.5) ? " < " : " <= ") + outer;
    return new Stmt.For(j, "0", test, j + "++", null, loopBody(inner));
  }

  /** {@code for (int i = 0; i < n; i++)} over the int parameter, which is at most the length. */
  private Stmt upTo(Scope scope, String n) {
    String i = gen.fresh("i");
    Scope inner = scope.block(true);
    inner.indexVars.add(i);
    inner.ints.add(i);
    return new Stmt.For(i, "0", i + " < " + n, i + "++", null, loopBody(inner));
  }

  /**
   * {@code while (s < 3.0 && k < bound) { k++; ... }} with {@code s} updated in the body so the
   * trip count depends on the inputs; the counter stays in scope after the loop.
   */
  private Stmt whileLoop(Scope scope, boolean isDo) {
    String k = gen.fresh("k");
    int bound = 2 + gen.below(9);
    Scope inner = scope.block(true);
    inner.ints.add(k);
    List<Stmt> stmts = new ArrayList<>(loopBody(inner));
    Expr cond;
    if (!scope.doubles.isEmpty()) {
      String s = gen.pick(scope.doubles);
      cond = new Expr.Bin(gen.pick(List.of("<", ">")), new Expr.Ref(s, false),
          body.exprs().constant());
      if (gen.chance(0.7)) {
        stmts.add(new Stmt.Assign(new Expr.Ref(s, false), gen.pick(List.of("+=", "-=")),
            new Expr.Fn("AdjointMath.sigmoid(%1$s)", List.of(body.exprs().expr(inner, 1)))));
      }
    } else {
      cond = body.exprs().condition(scope, 1);
    }
    scope.ints.add(k);
    return new Stmt.While(k, bound, cond, isDo, stmts);
  }
}
