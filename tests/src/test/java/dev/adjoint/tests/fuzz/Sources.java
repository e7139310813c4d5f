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
        + "import dev.adjoint.tests.fuzz.FuzzTables;\n"
        + "import dev.adjoint.tests.fuzz.FuzzTables.Mode;\n"
        + "import java.util.Arrays;\n"
        + "import org.hipparchus.util.FastMath;\n\n"
        + "@SuppressWarnings(\"all\")\n"
        + "final class " + className + " extends FuzzTables {\n"
        + "  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);\n"
        + "  private static final double[] COEF = {0.5, -0.25, 1.5, 0.75, -1.0, 0.125, 2.0,"
        + " -0.5};\n\n"
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
