package dev.adjoint.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How a batch deals with a program that cannot be loaded: it costs only that program. */
class BatchBuildTest {
  /**
   * javac 17 to 25 gives this method a stack map frame the JVM rejects: {@code r} is in slot 2
   * after the constant-true {@code if}, which javac still counts as assigned when {@code s}
   * reuses the slot and a later case label is reached from the switch.
   */
  private static final List<String> JAVAC_MISCOMPILES = List.of(
      "if (0.5 <= 3.0) {",
      "  double r;",
      "  if (x <= -1.5) {",
      "    r = 0.0;",
      "  } else {",
      "    return 0.0;",
      "  }",
      "}",
      "switch (0) {",
      "  case 1:",
      "    break;",
      "  case 0:",
      "    double s = -1.5;",
      "    break;",
      "  case 2:",
      "    break;",
      "  default:",
      "    break;",
      "}",
      "return x;");

  @Test
  void aProgramJavacMiscompilesIsSetApartAndTheRestOfItsClassIsChecked() throws Exception {
    Program bad = program("bad", JAVAC_MISCOMPILES);
    Program good = program("good", List.of("return x * x;"));
    Path dir = Files.createTempDirectory("adjoint-batch");
    try (FuzzCompiler first = new FuzzCompiler(); FuzzCompiler second = new FuzzCompiler()) {
      BatchBuild build = new BatchBuild(new FuzzCompiler[] {first, second},
          Map.of("Mixed", List.of(bad, good)), dir, true);
      try {
        assertEquals(List.of(bad), List.copyOf(build.miscompiled.keySet()));
        assertTrue(build.miscompiled.get(bad).contains("VerifyError"), build.miscompiled.get(bad));
        assertTrue(build.failures.isEmpty(), build.failures.toString());
        assertEquals(1, build.loaded.size());
        BatchBuild.Loaded loaded = build.loaded.get(0);
        assertEquals(good, loaded.program());
        assertEquals(null, new Checker(good, loaded.optimised(), loaded.saveAll()).check());
      } finally {
        build.close();
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Program program(String name, List<String> lines) {
    List<Stmt> body = lines.stream().<Stmt>map(Stmt.Line::new).toList();
    Method main = new Method(name, 1, List.of(), List.of(new Param("double", "x", false)), false,
        body, false, false);
    return new Program(1L, main, List.of(), 3, 2);
  }
}
