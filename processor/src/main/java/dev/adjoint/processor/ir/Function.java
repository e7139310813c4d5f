package dev.adjoint.processor.ir;

import java.util.List;

/**
 * One {@code @Differentiable} method as IR: its parameters (each marked differentiable or not),
 * its result type and its body.
 */
public record Function(
    String name, String ownerSimpleName, String file, List<Param> params, Type resultType,
    Block body, List<Constant> constants) {

  /**
   * A parameter and whether the caller wants derivatives with respect to it. A {@code field} is
   * a field of the receiver that {@code wrt} names: not a Java parameter (its value comes from
   * the receiver), but it gets a tangent and an accumulator like one, after the parameters'.
   */
  public record Param(Var var, boolean differentiable, boolean field) {
    public Param(Var var, boolean differentiable) {
      this(var, differentiable, false);
    }
  }

  public Function {
    params = List.copyOf(params);
    constants = List.copyOf(constants);
  }

  /** The parameters of the Java method, without the fields {@code wrt} names. */
  public List<Param> javaParams() {
    return params.stream().filter(p -> !p.field()).toList();
  }

  /**
   * What every generated method of an instance method that {@code wrt} names fields for starts
   * with: each field read into the local the body uses, {@code double[] w = self.w;}.
   */
  public List<Stmt> fieldReads() {
    List<Stmt> out = new java.util.ArrayList<>();
    for (Param p : params) {
      if (p.field()) {
        out.add(new Declare(p.var(), new Member(new Ref(params.get(0).var()), p.var().hint(),
            p.var().type(), Pos.NONE), Pos.NONE));
      }
    }
    return out;
  }

  /** Whether {@code wrt} names a field of the receiver. */
  public boolean hasDifferentiableFields() {
    return params.stream().anyMatch(Param::field);
  }

  public List<Var> differentiableParams() {
    return params.stream().filter(Param::differentiable).map(Param::var).toList();
  }

  public Function withBody(Block newBody) {
    return new Function(name, ownerSimpleName, file, params, resultType, newBody, constants);
  }
}
