package dev.adjoint.processor.ir;

import java.util.List;

/**
 * One {@code @Differentiable} method as IR: its parameters (each marked differentiable or not),
 * its result type and its body.
 */
public record Function(
    String name, String ownerSimpleName, String file, List<Param> params, Type resultType,
    Block body, List<Constant> constants) {

  /** A parameter and whether the caller wants derivatives with respect to it. */
  public record Param(Var var, boolean differentiable) {}

  public Function {
    params = List.copyOf(params);
    constants = List.copyOf(constants);
  }

  public List<Var> differentiableParams() {
    return params.stream().filter(Param::differentiable).map(Param::var).toList();
  }

  public Function withBody(Block newBody) {
    return new Function(name, ownerSimpleName, file, params, resultType, newBody, constants);
  }
}
