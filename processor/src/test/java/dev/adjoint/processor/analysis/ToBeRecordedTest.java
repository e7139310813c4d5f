package dev.adjoint.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What {@link ToBeRecorded} saves, seen in the generated code. */
class ToBeRecordedTest {

  @Test
  void aCounterSteppedByAConstantIsSteppedBackNotSaved() throws IOException {
    String vjp = GeneratedVjp.of("""
        int at = 0;
        double s = 0;
        for (int r = 0; r < x.length; r++) {
          for (int col = 0; col < r; col++) {
            s += a * x[at % x.length];
            at++;
          }
        }
        return s;""");
    assertTrue(vjp.contains("at--;"), vjp);
    assertFalse(vjp.contains("atSaved") || vjp.contains("copyOf"), vjp);
  }

  @Test
  void aCounterResetInEachIterationOfAOnePassLoopIsNeverSaved() throws IOException {
    String vjp = GeneratedVjp.of("""
        double s = 0;
        for (int b = 0; b < 3; b++) {
          int l = 1;
          for (int r = 0; r < x.length; r++) {
            s += a * x[l % x.length];
            l += 2;
          }
        }
        return s;""");
    assertTrue(vjp.contains("l -= 2;"), vjp);
    assertFalse(vjp.contains("lSaved"), vjp);
  }

  @Test
  void aCounterResetInEachIterationOfATwoSweepLoopSavesItsValueBeforeTheReset()
      throws IOException {
    String vjp = GeneratedVjp.of("""
        double s = 0;
        for (int b = 0; b < 3; b++) {
          int l = 1;
          for (int r = 0; r < x.length; r++) {
            s = Math.sin(s) + a * x[l % x.length];
            l += 2;
          }
        }
        return s;""");
    assertTrue(vjp.contains("l -= 2;"), vjp);
    // one value per reset, in a stack sized before the loop, which never grows
    assertTrue(vjp.contains("int[] lSaved"), vjp);
    assertFalse(vjp.contains("copyOf"), vjp);
  }

  @Test
  void aCounterScaledIsSavedAsBefore() throws IOException {
    String vjp = GeneratedVjp.of("""
        int at = 1;
        double s = 0;
        for (int r = 0; r < x.length; r++) {
          s += a * x[at % x.length];
          at *= 3;
        }
        return s;""");
    assertTrue(vjp.contains("atSaved"), vjp);
  }

  @Test
  void aFreshMatrixFilledOncePerElementSavesNothing() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[][] m = new double[x.length][2];
        for (int r = 0; r < x.length; r++) {
          for (int c = 0; c < 2; c++) {
            m[r][c] = Math.exp(a * x[r] + c);
          }
        }
        double s = 0;
        for (int r = 0; r < x.length; r++) {
          s += m[r][0] * m[r][1];
        }
        return s;""");
    assertFalse(vjp.contains("mSaved"), vjp);
  }

  @Test
  void aRowRewrittenInEachIterationIsStillSaved() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[][] m = new double[2][x.length];
        double s = 0;
        for (int r = 0; r < 3; r++) {
          for (int c = 0; c < x.length; c++) {
            m[1][c] = Math.sin(a * x[c] + r);
            s += m[1][c] * m[1][c];
          }
        }
        return s;""");
    // m[1][c] is indexed by c after an unchanged index, so the c loop needs nothing saved from
    // one of its iterations to the next, but each r iteration overwrites the previous one's row
    assertTrue(vjp.contains("mSaved"), vjp);
  }

  @Test
  void aScratchArrayOfAOnePassLoopIsNotSavedAcrossItsIterations() throws IOException {
    String vjp = GeneratedVjp.of("""
        double[] hidden = new double[2];
        double total = 0;
        for (int s = 0; s < x.length; s++) {
          for (int j = 0; j < 2; j++) {
            hidden[j] = Math.tanh(a * x[s] + j);
          }
          for (int j = 0; j < 2; j++) {
            total += hidden[j] * hidden[j];
          }
        }
        return total / x.length;""");
    assertTrue(vjp.contains("adjoint of this iteration"), vjp);
    // each iteration's adjoint reads its own hidden before the next iteration rewrites it
    assertFalse(vjp.contains("hiddenSaved"), vjp);
  }
}
