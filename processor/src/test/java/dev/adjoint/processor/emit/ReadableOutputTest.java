package dev.adjoint.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.adjoint.processor.DifferentiableProcessor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a reviewer reads: temporaries named after what they hold, classes imported, not spelled out. */
class ReadableOutputTest {

  private static String generated(String... lines) throws IOException {
    Compilation c = javac().withProcessors(new DifferentiableProcessor())
        .compile(JavaFileObjects.forSourceLines("test.Foo", lines));
    assertThat(c).succeededWithoutWarnings();
    return c.generatedSourceFile("test.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
  }

  @Test
  void temporariesAreNamedAfterTheOperationTheyHold() throws IOException {
    String file = generated(
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] c, double x, double y) {",
        "    double p = 0.0;",
        "    for (int i = 0; i < c.length; i++) {",
        "      p = p * x + Math.exp(c[i] - y) / (x * y);",
        "    }",
        "    return p;",
        "  }",
        "}");
    assertTrue(file.contains("double pXDot = "), file);
    assertTrue(file.contains("double xY = x * y;"), file);
    assertTrue(file.contains("cIMinusY = c[i] - y;"), file);
    assertTrue(file.contains("exp = Math.exp(cIMinusY);"), file);
    assertTrue(file.contains("ratio = exp / xY;"), file);
    assertFalse(file.matches("(?s).*\\bt[0-9]+\\b.*"), file);
  }

  @Test
  void aNewLocalIsWrittenBeforeItsTangent() throws IOException {
    String file = generated(
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double s = Math.sin(x) * x;",
        "    return s;",
        "  }",
        "}");
    String jvp = file.substring(file.indexOf(" fJvp("), file.indexOf(" fVjp("));
    assertTrue(jvp.indexOf("double sinX = ") < jvp.indexOf("double sinXDot = "), jvp);
    assertTrue(jvp.indexOf("double s = ") < jvp.indexOf("double sDot = "), jvp);
  }

  @Test
  void aClassNamedInACopiedStatementIsImportedAsTheUsersFileDid() throws IOException {
    String file = generated(
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.Objects;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] x) {",
        "    Objects.requireNonNull(x, \"x\");",
        "    return dev.adjoint.AdjointMath.sum(x) * x[0];",
        "  }",
        "}");
    assertTrue(file.contains("import java.util.Objects;"), file);
    assertTrue(file.contains("    Objects.requireNonNull(x, \"x\");"), file);
    assertFalse(file.contains("java.util.Objects.requireNonNull"), file);
    assertTrue(file.contains("double sumX = AdjointMath.sum(x);"), file);
  }
}
