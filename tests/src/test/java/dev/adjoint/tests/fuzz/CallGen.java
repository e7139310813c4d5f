package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls between generated methods: the helpers a program declares, and the calls of them,
 * including the same array passed twice and results stored into an argument array
 * ({@code b[3] = g(b)}).
 */
final class CallGen {
  private final Gen gen;

  CallGen(Gen gen) {
    this.gen = gen;
  }

  /** Shapes of helper parameter lists; the last one returns an array. */
  private static final List<List<Param>> SHAPES = List.of(
      List.of(new Param("double", "p", false), new Param("double", "q", false)),
      List.of(new Param("double[]", "p", false)),
      List.of(new Param("double[]", "p", false), new Param("double[]", "q", false)),
      List.of(new Param("double", "p", false), new Param("double[]", "q", false)),
      List.of(new Param("double", "p", false)));

  /** Helpers named {@code <prefix>h0, h1...}; each may call the ones before it. */
  static List<Method> helpers(Gen outer, String prefix, int count) {
    List<Method> helpers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Gen gen = new Gen(outer.random, outer.length, outer.order, List.copyOf(helpers));
      boolean array = outer.order == 1 && gen.chance(0.25);
      List<Param> params = array ? SHAPES.get(4) : SHAPES.get(gen.below(4));
      Scope scope = Scope.ofMethod();
      for (Param p : params) {
        (p.isArray() ? scope.arrays : scope.doubles).add(p.name());
      }
      BodyGen body = new BodyGen(gen, 1, !array);
      List<Stmt> stmts = new ArrayList<>();
      String result = null;
      boolean literal = array && gen.chance(0.3); // return new double[] {...}
      if (array && !literal) {
        result = gen.fresh("r");
        stmts.add(new Stmt.DeclareArray(result, gen.length, List.of(), null));
        scope.arrays.add(result);
        scope.localArrays.add(result);
      }
      stmts.addAll(body.statements(scope, 1 + gen.below(3)));
      if (literal) {
        stmts.add(new Stmt.Return(Expr.arrayLiteral(body.exprs().several(scope, gen.length, 2))));
      } else if (array) {
        stmts.add(new Stmt.Assign(new Expr.Elem(result, gen.constantIndex()), "+=",
            body.exprs().expr(scope, 2)));
        stmts.add(new Stmt.Return(new Expr.ArrayRef(result)));
      } else {
        stmts.add(new Stmt.Return(body.exprs().expr(scope, 3)));
      }
      helpers.add(new Method(prefix + "h" + i, outer.order, List.of(), params, array, stmts,
          gen.chance(0.4), false));
    }
    return helpers;
  }

  /** A call of a scalar helper with arguments from scope, or null if there is none. */
  Expr scalarCall(Scope scope, ExprGen exprs, int depth) {
    List<Method> scalar = gen.helpers.stream().filter(m -> !m.returnsArray()).toList();
    if (scalar.isEmpty()) {
      return null;
    }
    Method m = gen.pick(scalar);
    if (m.params().stream().anyMatch(Param::isArray) && scope.arrays.isEmpty()) {
      return null;
    }
    return call(m, scope, exprs, depth);
  }

  /**
   * {@code g(new double[] {a, b, c}, ...)}: a scalar helper taking an array, called with
   * initializers for its array arguments now and then; for a declaration at the method's top
   * level. Null if no helper takes an array.
   */
  Expr initializerCall(Scope scope, ExprGen exprs) {
    List<Method> taking = gen.helpers.stream()
        .filter(m -> !m.returnsArray() && m.params().stream().anyMatch(Param::isArray)).toList();
    if (taking.isEmpty() || scope.arrays.isEmpty()) {
      return null;
    }
    return call(gen.pick(taking), scope, exprs, 1, true);
  }

  /** {@code double[] name = g(...)}, with constant arguments half of the time. */
  Stmt arrayDeclaration(String name, Scope scope, ExprGen exprs) {
    List<Method> array = gen.helpers.stream().filter(Method::returnsArray).toList();
    if (array.isEmpty()) {
      return null;
    }
    Method m = gen.pick(array);
    Expr call = gen.chance(0.5)
        ? new Expr.Call(m.name(), List.of(exprs.constant()), true)
        : call(m, scope, exprs, 1);
    return new Stmt.DeclareArray(name, gen.length, List.of(), call);
  }

  private Expr call(Method m, Scope scope, ExprGen exprs, int depth) {
    return call(m, scope, exprs, depth, false);
  }

  /**
   * @param initializers whether an array argument may be written {@code new double[] {...}}:
   *     only in a declaration at the method's top level, the one place Adjoint takes it
   */
  private Expr call(Method m, Scope scope, ExprGen exprs, int depth, boolean initializers) {
    List<Expr> args = new ArrayList<>();
    String firstArray = null;
    for (Param p : m.params()) {
      if (p.isArray()) {
        // the same array for both parameters a third of the time
        if (initializers && gen.chance(0.3)) {
          // g(new double[] {a, b, c}): an initializer passed as the argument
          args.add(Expr.arrayLiteral(exprs.several(scope, gen.length, Math.max(0, depth))));
          continue;
        }
        String a = firstArray != null && gen.chance(0.35) ? firstArray : gen.pick(scope.arrays);
        firstArray = firstArray == null ? a : firstArray;
        args.add(new Expr.ArrayRef(a));
      } else {
        args.add(exprs.expr(scope, Math.max(0, depth)));
      }
    }
    return new Expr.Call(m.name(), args, m.returnsArray());
  }

  /**
   * {@code a[k] = g(a)} or {@code a[k] += g(a, a)}: a call reading a local array whose result
   * is stored into that array.
   */
  Stmt storeIntoArgument(Scope scope, ExprGen exprs) {
    if (scope.localArrays.isEmpty()) {
      return null;
    }
    String a = gen.pick(scope.localArrays);
    List<Method> taking = gen.helpers.stream()
        .filter(m -> !m.returnsArray() && m.params().stream().anyMatch(Param::isArray)).toList();
    if (taking.isEmpty()) {
      return null;
    }
    Method m = gen.pick(taking);
    List<Expr> args = new ArrayList<>();
    for (Param p : m.params()) {
      args.add(p.isArray() ? new Expr.ArrayRef(gen.chance(0.8) ? a : gen.pick(scope.arrays))
          : exprs.expr(scope, 1));
    }
    return new Stmt.Assign(new Expr.Elem(a, exprs.index(scope)), gen.pick(List.of("=", "+=")),
        new Expr.Call(m.name(), args, false));
  }
}
