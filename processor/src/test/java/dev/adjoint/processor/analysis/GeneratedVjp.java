package dev.adjoint.processor.analysis;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.adjoint.processor.DifferentiableProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The generated {@code fVjp} of a small method, for tests that read what an analysis decided. */
final class GeneratedVjp {
  private GeneratedVjp() {}

  /** The code of {@code fVjp} for {@code double f(double[] x, double a) { body }}. */
  static String of(String body, String... options) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] x, double a) {"));
    body.lines().forEach(line -> lines.add("    " + line));
    lines.add("  }");
    lines.add("}");
    Compilation c = javac().withProcessors(new DifferentiableProcessor()).withOptions(
        (Object[]) options).compile(JavaFileObjects.forSourceLines("test.Foo", lines));
    assertThat(c).succeeded();
    String all = c.generatedSourceFile("test.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
    int start = all.indexOf("public static double fVjp(");
    return all.substring(start, all.indexOf("\n  }\n", start));
  }
}
