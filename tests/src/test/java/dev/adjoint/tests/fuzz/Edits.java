package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-step simplifications of a program the shrinker tries, coarse ones first: drop a
 * helper, delete a statement, replace an if or a loop by one of its blocks, replace an
 * expression by one of its sub-expressions or by a constant, an index by 0.
 */
final class Edits {
  private Edits() {}

  static List<Program> of(Program p) {
    List<Program> out = new ArrayList<>();
    for (int h = 0; h < p.helpers().size(); h++) {
      List<Method> fewer = new ArrayList<>(p.helpers());
      fewer.remove(h);
      out.add(p.withHelpers(fewer));
    }
    List<Method> methods = p.methods();
    for (int m = 0; m < methods.size(); m++) {
      Method method = methods.get(m);
      for (List<Stmt> body : bodies(method.body(), true)) {
        out.add(replace(p, m, method.withBody(body)));
      }
    }
    return out;
  }

  private static Program replace(Program p, int index, Method m) {
    if (index == p.helpers().size()) {
      return p.withMain(m);
    }
    List<Method> hs = new ArrayList<>(p.helpers());
    hs.set(index, m);
    return p.withHelpers(hs);
  }

  /** Every statement list one edit away from {@code body}, statement edits before expressions. */
  static List<List<Stmt>> bodies(List<Stmt> body, boolean methodLevel) {
    List<List<Stmt>> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      boolean finalReturn = methodLevel && i == body.size() - 1;
      if (!finalReturn) {
        out.add(Stmt.replaced(body, i, List.of()));
      }
      for (List<Stmt> block : body.get(i).blocks()) {
        out.add(Stmt.replaced(body, i, block));
      }
    }
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      List<List<Stmt>> blocks = s.blocks();
      for (int b = 0; b < blocks.size(); b++) {
        for (List<Stmt> smaller : bodies(blocks.get(b), false)) {
          List<List<Stmt>> copy = new ArrayList<>(blocks);
          copy.set(b, smaller);
          out.add(Stmt.replaced(body, i, List.of(s.withBlocks(copy))));
        }
      }
    }
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      List<Expr> exprs = s.exprs();
      for (int e = 0; e < exprs.size(); e++) {
        for (Expr simpler : exprs(exprs.get(e))) {
          List<Expr> copy = new ArrayList<>(exprs);
          copy.set(e, simpler);
          out.add(Stmt.replaced(body, i, List.of(s.withExprs(copy))));
        }
      }
    }
    return out;
  }

  /** Every expression one edit away from {@code e}. */
  static List<Expr> exprs(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e.isDouble()) {
      for (Expr k : e.kids()) {
        if (k.isDouble()) {
          out.add(k);
        }
      }
      if (!(e instanceof Expr.Num)) {
        out.add(new Expr.Num(0.0));
        out.add(new Expr.Num(1.0));
      }
    } else if (e instanceof Expr.DataIndex || e instanceof Expr.Shifted) {
      out.add(new Expr.IntLit(0));
    }
    List<Expr> kids = e.kids();
    for (int i = 0; i < kids.size(); i++) {
      for (Expr simpler : exprs(kids.get(i))) {
        List<Expr> copy = new ArrayList<>(kids);
        copy.set(i, simpler);
        out.add(e.with(copy));
      }
    }
    return out;
  }
}
