package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.adjoint.tests.oracle.Binding;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Oracles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Guarantees of the contract beyond the derivatives, for the array and loop corpus and the corpus of
 * calls, custom derivatives, helpers, instance methods, second derivatives and workloads: generated
 * classes keep no static mutable state, and concurrent calls agree bit for bit with sequential ones.
 */
class ArrayContractTest {

  @Test
  void generatedClassesHaveNoStaticMutableState() throws ClassNotFoundException {
    List<String> bad = new ArrayList<>();
    for (Class<?> c : Corpus.CLASSES) {
      Class<?> d = Class.forName(Binding.derivativesName(c));
      List<Class<?>> all = new ArrayList<>(List.of(d));
      all.addAll(List.of(d.getDeclaredClasses()));
      for (Class<?> k : all) {
        for (Field field : k.getDeclaredFields()) {
          int mod = field.getModifiers();
          if (Modifier.isStatic(mod) && !field.isSynthetic()
              && (!Modifier.isFinal(mod) || field.getType().isArray())) {
            bad.add(k.getName() + "." + field.getName());
          }
        }
      }
    }
    assertTrue(bad.isEmpty(), "static mutable fields in generated code: " + bad);
  }

  @TestFactory
  Stream<DynamicTest> concurrentCallsAgreeWithSequentialOnes() {
    List<FunctionCase> cases = new ArrayList<>(Corpus.arrayCases());
    cases.addAll(Corpus.featureCases());
    return cases.stream().map(c -> dynamicTest(c.name() + ", 4 threads x 20 points x 5 rounds",
        () -> Oracles.concurrentCalls(c, 4, 20)));
  }
}
