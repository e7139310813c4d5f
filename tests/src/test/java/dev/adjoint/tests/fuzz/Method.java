package dev.adjoint.tests.fuzz;

import java.util.List;

/**
 * One generated {@code @Differentiable} method: static, or an instance method reading the
 * fields its class inherits; helpers are private now and then.
 */
record Method(String name, int order, List<String> wrt, List<Param> params, boolean returnsArray,
    List<Stmt> body, boolean isPrivate, boolean isInstance) {

  /** Whether the generated derivatives take a tangent and an accumulator for {@code p}. */
  boolean differentiates(Param p) {
    return !p.isInt() && !p.isChoice() && !p.noDerivative() && (wrt.isEmpty() || wrt.contains(p.name()));
  }

  Method withBody(List<Stmt> newBody) {
    return new Method(name, order, wrt, params, returnsArray, newBody, isPrivate, isInstance);
  }

  void render(StringBuilder out) {
    out.append("  @Differentiable");
    if (order == 2 || !wrt.isEmpty()) {
      out.append('(');
      if (order == 2) {
        out.append("order = 2").append(wrt.isEmpty() ? "" : ", ");
      }
      if (!wrt.isEmpty()) {
        out.append("wrt = {").append(String.join(", ",
            wrt.stream().map(w -> '"' + w + '"').toList())).append('}');
      }
      out.append(')');
    }
    out.append(isPrivate ? "\n  private " : "\n  ").append(isInstance ? "" : "static ").append(returnsArray ? "double[] " : "double ").append(name)
        .append('(').append(String.join(", ",
            params.stream().filter(p -> !p.isField()).map(Param::render).toList()))
        .append(") {\n");
    Stmt.renderBlock(body, out, "    ");
    out.append("  }\n\n");
  }
}
