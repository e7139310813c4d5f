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
      } else if (s instanceof Loop l) {
        forEach(Block.of(l.init()), action);
        forEach(l.body(), action);
        forEach(Block.of(l.update()), action);
      }
    }
  }

  /**
   * Every write of a variable or of one of its elements, with the value written ({@code T v;}
   * writes nothing). An element write {@code a[i] = e} is reported as a write of {@code a}.
   */
  public static void forEachWrite(Block block, BiConsumer<Var, Expr> action) {
    forEach(block, s -> {
      if (s instanceof Declare d && d.init() != null) {
        action.accept(d.var(), d.init());
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        action.accept(Exprs.root(a.target()), a.value());
      } else if (s instanceof Eval e && e.source() != null) {
        // a callee's VJP adds into its accumulators, from all of its arguments
        Call vjp = (Call) e.call();
        for (Expr acc : vjp.args().subList(e.source().args().size() + 1, vjp.args().size())) {
          if (Exprs.root(acc) != null) {
            action.accept(Exprs.root(acc), vjp);
          }
        }
      }
    });
  }

  /**
   * The variables whose value is replaced somewhere in {@code block}: assigned, or declared with
   * a value. Writing an element of an array does not rebind the array.
   */
  public static java.util.Set<Var> rebound(Block block) {
    java.util.Set<Var> out = new java.util.HashSet<>();
    forEach(block, s -> {
      if (s instanceof Declare d && d.init() != null) {
        out.add(d.var());
      } else if (s instanceof Assign a && a.target() instanceof Ref r) {
        out.add(r.var());
      }
    });
    return out;
  }

  /** The arrays some element of which {@code block} writes ({@code a[i] = ...}). */
  public static java.util.Set<Var> elementsWritten(Block block) {
    java.util.Set<Var> out = new java.util.HashSet<>();
    forEach(block, s -> {
      if (s instanceof Assign a && !(a.target() instanceof Ref) && Exprs.root(a.target()) != null) {
        out.add(Exprs.root(a.target()));
      }
    });
    return out;
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
