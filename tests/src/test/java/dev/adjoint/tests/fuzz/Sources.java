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
    return renderClass(className, programs, new long[programs.size()]);
  }

  /** The class's source; {@code firstLines[k]} gets the line where program k starts. */
  static String renderClass(String className, List<Program> programs, long[] firstLines) {
    StringBuilder out = new StringBuilder(header(className));
    for (int k = 0; k < programs.size(); k++) {
      firstLines[k] = out.chars().filter(c -> c == '\n').count() + 1;
      programs.get(k).renderMethods(out);
    }
    return out.append("}\n").toString();
  }
}
