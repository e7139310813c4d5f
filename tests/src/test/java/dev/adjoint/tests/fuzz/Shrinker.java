package dev.adjoint.tests.fuzz;

import java.util.List;
import java.util.function.Function;

/**
 * Greedy delta debugging over {@link Edits}: keeps the first simplification that still fails
 * the same way, then goes on from the same position in the new program's list of edits, until
 * no edit keeps the failure or the budget of evaluations runs out.
 */
final class Shrinker {
  private final Function<Program, Failure> evaluate;
  private final int budget;
  private int evaluations;

  Shrinker(Function<Program, Failure> evaluate, int budget) {
    this.evaluate = evaluate;
    this.budget = budget;
  }

  record Result(Program program, Failure failure, int evaluations) {}

  Result shrink(Program program, Failure failure) {
    Program current = program;
    Failure latest = failure;
    int start = 0;
    boolean progress = true;
    while (progress && evaluations < budget) {
      progress = false;
      List<Program> candidates = Edits.of(current);
      for (int i = 0; i < candidates.size() && evaluations < budget; i++) {
        int at = (start + i) % candidates.size();
        Program candidate = candidates.get(at);
        evaluations++;
        Failure f = evaluate.apply(candidate);
        if (failure.sameKind(f)) {
          current = candidate;
          latest = f;
          start = at;
          progress = true;
          break;
        }
      }
    }
    return new Result(current, latest, evaluations);
  }
}
