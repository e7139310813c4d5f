package dev.adjoint.processor.parse;

import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The locals and parameters visible at a point of the body: a stack of block scopes. A name may
 * also stand for an array location, an alias ({@code double[] row = m[i]}), which every use is
 * read as.
 */
final class Scope {
  private final Deque<Map<String, Var>> blocks = new ArrayDeque<>();
  private final Deque<Map<String, Expr>> aliases = new ArrayDeque<>();
  private final Map<String, Var> fields = new HashMap<>();

  Scope() {
    push();
  }

  void push() {
    blocks.push(new HashMap<>());
    aliases.push(new HashMap<>());
  }

  void pop() {
    blocks.pop();
    aliases.pop();
  }

  void declare(String name, Var var) {
    blocks.peek().put(name, var);
  }

  /** A field of the receiver that {@code wrt} names, read through {@code var} in the body. */
  void declareField(String name, Var var) {
    fields.put(name, var);
  }

  /** The variable of a differentiated field, or null. */
  Var field(String name) {
    return fields.get(name);
  }

  /** {@code name} stands for {@code location} until its block ends. */
  void declareAlias(String name, Expr location) {
    aliases.peek().put(name, location);
  }

  Var lookup(String name) {
    for (Map<String, Var> block : blocks) {
      Var v = block.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The location an alias stands for, or null if {@code name} is not an alias. */
  Expr alias(String name) {
    for (Map<String, Expr> block : aliases) {
      Expr e = block.get(name);
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
