package dev.adjoint.processor.rules;

import dev.adjoint.processor.ir.Expr;
import java.util.List;

/**
 * The derivative of one primitive operation {@code z = op(x0, x1, ...)}, given as its partial
 * derivatives. Forward mode writes {@code zDot = sum of xiDot * partial(i)}; reverse mode writes
 * {@code xiBar += zBar * partial(i)}. One formula serves both modes, so they cannot disagree.
 *
 * @param key the operation: an operator symbol ({@code "*"}) or a function name ({@code "sin"})
 * @param partials one per argument; {@code null} where the partial is identically zero (integer
 *     arguments, piecewise-constant functions)
 * @param usesResult whether some partial reads {@code z}, the operation's result
 */
public record Rule(
    String key, List<Partial> partials, boolean usesResult, List<ElementPartial> elementPartials) {

  /** A partial derivative {@code ∂z/∂xi} as an expression of the arguments and the result. */
  @FunctionalInterface
  public interface Partial {
    Expr of(List<Expr> x, Expr z);
  }

  /**
   * The partial derivative of {@code z} with respect to element {@code k} of an array argument,
   * as in {@code dot(a, b)}: {@code ∂z/∂a[k] = b[k]}.
   */
  @FunctionalInterface
  public interface ElementPartial {
    Expr of(List<Expr> x, Expr z, Expr k);
  }

  public Rule(String key, List<Partial> partials, boolean usesResult) {
    this(key, partials, usesResult, List.of());
  }

  public Rule {
    partials = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(partials));
    elementPartials =
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elementPartials));
  }

  /** The element-wise partial for array argument {@code i}, or null. */
  public ElementPartial elementPartial(int i) {
    return i < elementPartials.size() ? elementPartials.get(i) : null;
  }

  /** Whether argument {@code i} carries a derivative, as a scalar or element by element. */
  /** How many arguments the function takes. */
  public int arity() {
    return Math.max(partials.size(), elementPartials.size());
  }

  public boolean hasPartial(int i) {
    return partial(i) != null || elementPartial(i) != null;
  }

  /** The partial with respect to argument {@code i}, or null where it is identically zero. */
  public Partial partial(int i) {
    return i < partials.size() ? partials.get(i) : null;
  }

}
