package dev.adjoint.tests.fuzz;

import dev.adjoint.tests.fuzz.Expr.Bin;
import dev.adjoint.tests.fuzz.Expr.Fn;
import java.util.ArrayList;
import java.util.List;

/**
 * Random double expressions over the variables in scope. Every function is applied where it
 * is smooth and finite for any argument ({@code log(1 + e²)}, {@code exp(-e²)}, divisions by
 * {@code 2 + sin e}); the kinks of {@code abs}, {@code max} and comparisons are left in, as the
 * finite-difference check skips points near them.
 */
final class ExprGen {
  private static final double[] CONSTANTS = {0.0, 0.5, 1.0, 2.0, 3.0, -1.5, 0.25, -0.75};

  /** Functions of one argument, defined and finite everywhere. */
  private static final List<String> SMOOTH = List.of(
      "Math.sin(%1$s)", "Math.cos(%1$s)", "Math.tanh(%1$s)", "Math.atan(%1$s)",
      "Math.log(1.0 + %1$s * %1$s)", "Math.sqrt(1.0 + %1$s * %1$s)", "Math.exp(-%1$s * %1$s)",
      "AdjointMath.sigmoid(%1$s)", "AdjointMath.softplus(%1$s)", "Math.exp(Math.tanh(%1$s))",
      "AdjointMath.square(%1$s)", "AdjointMath.erf(%1$s)", "Math.log1p(Math.exp(%1$s))",
      "FastMath.sin(%1$s)", "FastMath.atan(%1$s)", "FastMath.exp(-%1$s * %1$s)",
      "FastMath.sqrt(1.0 + %1$s * %1$s)", "FastMath.tanh(%1$s)");

  /** Functions with a kink, or of two arguments. */
  private static final List<String> ROUGH = List.of(
      "Math.abs(%1$s)", "Math.max(%1$s, %2$s)", "Math.min(%1$s, %2$s)", "Math.hypot(%1$s, %2$s)",
      "AdjointMath.relu(%1$s)", "Math.atan2(%1$s, 1.0 + %2$s * %2$s)",
      "Math.pow(1.0 + %1$s * %1$s, %2$s)", "Math.fma(%1$s, %2$s, 0.5)",
      "FastMath.max(%1$s, %2$s)", "FastMath.hypot(%1$s, %2$s)");

  /**
   * Constants a class declares or inherits: its private table {@code COEF} and
   * {@code HALF_LOG_TWO_PI}, and {@code WEIGHTS} and {@code SCALE} from {@link FuzzTables}.
   */
  private static final List<String> TABLES = List.of("COEF[%1$s]", "WEIGHTS[%1$s]");

  private static final List<String> NAMED_CONSTANTS = List.of("HALF_LOG_TWO_PI", "SCALE");

  /** The fields an instance method inherits from {@link FuzzTables}, spelled every way. */
  private static final List<String> FIELDS = List.of("gain", "this.gain", "super.gain");

  private static final List<String> FIELD_TABLES = List.of("coefficients[%1$s]",
      "this.coefficients[%1$s]");

  /** Functions that keep a value bounded, so products and loops cannot overflow. */
  static final List<String> BOUNDING = List.of(
      "Math.tanh(%1$s)", "Math.sin(%1$s)", "AdjointMath.sigmoid(%1$s)", "Math.cos(%1$s)");

  private final Gen gen;
  private final CallGen calls;

  ExprGen(Gen gen, CallGen calls) {
    this.gen = gen;
    this.calls = calls;
  }

  Expr constant() {
    return new Expr.Num(CONSTANTS[gen.below(CONSTANTS.length)]);
  }

  /** A double expression of at most {@code depth} levels of operators. */
  Expr expr(Scope scope, int depth) {
    if (depth <= 0 || gen.chance(0.35)) {
      return leaf(scope);
    }
    int roll = gen.below(100);
    if (roll < 40) {
      String op = gen.pick(List.of("+", "+", "-", "*", "*"));
      return new Bin(op, expr(scope, depth - 1), expr(scope, depth - 1));
    }
    if (roll < 55) {
      return new Fn(gen.pick(SMOOTH), List.of(expr(scope, depth - 1)));
    }
    if (roll < 63) {
      return new Fn(gen.pick(ROUGH), List.of(expr(scope, depth - 1), expr(scope, depth - 1)));
    }
    if (roll < 70) {
      return new Bin("/", expr(scope, depth - 1),
          new Fn("(2.0 + Math.sin(%1$s))", List.of(expr(scope, depth - 1))));
    }
    if (roll < 76) {
      return new Expr.Ternary(condition(scope, depth - 1), expr(scope, depth - 1),
          expr(scope, depth - 1));
    }
    if (roll < 86 && !scope.arrays.isEmpty()) {
      return reduction(scope);
    }
    if (roll < 94) {
      Expr call = calls.scalarCall(scope, this, depth - 1);
      if (call != null) {
        return call;
      }
    }
    return new Bin("*", leaf(scope), leaf(scope));
  }

