package dev.adjoint.processor.parse;

import dev.adjoint.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The locals and parameters visible at a point of the body: a stack of block scopes. */
final class Scope {
  private final Deque<Map<String, Var>> blocks = new ArrayDeque<>();

  Scope() {
    push();
  }

  void push() {
    blocks.push(new HashMap<>());
  }

  void pop() {
    blocks.pop();
  }

  void declare(String name, Var var) {
    blocks.peek().put(name, var);
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
}
