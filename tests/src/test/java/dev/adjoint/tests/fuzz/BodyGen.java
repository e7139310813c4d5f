package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates statement lists, choosing for each statement one construct family. The weights
 * favour what derivative code gets wrong: reassignment, in-place array updates, loops with
 * data-dependent exits, branches inside loops, early exits and calls.
 */
final class BodyGen {
  private final Gen gen;
  private final int maxNesting;
  private final ExprGen exprs;
  private final CallGen calls;
  private final ScalarGen scalars;
  private final ArrayGen arrays;
  private final LoopGen loops;
  private final BranchGen branches;
  /** False in array-valued methods, which may return only at their end. */
  final boolean earlyReturns;

  BodyGen(Gen gen, int maxNesting) {
    this(gen, maxNesting, true);
  }

  BodyGen(Gen gen, int maxNesting, boolean earlyReturns) {
    this.gen = gen;
    this.maxNesting = maxNesting;
    this.earlyReturns = earlyReturns;
    this.calls = new CallGen(gen);
    this.exprs = new ExprGen(gen, calls);
    this.scalars = new ScalarGen(gen, this);
    this.arrays = new ArrayGen(gen, this);
    this.loops = new LoopGen(gen, this);
    this.branches = new BranchGen(gen, this);
  }

  ExprGen exprs() {
    return exprs;
  }

  CallGen calls() {
    return calls;
  }

  /** {@code n} statements in {@code scope}, which learns the names they declare. */
  List<Stmt> statements(Scope scope, int n) {
    List<Stmt> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.addAll(statement(scope));
    }
    return out;
  }

  /** One statement, or a few that belong together (a loop with its follow-up overwrite). */
  List<Stmt> statement(Scope scope) {
    int nesting = scope.loopDepth + (scope.topLevel ? 0 : 1);
    boolean nest = nesting < maxNesting;
    for (int attempt = 0; attempt < 10; attempt++) {
      int roll = gen.below(100);
      List<Stmt> s = null;
      if (roll < 24) {
        s = scalars.statement(scope);
      } else if (roll < 40) {
        s = arrays.update(scope);
      } else if (roll < 48) {
        s = scope.topLevel ? arrays.declaration(scope) : null;
      } else if (roll < 64) {
        s = nest ? loops.loop(scope) : null;
      } else if (roll < 74) {
        s = nest ? branches.ifElse(scope) : null;
      } else if (roll < 80) {
        s = branches.jump(scope);
      } else if (roll < 84) {
        s = earlyReturns ? branches.guardReturn(scope) : null;
      } else if (roll < 87) {
        s = nest ? scalars.lateInitialized(scope) : null;
      } else if (roll < 92) {
        Stmt call = calls.storeIntoArgument(scope, exprs);
        s = call == null ? null : List.of(call);
      } else if (roll < 96) {
        s = arrays.fill(scope);
      } else {
        s = scalars.overwriteParameter(scope);
      }
      if (s != null) {
        return s;
      }
    }
    return scalars.statement(scope);
  }
}
