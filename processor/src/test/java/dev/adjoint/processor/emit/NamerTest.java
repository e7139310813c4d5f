package dev.adjoint.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.adjoint.processor.DifferentiableProcessor;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The user's names survive where Java's scoping allows them, and clash nowhere else. */
class NamerTest {
  private static final Pattern NUMBERED_I = Pattern.compile("\\bi[0-9]+\\b");

  @Test
  void siblingLoopsKeepTheUsersIndexAndALaterLocalOfTheSameNameStaysApart() throws IOException {
    Compilation c = javac().withProcessors(new DifferentiableProcessor()).compile(
        JavaFileObjects.forSourceLines("test.Foo",
            "package test;",
            "",
            "import dev.adjoint.Differentiable;",
            "",
            "final class Foo {",
            "  @Differentiable",
            "  static double f(double[] x, int start) {",
            "    double s = 0.0;",
            "    for (int i = 0; i < x.length; i++) {",
            "      s += x[i] * x[i];",
            "    }",
            "    for (int i = 0; i < x.length; i++) {",
            "      s += Math.sin(x[i]);",
            "    }",
            "    int i = start;",
            "    while (i < x.length) {",
            "      s = s * x[i];",
            "      i += 2;",
            "    }",
            "    return s;",
            "  }",
            "}"));
    // compiling at all shows the reverse sweep's loops, run where 'int i' is in scope, got
    // names of their own
    assertThat(c).succeededWithoutWarnings();
    String file = c.generatedSourceFile("test.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
    String jvp = file.substring(file.indexOf(" fJvp("), file.indexOf(" fVjp("));
    assertFalse(NUMBERED_I.matcher(jvp).find(), jvp);
    assertTrue(jvp.contains("for (int i = 0; i < x.length; i++)"), jvp);
    assertTrue(jvp.contains("int i = start;"), jvp);
    String vjp = file.substring(file.indexOf(" fVjp("));
    assertTrue(vjp.contains("for (int i = 0; i < x.length; i++)"), vjp); // the forward sweep
  }
}
