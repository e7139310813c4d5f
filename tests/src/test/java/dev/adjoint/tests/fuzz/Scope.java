package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * What a statement being generated may use: the names declared so far in enclosing blocks,
 * and where it stands (inside a loop, at the top level of the method).
 */
final class Scope {
  /** double locals and parameters; all may be assigned. */
  final List<String> doubles;
  /** every array: parameters (read only) and locals. */
  final List<String> arrays;
  /** local arrays, the only ones that may be written. */
  final List<String> localArrays;
  /** loop variables known to lie in [0, length), usable as indices. */
  final List<String> indexVars;
  /** int values readable as data: loop variables, counters, int parameters. */
  final List<String> ints;
  final int loopDepth;
  final boolean topLevel;
  /** Directly in a case of a switch, where {@code break} would leave the switch, not the loop. */
  final boolean inSwitch;

  private Scope(List<String> doubles, List<String> arrays, List<String> localArrays,
      List<String> indexVars, List<String> ints, int loopDepth, boolean topLevel,
      boolean inSwitch) {
    this.doubles = doubles;
    this.arrays = arrays;
    this.localArrays = localArrays;
    this.indexVars = indexVars;
    this.ints = ints;
    this.loopDepth = loopDepth;
    this.topLevel = topLevel;
    this.inSwitch = inSwitch;
  }

  static Scope ofMethod() {
    return new Scope(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), 0, true, false);
  }

  /** The scope of a nested block: it sees everything, and its declarations stay inside it. */
  Scope block(boolean loop) {
    return new Scope(new ArrayList<>(doubles), new ArrayList<>(arrays),
        new ArrayList<>(localArrays), new ArrayList<>(indexVars), new ArrayList<>(ints),
        loopDepth + (loop ? 1 : 0), false, inSwitch && !loop);
  }

  /** The scope of one case of a switch. */
  Scope caseBlock() {
    return new Scope(new ArrayList<>(doubles), new ArrayList<>(arrays),
        new ArrayList<>(localArrays), new ArrayList<>(indexVars), new ArrayList<>(ints),
        loopDepth, false, true);
  }

  boolean inLoop() {
    return loopDepth > 0;
  }
}
