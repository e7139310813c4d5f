package dev.adjoint.processor.rules;

import static dev.adjoint.processor.ir.Build.ONE;
import static dev.adjoint.processor.ir.Build.ZERO;
import static dev.adjoint.processor.ir.Build.add;
import static dev.adjoint.processor.ir.Build.cmp;
import static dev.adjoint.processor.ir.Build.cond;
import static dev.adjoint.processor.ir.Build.div;
import static dev.adjoint.processor.ir.Build.math;
import static dev.adjoint.processor.ir.Build.mul;
import static dev.adjoint.processor.ir.Build.neg;
import static dev.adjoint.processor.ir.Build.num;
import static dev.adjoint.processor.ir.Build.sub;

import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.rules.Rule.Partial;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every derivative Adjoint knows, one entry per primitive operation.
 *
 * <p>The contract all entries obey: {@code z = op(x, y, ...)} is the result. An entry gives the
 * partial derivative of {@code z} with respect to each argument, as an expression that reads the
 * arguments and {@code z} and nothing else. Forward mode multiplies each partial by the argument's
 * tangent and sums; reverse mode adds {@code zBar * partial} into each argument's adjoint. Math and
 * StrictMath share the entries, and so do Hipparchus' and Commons Math's {@code FastMath} (with
 * {@code asinh}, {@code acosh} and {@code atanh}, which only they have): the primal keeps the
 * class the user called, derivatives use Math.
 *
 * <p>At points where a function is not differentiable, an entry takes a documented one-sided
 * choice, as JAX and PyTorch do: {@code abs} has derivative 0 at 0, and {@code hypot} at the
 * origin (both the zero subgradient), {@code max}/{@code min} send
 * the whole derivative to the first argument on a tie, {@code floor}, {@code ceil}, {@code rint},
 * {@code round} and {@code signum} have derivative 0 everywhere.
 */
public final class DerivativeRules {
  private static final Map<String, Rule> RULES = new LinkedHashMap<>();
  private static final Map<String, String> UNSUPPORTED = new LinkedHashMap<>();

  /** Operator keys, for the rules of the language's own operations. */
  public static final String ADD = "+";
  public static final String SUB = "-";
  public static final String MUL = "*";
  public static final String DIV = "/";
  public static final String NEG = "neg";
  public static final String COPY = "copy";

  /** The runtime class whose functions have rules here besides Math's. */
  public static final String ADJOINT_MATH = "dev.adjoint.AdjointMath";

