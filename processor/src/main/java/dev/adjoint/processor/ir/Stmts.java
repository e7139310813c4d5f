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
   * The variables {@code s} itself names, read or written; for an {@code if} or a loop, those of
   * its condition only, not of the statements inside it.
   */
  public static java.util.Set<Var> named(Stmt s) {
    java.util.Set<Var> out = new java.util.LinkedHashSet<>();
    if (s instanceof Declare d) {
      out.add(d.var());
      if (d.init() != null) {
        out.addAll(Exprs.reads(d.init()));
      }
    } else if (s instanceof Assign a) {
      out.addAll(Exprs.reads(a.target()));
      out.addAll(Exprs.reads(a.value()));
    } else if (s instanceof If i) {
      out.addAll(Exprs.reads(i.cond()));
    } else if (s instanceof Loop l) {
      out.addAll(Exprs.reads(l.cond()));
    } else if (s instanceof Return r && r.value() != null) {
      out.addAll(Exprs.reads(r.value()));
    } else if (s instanceof Eval e) {
      out.addAll(Exprs.reads(e.call()));
    } else if (s instanceof Effect e) {
      e.values().forEach(v -> out.addAll(Exprs.reads(v)));
    }
    return out;
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
