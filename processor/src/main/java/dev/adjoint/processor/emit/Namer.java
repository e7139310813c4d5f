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
import dev.adjoint.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the Java name of every variable of one generated method: its hint when no variable it
 * meets in scope has it, else the hint with the smallest such free numeric suffix. Sibling scopes
 * reuse a name as a person would: each of two loops counts with {@code i}, so the code keeps the
 * user's names and the comments above it match. A variable declared in several places (a loop's
 * index, in the forward and the reverse sweep) gets one name that is free at all of them.
 * Parameters are named first, in signature order, so the public names ({@code x}, {@code xDot},
 * {@code seed}, {@code xBar}) win; the body's variables follow in order of appearance, which
 * keeps the output byte-identical run to run.
 */
final class Namer {
  private final Map<Var, String> names = new HashMap<>();
  private final Set<String> everUsed = new HashSet<>();
  /** For each variable, those in scope where it is declared, or in whose scope it is declared. */
  private final Map<Var, Set<Var>> meets = new HashMap<>();
  /** Parameters and variables read before any declaration: in scope throughout the method. */
  private final Set<Var> methodWide = new LinkedHashSet<>();
  private final Set<Var> inOrder = new LinkedHashSet<>();
  private final Deque<List<Var>> scopes = new ArrayDeque<>();

  Namer(List<Var> parameters, Block body) {
    methodWide.addAll(parameters);
    inOrder.addAll(parameters);
    block(body.stmts());
    inOrder.forEach(this::name);
  }

  /** The variable's name; one the body does not hold gets a name no other variable has. */
  String name(Var v) {
    String existing = names.get(v);
    if (existing != null) {
      return existing;
    }
    Set<String> clash = new HashSet<>();
    boolean wide = methodWide.contains(v) || !meets.containsKey(v);
    for (Map.Entry<Var, String> named : names.entrySet()) {
      Var other = named.getKey();
      if (wide || methodWide.contains(other) || meets.get(v).contains(other)) {
        clash.add(named.getValue());
      }
    }
    String hint = v.base() != null && inOrder.contains(v.base())
        ? name(v.base()) + v.suffix() // after the name the base got, suffix included
        : v.hint();
    String name = hint;
    for (int i = 2; clash.contains(name); i++) {
      name = hint + i;
    }
    everUsed.add(name);
    names.put(v, name);
    return name;
  }

  /** Whether some variable of the method is called {@code name}, which would hide a type of that name. */
  boolean isTaken(String name) {
    return everUsed.contains(name);
  }

  private void block(List<Stmt> stmts) {
    scopes.push(new ArrayList<>());
    stmts.forEach(this::visit);
    scopes.pop();
  }

  private void declare(Var v) {
    inOrder.add(v);
    Set<Var> met = meets.computeIfAbsent(v, k -> new HashSet<>());
    for (List<Var> scope : scopes) {
      for (Var other : scope) {
        if (other != v) {
          met.add(other);
          meets.computeIfAbsent(other, k -> new HashSet<>()).add(v);
        }
      }
    }
    scopes.peek().add(v);
  }

  private void visit(Stmt s) {
    if (s instanceof Declare d) {
      if (d.init() != null) {
        visit(d.init());
      }
      declare(d.var());
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
      block(i.then().stmts());
      block(i.otherwise().stmts());
    } else if (s instanceof Loop l) {
      scopes.push(new ArrayList<>()); // the loop's own declarations: for (int i = ...)
      l.init().forEach(this::visit);
      visit(l.cond());
      l.update().forEach(this::visit);
      block(l.body().stmts());
      scopes.pop();
    }
  }

  private void visit(Expr e) {
    for (Var v : Exprs.reads(e)) {
      if (inOrder.add(v) && !meets.containsKey(v)) {
        methodWide.add(v); // read before any declaration of it
      }
    }
  }
}
