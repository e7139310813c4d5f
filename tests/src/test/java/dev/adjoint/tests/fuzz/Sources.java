package dev.adjoint.tests.fuzz;

import java.util.List;

/** Java source text for classes of generated programs. */
final class Sources {
  static final String PACKAGE = "fuzz";

  private Sources() {}

  static String header(String className) {
    return "package " + PACKAGE + ";\n\n"
        + "import dev.adjoint.AdjointMath;\n"
        + "import dev.adjoint.Differentiable;\n"
        + "import dev.adjoint.NoDerivative;\n"
        + "import java.util.Arrays;\n\n"
        + "@SuppressWarnings(\"all\")\n"
        + "final class " + className + " {\n"
        + "  private " + className + "() {}\n\n";
  }

  static String renderClass(String className, List<Program> programs) {
    StringBuilder out = new StringBuilder(header(className));
    for (Program p : programs) {
      p.renderMethods(out);
    }
    return out.append("}\n").toString();
  }
}
