package dev.adjoint.processor.ir;

import com.sun.source.tree.Tree;

/**
 * Where an IR node came from: the javac tree (for diagnostics at the exact expression) and its
 * source line. Nodes the transforms invent carry {@link #NONE}.
 */
public record Pos(Tree tree, long line) {
  public static final Pos NONE = new Pos(null, -1);

  public boolean isKnown() {
    return tree != null;
  }
}
