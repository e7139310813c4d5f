package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates one program from a seed: a method under test with a random parameter list
 * ({@code double x, y}, {@code double[] v}, an {@code int n}, a {@code @NoDerivative double c},
 * sometimes a {@code wrt} selection), its helpers, and a body from {@link BodyGen}.
 */
final class ProgramGen {
  private ProgramGen() {}

  static Program generate(long seed, String name) {
    Random random = new Random(seed);
    int length = 3 + random.nextInt(4);
    int order = random.nextDouble() < 0.15 ? 2 : 1;
    Gen outer = new Gen(random, length, order, List.of());
    int helperCount = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(2);
    List<Method> helpers = CallGen.helpers(outer, name, helperCount);

    Gen gen = new Gen(random, length, order, helpers);
    gen.instance = random.nextDouble() < 0.2;
    List<Param> params = parameters(gen);
    Scope scope = Scope.ofMethod();
    for (Param p : params) {
      if (p.isArray()) {
        scope.arrays.add(p.name());
      } else if (p.isInt()) {
        scope.ints.add(p.name());
        gen.intParameter = p.name();
      } else if (p.isChoice()) {
        gen.choiceParameter = p;
      } else {
        scope.doubles.add(p.name());
      }
    }
    BodyGen body = new BodyGen(gen, 2);
    List<Stmt> stmts = new ArrayList<>(body.statements(scope, 2 + gen.below(5)));
    stmts.add(new Stmt.Return(result(gen, scope, body.exprs())));
    List<String> wrt = wrt(gen, params);
    if (gen.instance && order == 1 && gen.chance(0.3)) { // order 2 refuses fields in wrt
      // differentiate with respect to the receiver's field too: wrt = {every parameter, "gain"}
      List<String> named = new ArrayList<>(wrt.isEmpty() ? params.stream()
          .filter(p -> !p.isInt() && !p.isChoice() && !p.noDerivative()).map(Param::name)
          .toList() : wrt);
      named.add("gain");
      wrt = List.copyOf(named);
      params = new ArrayList<>(params);
      params.add(Param.field("gain"));
    }
    Method main = new Method(name, order, wrt, params, false, stmts, false, gen.instance);
    return new Program(seed, main, helpers, length, Math.min(3, length));
  }

  private static List<Param> parameters(Gen gen) {
    List<Param> params = new ArrayList<>();
    if (gen.chance(0.8)) {
      params.add(new Param("double", "x", false));
    }
    if (gen.chance(0.5)) {
      params.add(new Param("double", "y", false));
    }
    if (gen.chance(0.6) || params.isEmpty()) {
      params.add(new Param("double[]", "v", false));
    }
    if (gen.chance(0.2)) {
      params.add(new Param("int", "n", false));
    }
    if (gen.chance(0.25)) {
      params.add(new Param("double", "c", true));
    }
    if (gen.chance(0.2)) {
      params.add(gen.pick(List.of(new Param("String", "name", false),
          new Param("char", "op", false), new Param("Mode", "mode", false))));
    }
    Collections.shuffle(params, gen.random);
    return params;
  }

  /** Now and then differentiate only with respect to some of the parameters. */
  private static List<String> wrt(Gen gen, List<Param> params) {
    List<String> candidates = params.stream()
        .filter(p -> !p.isInt() && !p.isChoice() && !p.noDerivative())
        .map(Param::name).toList();
    if (candidates.size() < 2 || !gen.chance(0.2)) {
      return List.of();
    }
    List<String> chosen = new ArrayList<>(candidates);
    Collections.shuffle(chosen, gen.random);
    return List.copyOf(chosen.subList(0, 1 + gen.below(candidates.size() - 1)));
  }

  /** The result reads several of the values computed, so few of them are dead. */
  private static Expr result(Gen gen, Scope scope, ExprGen exprs) {
    Expr sum = exprs.expr(scope, 2);
    List<String> recent = scope.doubles.subList(Math.max(0, scope.doubles.size() - 3),
        scope.doubles.size());
    for (String d : recent) {
      sum = new Expr.Bin("+", sum, new Expr.Ref(d, false));
    }
    for (String a : scope.localArrays) {
      sum = new Expr.Bin("+", sum, gen.chance(0.5)
          ? new Expr.Call("AdjointMath.sum", List.of(new Expr.ArrayRef(a)), false)
          : new Expr.Elem(a, gen.constantIndex()));
    }
    return sum;
  }
}
