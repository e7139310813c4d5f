package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates statement lists, choosing for each statement one construct family. The weights
 * favour what derivative code gets wrong: reassignment, in-place array updates, loops with
 * data-dependent exits, branches inside loops, early exits and calls. Now and then come the
 * constructs of code as libraries write it: switch, scratch arrays declared in a loop, ranged
 * fills and copies, and argument checks.
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
      if (roll < 22) {
        s = scalars.statement(scope);
      } else if (roll < 36) {
        s = arrays.update(scope);
      } else if (roll < 44) {
        // at the top level, or a scratch array declared anew in each iteration
        s = scope.topLevel || (scope.inLoop() && gen.chance(0.5))
            ? (scope.topLevel && nest && gen.chance(0.25) ? arrays.matrix(scope)
                : arrays.declaration(scope)) : null;
      } else if (roll < 58) {
        s = nest ? loops.loop(scope) : null;
      } else if (roll < 66) {
        s = nest ? branches.ifElse(scope) : null;
      } else if (roll < 70) {
        s = nest ? branches.switchStatement(scope) : null;
      } else if (roll < 72) {
        s = branches.switchDeclaration(scope);
      } else if (roll < 77) {
        s = branches.jump(scope);
      } else if (roll < 81) {
        s = earlyReturns ? branches.guardReturn(scope) : null;
      } else if (roll < 84) {
        s = nest ? scalars.lateInitialized(scope) : null;
      } else if (roll < 89) {
        Stmt call = calls.storeIntoArgument(scope, exprs);
        s = call == null ? null : List.of(call);
      } else if (roll < 94) {
        s = arrays.fill(scope);
      } else if (roll < 97) {
        s = List.of(check(scope));
      } else {
        s = scalars.overwriteParameter(scope);
      }
      if (s != null) {
        return s;
      }
    }
    return scalars.statement(scope);
  }

  /**
   * An argument check: an inherited check method, a throw guard or an assert. Its value calls
   * no helper: a private one is refused there, with a message of its own.
   */
  private Stmt check(Scope scope) {
    Expr value = gen.chance(0.3) && !scope.arrays.isEmpty() ? exprs.reduction(scope)
        : new Expr.Bin(gen.pick(List.of("+", "*")), exprs.leaf(scope), exprs.leaf(scope));
    return switch (gen.below(3)) {
      case 0 -> new Stmt.Effect("checkFinite(%1$s);", value);
      case 1 -> new Stmt.Effect("if (Math.abs(%1$s) > 1.0e300) { throw new"
          + " IllegalArgumentException(\"out of range\"); }", value);
      default -> new Stmt.Effect("assert !Double.isNaN(%1$s) : \"NaN\";", value);
    };
  }
}
