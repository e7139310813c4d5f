package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.oracle.Binding;
import dev.adjoint.tests.oracle.FunctionCase;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the corpus itself: every corpus method has exactly one oracle case with a twin, and there are enough of them. */
class CorpusInventoryTest {

  @Test
  void everyCorpusMethodHasExactlyOneCaseWithATwin() {
    List<FunctionCase> cases = Corpus.allCases();
    Set<String> methods = new TreeSet<>();
    Set<String> helpers = new TreeSet<>();
    for (Class<?> c : Corpus.CLASSES) {
      for (Method m : c.getDeclaredMethods()) {
        if (!m.isSynthetic()) {
          String name = c.getSimpleName() + "." + m.getName();
          (Corpus.HELPERS.contains(name) ? helpers : methods).add(name);
        }
      }
    }
    assertEquals(new TreeSet<>(Corpus.HELPERS), helpers, "Corpus.HELPERS names methods that do not exist");
    List<String> caseNames = cases.stream().map(FunctionCase::name).sorted().toList();
    assertEquals(caseNames.size(), Set.copyOf(caseNames).size(), "duplicate cases: " + caseNames);
    assertEquals(methods, new TreeSet<>(caseNames), "corpus methods and oracle cases differ");
    cases.forEach(c -> assertNotNull(c.twin(), c.name() + " has no Hipparchus twin"));
    assertTrue(Corpus.CLASSES.containsAll(cases.stream().map(FunctionCase::owner).collect(Collectors.toSet())),
        "a case refers to a class missing from Corpus.CLASSES");
  }

  @Test
  void helpersHaveNoGeneratedDerivatives() throws ClassNotFoundException {
    for (Class<?> c : Corpus.CLASSES) {
      Set<String> generated = Arrays.stream(Class.forName(Binding.derivativesName(c)).getDeclaredMethods())
          .map(Method::getName).collect(Collectors.toSet());
      for (Method m : c.getDeclaredMethods()) {
        String name = c.getSimpleName() + "." + m.getName();
        if (Corpus.HELPERS.contains(name)) {
          assertTrue(!generated.contains(m.getName() + "Jvp"), name + " is listed as a helper but has a generated Jvp");
        }
      }
    }
  }

  @Test
  void theCorpusHasAtLeast45Functions() {
    int count = Corpus.allCases().size();
    assertTrue(count >= 45, "only " + count + " corpus functions");
  }

  @Test
  void theArrayCorpusHasAtLeast60FunctionsBesidesTheSeeds() {
    long count = Corpus.arrayCases().stream()
        .filter(c -> !c.owner().getSimpleName().startsWith("Seed"))
        .count();
    assertTrue(count >= 60, "only " + count + " array and loop corpus functions besides the seeds");
  }

  @Test
  void everyCorpusClassHasItsGeneratedCompanion() throws ClassNotFoundException {
    for (Class<?> c : Corpus.CLASSES) {
      Class<?> d = Class.forName(Binding.derivativesName(c));
      assertTrue(Modifier.isPublic(d.getModifiers()) && Modifier.isFinal(d.getModifiers()),
          d.getName() + " must be public final: " + Modifier.toString(d.getModifiers()));
      assertTrue(Arrays.stream(d.getDeclaredMethods()).filter(m -> !m.isSynthetic())
              .allMatch(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())),
          "every generated method in " + d.getName() + " must be public static");
    }
  }
}
