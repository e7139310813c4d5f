package dev.adjoint.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the generated companion of a few canonical methods with reviewed golden files, to
 * catch code that is correct but weird. Behaviour is tested numerically in the tests module.
 * Run with {@code -Dadjoint.updateGoldens=true} to rewrite the goldens, then review the diff.
 */
class GoldenTest {
  private static final Path ROOT =
      Paths.get(System.getProperty("adjoint.goldenRoot", "src/test/resources/golden"));

  @ParameterizedTest
  @ValueSource(strings = {"straight_line", "branch", "constants_and_selection", "counted_loop",
      "branch_in_loop", "array_in_out", "cross_method_call"})
  void generatedSourceMatchesGolden(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    JavaFileObject input =
        JavaFileObjects.forSourceString("demo.Foo", Files.readString(dir.resolve("Foo.java")));
    Compilation c = javac()
        .withProcessors(new DifferentiableProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(input);
    assertThat(c).succeededWithoutWarnings();
    String actual = c.generatedSourceFile("demo.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
    Path golden = dir.resolve("FooDerivatives.java");
    if (Boolean.getBoolean("adjoint.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("generated source of %s (rerun with -Dadjoint.updateGoldens=true to update)",
        name).that(actual).isEqualTo(Files.readString(golden));
  }
}
