package dev.adjoint.processor.emit;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Var;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the Java name of every variable of one generated method: its hint when free, else the
 * hint with the smallest free numeric suffix. Parameters are named first, in signature order, so
 * the public names ({@code x}, {@code xDot}, {@code seed}, {@code xBar}) win; the body's
 * variables follow in order of appearance, which keeps the output byte-identical run to run.
 */
final class Namer {
  private final Map<Var, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  Namer(List<Var> parameters, Block body) {
    parameters.forEach(this::name);
    Stmts.forEach(body, this::visit);
  }

  String name(Var v) {
    String existing = names.get(v);
    if (existing != null) {
      return existing;
    }
    String name = v.hint();
    for (int i = 2; taken.contains(name); i++) {
      name = v.hint() + i;
    }
    taken.add(name);
    names.put(v, name);
    return name;
  }

  /** Whether some variable of the method is called {@code name}, which would hide a type of that name. */
  boolean isTaken(String name) {
    return taken.contains(name);
  }

  private void visit(Stmt s) {
    if (s instanceof Declare d) {
      name(d.var());
      if (d.init() != null) {
        visit(d.init());
      }
    } else if (s instanceof Assign a) {
      visit(a.target());
      visit(a.value());
    } else if (s instanceof Return r) {
      visit(r.value());
    } else if (s instanceof Eval e) {
      visit(e.call());
    } else if (s instanceof Effect e) {
      e.values().forEach(this::visit);
    } else if (s instanceof If i) {
      visit(i.cond());
    } else if (s instanceof Loop l) {
      l.init().forEach(this::visit);
      visit(l.cond());
    }
  }

  private void visit(Expr e) {
    Exprs.reads(e).forEach(this::name);
  }
}
