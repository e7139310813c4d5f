package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.oracle.Binding;
import dev.adjoint.tests.oracle.FunctionCase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the "written as found" corpus ({@code dev.adjoint.tests.found}): every method with a generated
 * companion ({@code <name>Jvp}) has exactly one oracle case with a twin, and there are at least 60.
 */
class FoundCorpusInventoryTest {
  private static final Path FOUND = Path.of("target/test-classes/dev/adjoint/tests/found");

  static List<FunctionCase> allCases() {
    List<FunctionCase> all = new ArrayList<>();
    all.addAll(FoundLeastSquaresOracleTest.cases());
    all.addAll(FoundSpecialFunctionsOracleTest.cases());
    all.addAll(FoundModelsOracleTest.cases());
    return all;
  }

  private static String key(Class<?> owner, String method) {
    return owner.getName() + "." + method;
  }

  @Test
  void everyDifferentiableMethodHasExactlyOneCaseWithATwin() throws IOException, ClassNotFoundException {
    Set<String> generated = new TreeSet<>();
    try (Stream<Path> files = Files.list(FOUND)) {
      for (Path p : files.filter(f -> f.toString().endsWith("Derivatives.class")).toList()) {
        String name = p.getFileName().toString().replace(".class", "");
        String ownerName = "dev.adjoint.tests.found." + name.substring(0, name.length() - "Derivatives".length())
            .replace('_', '$');
        Class<?> owner = Class.forName(ownerName);
        assertEquals(Binding.derivativesName(owner), "dev.adjoint.tests.found." + name);
        for (Method m : Class.forName("dev.adjoint.tests.found." + name).getDeclaredMethods()) {
          if (m.getName().endsWith("Jvp")) {
            generated.add(key(owner, m.getName().substring(0, m.getName().length() - 3)));
          }
        }
      }
    }
    List<FunctionCase> cases = allCases();
    List<String> caseKeys = cases.stream().map(c -> key(c.owner(), c.method())).sorted().toList();
    assertEquals(caseKeys.size(), Set.copyOf(caseKeys).size(), "duplicate cases: " + caseKeys);
    assertEquals(generated, new TreeSet<>(caseKeys), "generated companions and oracle cases differ");
    cases.forEach(c -> assertNotNull(c.twin(), c.name() + " has no Hipparchus twin"));
  }

  @Test
  void theFoundCorpusHasAtLeast60Functions() {
    int count = allCases().size();
    assertTrue(count >= 60, "only " + count + " found-corpus functions");
  }
}
