package dev.adjoint.processor.transform;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.adjoint.processor.DifferentiableProcessor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the JVP keeps of the primal values it no longer needs, and what it drops. */
class DeadValuesTest {

  @Test
  void aJvpDropsValuesNothingReadsAndKeepsWhatMayThrow() throws IOException {
    Compilation c = javac().withProcessors(new DifferentiableProcessor()).compile(
        JavaFileObjects.forSourceLines("test.Foo",
            "package test;",
            "",
            "import dev.adjoint.Differentiable;",
            "",
            "final class Foo {",
            "  @Differentiable",
            "  static double f(double x, double[] a, int n) {",
            "    if (n < 0) {",
            "      throw new IllegalArgumentException(\"n < 0\");",
            "    }",
            "    double unused = Math.exp(x) * 3.0;",
            "    double element = a[n] * x;",
            "    int quotient = 7 / n;",
            "    double s = Math.sin(x) * x;",
            "    return s * x;",
            "  }",
            "}"));
    assertThat(c).succeededWithoutWarnings();
    String jvp = jvpOf(c);
    assertFalse(jvp.contains("double unused"), jvp);
    assertFalse(jvp.contains("double result ="), jvp);
    assertTrue(jvp.contains("throw new IllegalArgumentException"), jvp);
    assertTrue(jvp.contains("a[n]"), jvp); // may throw ArrayIndexOutOfBoundsException
    assertTrue(jvp.contains("7 / n"), jvp); // may throw ArithmeticException
    assertTrue(jvp.contains("double sinX = Math.sin(x);"), jvp); // sDot reads it
  }

  @Test
  void aValueReadInALaterIterationStays() throws IOException {
    Compilation c = javac().withProcessors(new DifferentiableProcessor()).compile(
        JavaFileObjects.forSourceLines("test.Foo",
            "package test;",
            "",
            "import dev.adjoint.Differentiable;",
            "",
            "final class Foo {",
            "  @Differentiable",
            "  static double f(double x) {",
            "    double p = 1.0;",
            "    double q = 0.0;",
            "    for (int i = 0; i < 3; i++) {",
            "      q = q + p * x;",
            "      p = p * x;",
            "    }",
            "    return q;",
            "  }",
            "}"));
    assertThat(c).succeededWithoutWarnings();
    String jvp = jvpOf(c);
    assertTrue(jvp.contains("p = p * x") || jvp.contains("p *= x"), jvp);
    assertFalse(jvp.contains("q = q + ") || jvp.contains("q += "), jvp);
  }

  private static String jvpOf(Compilation c) throws IOException {
    String all = c.generatedSourceFile("test.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
    int start = all.indexOf("public static double fJvp(");
    return all.substring(start, all.indexOf("\n  }\n", start)).lines()
        .filter(line -> !line.strip().startsWith("//")) // the source lines, quoted
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
