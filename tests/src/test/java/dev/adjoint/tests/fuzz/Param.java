package dev.adjoint.tests.fuzz;

/** A parameter of a generated method: {@code double}, {@code double[]} or {@code int}. */
record Param(String type, String name, boolean noDerivative) {
  boolean isArray() {
    return type.equals("double[]");
  }

  boolean isInt() {
    return type.equals("int");
  }

  String render() {
    return (noDerivative ? "@NoDerivative " : "") + type + " " + name;
  }
}
