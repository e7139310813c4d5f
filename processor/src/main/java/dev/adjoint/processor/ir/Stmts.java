package dev.adjoint.processor.ir;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Walks the statements of a block, nested blocks included. */
public final class Stmts {
  private Stmts() {}

  public static void forEach(Block block, Consumer<Stmt> action) {
    for (Stmt s : block.stmts()) {
      action.accept(s);
      if (s instanceof If i) {
        forEach(i.then(), action);
        forEach(i.otherwise(), action);
      }
    }
  }

  /** Every write of a variable, with the value written ({@code T v;} writes nothing). */
  public static void forEachWrite(Block block, BiConsumer<Var, Expr> action) {
    forEach(block, s -> {
      if (s instanceof Declare d && d.init() != null) {
        action.accept(d.var(), d.init());
      } else if (s instanceof Assign a && a.target() instanceof Ref r) {
        action.accept(r.var(), a.value());
      }
    });
  }

  /** The value the method returns, or null if it has no return statement. */
  public static Expr returned(Block block) {
    Expr[] found = {null};
    forEach(block, s -> {
      if (s instanceof Return r) {
        found[0] = r.value();
      }
    });
    return found[0];
  }
}
