package dev.adjoint.tests.fuzz;

import java.util.List;
import java.util.Random;

/** The state one program's generation shares: the random source, sizes, helpers, fresh names. */
final class Gen {
  final Random random;
  final int length;
  final int order;
  /** Helpers callable from the method being generated. */
  final List<Method> helpers;
  /** The name of the method's int parameter, a loop bound no larger than the length. */
  String intParameter;
  /** Whether the method being generated is an instance method, which may read its fields. */
  boolean instance;
  /** The method's String, char or enum parameter, which a switch may select on; null if none. */
  Param choiceParameter;
  private int names;

  Gen(Random random, int length, int order, List<Method> helpers) {
    this.random = random;
    this.length = length;
    this.order = order;
    this.helpers = helpers;
  }

  String fresh(String prefix) {
    return prefix + names++;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int below(int n) {
    return random.nextInt(n);
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** An index from 0 to length - 1 as a literal. */
  Expr.IntLit constantIndex() {
    return new Expr.IntLit(below(length));
  }

  /** How a loop bound or modulus is spelled: the literal, or the length of an array in scope. */
  String lengthOf(Scope scope) {
    if (!scope.arrays.isEmpty() && chance(0.5)) {
      return pick(scope.arrays) + ".length";
    }
    return Integer.toString(length);
  }
}