  static {
    // 1. Arithmetic operators. COPY is `v = a` and the widening cast `(double) a`.
    binary(ADD, (x, y) -> ONE, (x, y) -> ONE);
    binary(SUB, (x, y) -> ONE, (x, y) -> num(-1.0));
    binary(MUL, (x, y) -> y, (x, y) -> x);
    binaryZ(DIV, (x, y, z) -> div(ONE, y), (x, y, z) -> neg(div(z, y)));
    unary(NEG, x -> num(-1.0));
    unary(COPY, x -> ONE);

    // 2. Powers, roots, exponentials and logarithms.
    binaryZ("pow", (x, y, z) -> powBase(x, y), (x, y, z) -> powExponent(x, z));
    unaryZ("sqrt", (x, z) -> div(num(0.5), z));
    unaryZ("cbrt", (x, z) -> div(ONE, mul(mul(num(3.0), z), z)));
    unaryZ("exp", (x, z) -> z);
    unaryZ("expm1", (x, z) -> add(z, ONE));
    unary("log", x -> div(ONE, x));
    unary("log10", x -> div(ONE, mul(x, constant(Math.log(10.0)))));
    unary("log1p", x -> div(ONE, add(ONE, x)));

    // 3. Trigonometric functions.
    unary("sin", x -> math("cos", x));
    unary("cos", x -> neg(math("sin", x)));
    unaryZ("tan", (x, z) -> add(ONE, mul(z, z)));
    unary("asin", x -> div(ONE, math("sqrt", sub(ONE, mul(x, x)))));
    unary("acos", x -> neg(div(ONE, math("sqrt", sub(ONE, mul(x, x))))));
    unary("atan", x -> div(ONE, add(ONE, mul(x, x))));
    binary("atan2", (y, x) -> div(x, add(mul(x, x), mul(y, y))),
        (y, x) -> neg(div(y, add(mul(x, x), mul(y, y)))));
    unary("toRadians", x -> constant(Math.PI / 180.0));
    unary("toDegrees", x -> constant(180.0 / Math.PI));

    // 4. Hyperbolic functions.
    unary("sinh", x -> math("cosh", x));
    unary("cosh", x -> math("sinh", x));
    unaryZ("tanh", (x, z) -> sub(ONE, mul(z, z)));
    unary("asinh", x -> div(ONE, math("sqrt", add(mul(x, x), ONE))));
    unary("acosh", x -> div(ONE, math("sqrt", sub(mul(x, x), ONE))));
    unary("atanh", x -> div(ONE, sub(ONE, mul(x, x))));

    // 5. Norms, fused and sign-manipulating operations.
    // at the origin the zero subgradient, as for abs: hypot(0, k * y) with k == 0 stays 0
    binaryZ("hypot", (x, y, z) -> cond(cmp(Binary.Op.EQ, z, ZERO), ZERO, div(x, z)),
        (x, y, z) -> cond(cmp(Binary.Op.EQ, z, ZERO), ZERO, div(y, z)));
    rule("fma", false, (x, z) -> x.get(1), (x, z) -> x.get(0), (x, z) -> ONE);
    rule("scalb", false, (x, z) -> math("scalb", ONE, x.get(1)), null);
    rule("copySign", false,
        (x, z) -> mul(math("copySign", ONE, x.get(0)), math("copySign", ONE, x.get(1))), null);
    binary("IEEEremainder", (x, y) -> ONE, (x, y) -> neg(math("rint", div(x, y))));

    // 6. Non-differentiable points: documented one-sided choices.
    unary("abs", x -> math("signum", x));
    binary("max", (x, y) -> cond(cmp(Binary.Op.GE, x, y), ONE, ZERO),
        (x, y) -> cond(cmp(Binary.Op.GE, x, y), ZERO, ONE));
    binary("min", (x, y) -> cond(cmp(Binary.Op.LE, x, y), ONE, ZERO),
        (x, y) -> cond(cmp(Binary.Op.LE, x, y), ZERO, ONE));
    rule("clamp", false,
        (x, z) -> cond(and(cmp(Binary.Op.GE, x.get(0), x.get(1)),
            cmp(Binary.Op.LE, x.get(0), x.get(2))), ONE, ZERO),
        (x, z) -> cond(cmp(Binary.Op.LT, x.get(0), x.get(1)), ONE, ZERO),
        (x, z) -> cond(cmp(Binary.Op.GT, x.get(0), x.get(2)), ONE, ZERO));

    // 7. Piecewise constant: derivative zero everywhere it exists.
    for (String name : List.of("signum", "floor", "ceil", "rint", "round")) {
      rule(name, false, (Partial) null);
    }

    // 8. dev.adjoint.AdjointMath: stable helpers for machine learning code.
    unaryZ("sigmoid", (x, z) -> mul(z, sub(ONE, z)));
    unary("softplus", x -> adjoint("sigmoid", x));
    unary("relu", x -> cond(cmp(Binary.Op.GT, x, ZERO), ONE, ZERO));
    unary("square", x -> mul(num(2.0), x));
    unary("erf", x -> mul(constant(2.0 / Math.sqrt(Math.PI)), math("exp", neg(mul(x, x)))));
    elementwise("sum", false, (x, z, k) -> ONE);
    elementwise("dot", false, (x, z, k) -> at(x.get(1), k), (x, z, k) -> at(x.get(0), k));
    elementwise("logSumExp", true, (x, z, k) -> math("exp", sub(at(x.get(0), k), z)));

    // Functions with no useful derivative: a call with an active argument is a compile error.
    UNSUPPORTED.put("ulp", "ulp(x) is the spacing of doubles near x, a step function of x");
    UNSUPPORTED.put("nextUp", "nextUp steps to the next double, which has no useful derivative");
    UNSUPPORTED.put("nextDown", "nextDown steps to the previous double, which has no useful derivative");
    UNSUPPORTED.put("nextAfter", "nextAfter steps between doubles, which has no useful derivative");
    UNSUPPORTED.put("random", "random() is not a function of its inputs");
  }

  private DerivativeRules() {}

  /** The rule for an operator or function name. */
  public static Optional<Rule> lookup(String key) {
    return Optional.ofNullable(RULES.get(key));
  }

