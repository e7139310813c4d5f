package dev.adjoint.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ecj, the real one from Maven Central) runs annotation processors but has
 * no javac trees: Adjoint must say so in one clear error at the class, not crash the compiler.
 */
class EclipseCompilerTest {

  @Test
  void eclipseCompilerGetsOneClearError(@TempDir Path dir) throws IOException {
    Path source = Files.createDirectories(dir.resolve("src/test")).resolve("Foo.java");
    Files.writeString(source, String.join("\n",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}",
        ""));
    String classPath = System.getProperty("java.class.path");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    boolean ok = BatchCompiler.compile(new String[] {
        "-17", "-proc:only", "-cp", classPath, "-processorpath", classPath,
        "-d", dir.resolve("classes").toString(), source.toString()},
        new PrintWriter(out), new PrintWriter(err), null);
    String report = out + "\n" + err;
    assertFalse(ok, report);
    assertTrue(report.contains("ERROR in " + source + " (at line 5)"), report);
    assertTrue(report.contains("[Adjoint/NeedsJavac] Adjoint reads the bodies of @Differentiable"
        + " methods through javac's tree API, which this compiler does not provide. Compile with"
        + " javac"), report);
    assertFalse(report.contains("Internal compiler error"), report);
    assertEquals(1, report.split("\\[Adjoint/", -1).length - 1, report);
  }
}
