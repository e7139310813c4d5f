package dev.adjoint.processor.ir;

import java.util.List;

/**
 * A call of another {@code @Differentiable} method: {@code Owner.g(args)} in the primal, and
 * {@code OwnerDerivatives.gJvp}/{@code gVjp} in the derivatives (the chain rule across methods).
 *
 * @param owner the callee's class as the generated code names it
 * @param companion the callee's companion class as the generated code names it
 * @param differentiable for each parameter of the callee, whether it has a tangent and an
 *     accumulator in the callee's generated API
 * @param hasHvp whether the callee is {@code @Differentiable(order = 2)}, with a {@code gHvp}
 */
public record Invoke(
    String owner, String companion, String name, List<Expr> args, List<Boolean> differentiable,
    boolean hasHvp, Type type, Pos pos) implements Expr {
  public Invoke {
    args = List.copyOf(args);
    differentiable = List.copyOf(differentiable);
  }

  public Invoke withArgs(List<Expr> newArgs) {
    return new Invoke(owner, companion, name, newArgs, differentiable, hasHvp, type, pos);
  }
}