  /** A value kept in [-1, 1] or (0, 1): for factors of products and for loop-carried updates. */
  Expr bounded(Scope scope, int depth) {
    return new Fn(gen.pick(BOUNDING), List.of(expr(scope, depth)));
  }

  Expr leaf(Scope scope) {
    int roll = gen.below(100);
    if (roll < 6) {
      return roll < 4 ? new Fn(gen.pick(TABLES), List.of(index(scope)))
          : new Fn(gen.pick(NAMED_CONSTANTS), List.of());
    }
    if (roll < 10 && gen.instance) {
      return roll < 8 ? new Fn(gen.pick(FIELD_TABLES), List.of(index(scope)))
          : new Fn(gen.pick(FIELDS), List.of());
    }
    if (roll < 45 && !scope.doubles.isEmpty()) {
      return new Expr.Ref(gen.pick(scope.doubles), false);
    }
    if (roll < 75 && !scope.arrays.isEmpty()) {
      return new Expr.Elem(gen.pick(scope.arrays), index(scope));
    }
    if (roll < 80 && !scope.ints.isEmpty()) {
      return new Expr.Ref(gen.pick(scope.ints), true);
    }
    if (!scope.doubles.isEmpty() && roll < 90) {
      return new Expr.Ref(gen.pick(scope.doubles), false);
    }
    return constant();
  }

  /** An index into any array in scope: a constant, a loop variable, or computed from data. */
  Expr index(Scope scope) {
    int roll = gen.below(100);
    if (roll < 40 && !scope.indexVars.isEmpty()) {
      return new Expr.Ref(gen.pick(scope.indexVars), true);
    }
    if (roll < 50 && !scope.indexVars.isEmpty()) {
      return new Expr.Shifted(gen.pick(scope.indexVars), 1 + gen.below(gen.length - 1),
          gen.lengthOf(scope));
    }
    if (roll < 60 && !scope.ints.isEmpty()) {
      return new Expr.Shifted(gen.pick(scope.ints), 0, gen.lengthOf(scope));
    }
    if (roll < 75) {
      Expr data = gen.chance(0.5) && !scope.arrays.isEmpty()
          ? new Bin("+", new Expr.Num(1.0), new Expr.Elem(gen.pick(scope.arrays),
              gen.constantIndex()))
          : new Bin("*", new Expr.Num(2.0), leaf(scope));
      return new Expr.DataIndex(data, gen.lengthOf(scope));
    }
    return gen.constantIndex();
  }

  /** {@code AdjointMath.sum(a)}, {@code dot(a, b)} (maybe {@code dot(a, a)}) or {@code logSumExp(a)}. */
  Expr reduction(Scope scope) {
    String a = gen.pick(scope.arrays);
    return switch (gen.below(3)) {
      case 0 -> new Expr.Call("AdjointMath.sum", List.of(new Expr.ArrayRef(a)), false);
      case 1 -> new Expr.Call("AdjointMath.dot",
          List.of(new Expr.ArrayRef(a), new Expr.ArrayRef(gen.pick(scope.arrays))), false);
      default -> new Expr.Call("AdjointMath.logSumExp", List.of(new Expr.ArrayRef(a)), false);
    };
  }

  /** A comparison of active values, sometimes two joined by {@code &&} or {@code ||}. */
  Expr condition(Scope scope, int depth) {
    Expr c = new Bin(gen.pick(List.of("<", ">", "<=", ">=")), expr(scope, Math.max(0, depth)),
        gen.chance(0.5) ? constant() : leaf(scope));
    if (gen.chance(0.2)) {
      c = new Bin(gen.pick(List.of("&&", "||")), c,
          new Bin(gen.pick(List.of("<", ">")), leaf(scope), constant()));
    }
    return c;
  }

  /** Several expressions, for an array initializer or a final combination. */
  List<Expr> several(Scope scope, int n, int depth) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(expr(scope, depth));
    }
    return out;
  }
}
