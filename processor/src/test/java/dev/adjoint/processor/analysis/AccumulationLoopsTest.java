package dev.adjoint.processor.analysis;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.adjoint.processor.DifferentiableProcessor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Which loops {@link AccumulationLoops} lets the VJP do in one pass, seen in the generated code:
 * a fused loop runs forwards only and says "adjoint of this iteration"; any other loop gets a
 * second loop that runs backwards ({@code i--}).
 */
class AccumulationLoopsTest {
  private static final String ONE_PASS = "// adjoint of this iteration";
  private static final String ADJOINT_FIRST = "they do not depend on the loop";
  private static final String PRIMAL_FIRST = "// each iteration again, then its adjoint";

  @Test
  void aSumWhoseAdjointIsKnownBeforeTheLoopRunsOnce() throws IOException {
    String vjp = vjp("""
        double total = 0;
        for (int i = 0; i < x.length; i++) {
          double r = x[i] - a;
          total += r * r;
        }
        return total / x.length;""");
    assertTrue(vjp.contains(ONE_PASS) && vjp.contains(ADJOINT_FIRST), vjp);
    assertEquals(1L, loops(vjp), vjp);
    assertFalse(vjp.contains("i--"), vjp);
  }

  @Test
  void aSumUnderALogRunsThePrimalLoopFirstAndSavesNothing() throws IOException {
    String vjp = vjp("""
        double total = 0;
        for (int i = 0; i < x.length; i++) {
          total += Math.exp(a * x[i]);
        }
        return Math.log(total);""");
    assertTrue(vjp.contains(ONE_PASS) && vjp.contains(PRIMAL_FIRST), vjp);
    assertEquals(2L, loops(vjp), vjp);
    assertFalse(vjp.contains("i--") || vjp.contains("Stack"), vjp);
  }

  @Test
  void aSecondLoopRecomputesOnlyWhatItsAdjointReads() throws IOException {
    String vjp = vjp("""
        double z = 0;
        for (int i = 0; i < x.length; i++) {
          z += x[i] * a;
        }
        return Math.log1p(z * z);""");
    assertTrue(vjp.contains("// the loop's adjoint"), vjp);
    assertFalse(vjp.contains(PRIMAL_FIRST) || vjp.contains(ONE_PASS), vjp);
    String second = vjp.substring(vjp.indexOf("// the loop's adjoint"));
    assertFalse(second.contains("double xIA ="), vjp); // the product only fed the dropped update
    assertEquals(2L, loops(vjp), vjp);
  }

  @Test
  void aSubtractedAccumulatorAndAScratchArrayRewrittenFirstStillFuse() throws IOException {
    String vjp = vjp("""
        double[] d = new double[2];
        double total = 0;
        for (int i = 0; i + 1 < x.length; i++) {
          for (int j = 0; j < 2; j++) {
            d[j] = x[i + j] - a;
          }
          total -= d[0] * d[1];
        }
        return 2 * total;""");
    assertTrue(vjp.contains(ONE_PASS), vjp);
    assertFalse(vjp.contains("i--"), vjp);
  }

  @Test
  void aValueCarriedToTheNextIterationKeepsTheBackwardLoop() throws IOException {
    assertTwoPasses(vjp("""
        double p = 1;
        for (int i = 0; i < x.length; i++) {
          p = p * (x[i] + a);
        }
        return p;"""));
  }

  @Test
  void anAccumulatorReadInsideTheLoopKeepsTheBackwardLoop() throws IOException {
    assertTwoPasses(vjp("""
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
          total += x[i] * a;
          weighted += total * x[i];
        }
        return weighted;"""));
  }

  @Test
  void aScratchLocalReadBeforeItIsWrittenKeepsTheBackwardLoop() throws IOException {
    assertTwoPasses(vjp("""
        double previous = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
          total += previous * x[i];
          previous = a * x[i];
        }
        return total;"""));
  }

  @Test
  void aScratchArrayWrittenOnlyInPartKeepsTheBackwardLoop() throws IOException {
    assertTwoPasses(vjp("""
        double[] d = new double[3];
        double total = 0;
        for (int i = 0; i + 2 < x.length; i++) {
          for (int j = 0; j < 2; j++) {
            d[j] = x[i + j] * a;
          }
          total += d[0] * d[2];
          d[2] = d[1];
        }
        return total;"""));
  }

  @Test
  void codeAfterTheLoopThatWritesWhatTheLoopReadsKeepsTheBackwardLoop() throws IOException {
    assertTwoPasses(vjp("""
        double b = 2 * a;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
          total += x[i] * b;
        }
        b = Math.log(total) * b;
        return b;"""));
  }

  @Test
  void savingEverythingTurnsFusionOffSoBothBuildsCanBeCompared() throws IOException {
    String body = """
        double total = 0;
        for (int i = 0; i < x.length; i++) {
          total += x[i] * x[i] * a;
        }
        return total;""";
    assertTrue(vjp(body).contains(ONE_PASS));
    assertTwoPasses(vjp(body, "-Aadjoint.tbr=off"));
  }

  @Test
  void anArrayResultBuiltAfterTheLoopIsNotReadBeforeItIsDeclared() {
    // once the adjoint-first order read the result array's adjoint before its declaration
    Compilation c = javac().withProcessors(new DifferentiableProcessor()).compile(
        JavaFileObjects.forSourceLines("test.Foo",
            "package test;",
            "",
            "import dev.adjoint.Differentiable;",
            "",
            "final class Foo {",
            "  @Differentiable",
            "  static double[] f(double[] x, double a) {",
            "    double total = 0;",
            "    for (int i = 0; i < x.length; i++) {",
            "      total += x[i] * a;",
            "    }",
            "    return new double[] {total, a};",
            "  }",
            "}"));
    assertThat(c).succeeded();
  }

  private static void assertTwoPasses(String vjp) {
    assertFalse(vjp.contains(ONE_PASS), vjp);
    assertTrue(vjp.contains("i--"), vjp);
  }

  /** The loops over {@code i} in {@code code}, not counting the comments that quote the source. */
  private static long loops(String code) {
    return code.lines().map(String::strip).filter(line -> line.startsWith("for (int i ")).count();
  }

  private static String vjp(String body, String... options) throws IOException {
    return GeneratedVjp.of(body, options);
  }
}
