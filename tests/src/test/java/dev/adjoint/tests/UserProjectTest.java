package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project outside this repository, built the way the README's plain {@code javac} line builds
 * it: the runtime jar on the class path and the processor jar, alone, on the processor path.
 */
class UserProjectTest {

  @Test
  void theProcessorJarAloneIsTheProcessorPath(@TempDir Path project) throws Exception {
    Path processorJar = location("dev.adjoint.processor.DifferentiableProcessor");
    Path runtimeJar = location("dev.adjoint.Differentiable");
    assumeTrue(processorJar.toString().endsWith(".jar"),
        "the processor is not packaged yet (mvn test rather than mvn verify): " + processorJar);
    try (JarFile jar = new JarFile(processorJar.toFile())) {
      assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/palantir/")),
          "JavaPoet must be relocated inside the processor jar");
      assertEquals("dev.adjoint.processor",
          jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }

    Path source = Files.createDirectories(project.resolve("src/demo")).resolve("Foo.java");
    Files.writeString(source, String.join("\n",
        "package demo;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "public final class Foo {",
        "  @Differentiable",
        "  public static double f(double x, double y) {",
        "    double s = Math.sin(x) * y;",
        "    return s * x;",
        "  }",
        "}",
        ""));
    Path classes = Files.createDirectories(project.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    List<String> options = List.of("-cp", runtimeJar.toString(),
        "-processorpath", processorJar.toString(), "-d", classes.toString());
    boolean ok = javac.getTask(log, null, null, options, null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
    assertTrue(ok, log.toString());

    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {classes.toUri().toURL(), runtimeJar.toUri().toURL()}, null)) {
      Class<?> companion = loader.loadClass("demo.FooDerivatives");
      Method grad = companion.getMethod("fGrad", double.class, double.class);
      Object g = grad.invoke(null, 0.5, 2.0);
      double x = (double) g.getClass().getMethod("x").invoke(g);
      double y = (double) g.getClass().getMethod("y").invoke(g);
      assertEquals(2.0 * (0.5 * Math.cos(0.5) + Math.sin(0.5)), x, 1e-15);
      assertEquals(0.5 * Math.sin(0.5), y, 1e-15);
    }
  }

  private static Path location(String className) throws ClassNotFoundException, IOException {
    Class<?> c = Class.forName(className, false, UserProjectTest.class.getClassLoader());
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