  /**
   * The rule for a library call, if its class is one the table knows and the rule takes as many
   * arguments ({@code FastMath.log(base, x)} is not {@code Math.log(x)}).
   */
  public static Optional<Rule> lookup(Call call) {
    if (!call.isLibrary()) {
      return Optional.empty();
    }
    return lookup(call.name()).filter(r -> r.arity() == call.args().size());
  }

  /** Why a known function has no rule, if it is one of those. */
  public static Optional<String> whyUnsupported(String name) {
    return Optional.ofNullable(UNSUPPORTED.get(name));
  }

  /** The rule keys in table order (for tests and documentation). */
  public static List<String> keys() {
    return List.copyOf(RULES.keySet());
  }

  /** The names deliberately left without a rule (for tests and documentation). */
  public static Map<String, String> unsupported() {
    return Map.copyOf(UNSUPPORTED);
  }

  /** The rule of a binary arithmetic operator. */
  public static Rule of(Binary.Op op) {
    return switch (op) {
      case ADD -> RULES.get(ADD);
      case SUB -> RULES.get(SUB);
      case MUL -> RULES.get(MUL);
      case DIV -> RULES.get(DIV);
      default -> throw new IllegalArgumentException("no rule for " + op);
    };
  }

  // d/dx x^y = y x^(y-1); a literal exponent is folded so pow(x, 3) gives 3.0 * Math.pow(x, 2.0).
  private static Expr powBase(Expr x, Expr y) {
    Double exponent = literalValue(y);
    if (exponent != null) {
      double n = exponent;
      if (n == 1.0) {
        return ONE;
      }
      if (n == 2.0) {
        return mul(num(2.0), x);
      }
      return mul(num(n), math("pow", x, num(n - 1.0)));
    }
    return mul(y, math("pow", x, sub(y, ONE)));
  }

  private static Double literalValue(Expr e) {
    if (!(e instanceof Literal l) || !l.type().isNumeric()) {
      return null;
    }
    try {
      String t = l.text().replace("_", "");
      return l.type().isIntegral()
          ? (double) Long.decode(t.replaceAll("[lL]$", ""))
          : Double.parseDouble(t);
    } catch (NumberFormatException e2) {
      return null;
    }
  }

  // d/dy x^y = ln(x) x^y, taken as 0 where x == 0 (the limit along y > 0), as JAX does.
  private static Expr powExponent(Expr x, Expr z) {
    return cond(cmp(Binary.Op.EQ, x, ZERO), ZERO, mul(math("log", x), z));
  }

  private static Expr and(Expr a, Expr b) {
    return new Binary(Binary.Op.AND, a, b, Type.BOOLEAN, Pos.NONE);
  }

  private static Expr constant(double value) {
    return Literal.of(value);
  }

  /** {@code AdjointMath.name(args)}: the generated file imports the class. */
  private static Expr adjoint(String name, Expr... args) {
    return new Call(ADJOINT_MATH, name, List.of(args), Type.DOUBLE,
        Pos.NONE);
  }

  private static Expr at(Expr array, Expr k) {
    return new Index(array, k, Type.DOUBLE, Pos.NONE);
  }

  private static void elementwise(String key, boolean usesResult, Rule.ElementPartial... parts) {
    RULES.put(key, new Rule(key, List.of(), usesResult, Arrays.asList(parts)));
  }

  private interface Fn3 {
    Expr of(Expr x, Expr y, Expr z);
  }

  private static void unary(String key, Function<Expr, Expr> dx) {
    rule(key, false, (x, z) -> dx.apply(x.get(0)));
  }

  private static void unaryZ(String key, BiFunction<Expr, Expr, Expr> dx) {
    rule(key, true, (x, z) -> dx.apply(x.get(0), z));
  }

  private static void binary(
      String key, BiFunction<Expr, Expr, Expr> dx, BiFunction<Expr, Expr, Expr> dy) {
    rule(key, false, (x, z) -> dx.apply(x.get(0), x.get(1)), (x, z) -> dy.apply(x.get(0), x.get(1)));
  }

  private static void binaryZ(String key, Fn3 dx, Fn3 dy) {
    rule(key, true, (x, z) -> dx.of(x.get(0), x.get(1), z), (x, z) -> dy.of(x.get(0), x.get(1), z));
  }

  private static void rule(String key, boolean usesResult, Partial... partials) {
    RULES.put(key, new Rule(key, Arrays.asList(partials), usesResult));
  }
}
