package dev.adjoint.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Where {@link ActivityAt} says a value no longer reaches the result, seen in the generated code:
 * such a value gets no adjoint, so an infinite partial of it cannot turn the gradient into NaN.
 */
class ActivityAtTest {

  @Test
  void anElementAtAConstantIndexThatNothingReadsGetsNoAdjoint() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] b = {2 * a, Math.log1p(Math.exp(a * a))};
        return b[0];""");
    String reverse = reverseSweep(vjp);
    assertTrue(reverse.contains("bBar[0]"), vjp);
    assertFalse(reverse.contains("bBar[1]") || reverse.contains("expAA"), vjp);
  }

  @Test
  void anElementOverwrittenBeforeAnyReadGetsNoAdjointForItsFirstValue() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] b = new double[2];
        b[1] = Math.exp(a * a);
        b[0] = a;
        b[1] = 2 * a;
        return b[0] + b[1];""");
    assertTrue(reverseSweep(vjp).contains("bBar[1]"), vjp);
    assertFalse(reverseSweep(vjp).contains("expAA"), vjp);
  }

  @Test
  void aReadAtAVariableIndexGuardsEachElementsAdjoint() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] b = new double[2];
        b[0] = 2 * a;
        b[1] = Math.log1p(Math.exp(a * a));
        return b[x.length % 2];""");
    // bBar[1] is zero whenever b[0] is returned, and exp(a²) may be infinite
    assertTrue(reverseSweep(vjp).contains("if (bBar[1] != 0.0)"), vjp);
  }

  @Test
  void anElementReadThroughAVariableIndexKeepsItsAdjoint() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] b = {2 * a, Math.sin(a)};
        int k = x.length % 2;
        return b[k];""");
    assertTrue(reverseSweep(vjp).contains("Math.cos(a)"), vjp);
  }

  @Test
  void everyElementOfAnArraySummedInALoopKeepsItsAdjoint() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] b = {2 * a, Math.sin(a)};
        double s = 0;
        for (int i = 0; i < b.length; i++) {
          s += x[i] * b[i];
        }
        return s;""");
    assertTrue(reverseSweep(vjp).contains("Math.cos(a)"), vjp);
  }

  private static String reverseSweep(String vjp) {
    return vjp.substring(vjp.indexOf("// reverse sweep"));
  }
}
