package dev.adjoint.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.AdjointMath;
import java.util.Random;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * The runtime helpers' values against independent references (Hipparchus' {@code Erf}, direct
 * formulas where they are stable), and their stability where naive formulas overflow.
 */
class AdjointMathTest {
  private static final Random RANDOM = new Random(20261122L);

  @Test
  void erfMatchesHipparchusEverywhere() {
    for (int i = 0; i < 20_000; i++) {
      double x = (RANDOM.nextDouble() - 0.5) * 14.0;
      double expected = Erf.erf(x);
      assertEquals(expected, AdjointMath.erf(x), 4e-16 + 2e-15 * Math.abs(expected), "erf(" + x + ")");
    }
    assertEquals(0.0, AdjointMath.erf(0.0));
    assertEquals(1.0, AdjointMath.erf(7.0));
    assertEquals(-1.0, AdjointMath.erf(-30.0));
    assertTrue(Double.isNaN(AdjointMath.erf(Double.NaN)));
  }

  @Test
  void erfAtTheSeedsGeluPoints() {
    // S02-gelu: GELU(x) = 0.5 x (1 + erf(x / sqrt 2)); the seed gives GELU(1) = 0.8413447460685429
    double gelu1 = 0.5 * (1 + AdjointMath.erf(1 / Math.sqrt(2)));
    assertEquals(0.8413447460685429, gelu1, 1e-15);
  }

  @Test
  void sigmoidAndSoftplusAreStableAtExtremes() {
    assertEquals(1.0, AdjointMath.sigmoid(800.0));
    assertEquals(0.0, AdjointMath.sigmoid(-800.0));
    assertEquals(Math.exp(-40.0) / (1 + Math.exp(-40.0)), AdjointMath.sigmoid(-40.0), 1e-30);
    assertEquals(800.0, AdjointMath.softplus(800.0));
    assertEquals(Math.exp(-800.0), AdjointMath.softplus(-800.0));
    for (int i = 0; i < 1000; i++) {
      double x = (RANDOM.nextDouble() - 0.5) * 20;
      assertEquals(1 / (1 + Math.exp(-x)), AdjointMath.sigmoid(x), 1e-15);
      assertEquals(Math.log1p(Math.exp(x)), AdjointMath.softplus(x), 1e-14);
    }
  }

  @Test
  void logSumExpShiftsByTheMaximum() {
    assertEquals(1000.0 + Math.log(2.0), AdjointMath.logSumExp(new double[] {1000.0, 1000.0}));
    assertEquals(Double.NEGATIVE_INFINITY, AdjointMath.logSumExp(new double[0]));
    double[] a = {0.3, -1.2, 2.0};
    assertEquals(Math.log(Math.exp(0.3) + Math.exp(-1.2) + Math.exp(2.0)), AdjointMath.logSumExp(a),
        1e-15);
  }

  @Test
  void dotSumSquareAndRelu() {
    assertEquals(-1.0, AdjointMath.dot(new double[] {1, 2}, new double[] {1, -1}));
    assertEquals(3.0, AdjointMath.sum(new double[] {1, 2}));
    assertEquals(6.25, AdjointMath.square(-2.5));
    assertEquals(0.0, AdjointMath.relu(-1.0));
    assertEquals(0.0, AdjointMath.relu(0.0));
    assertEquals(2.0, AdjointMath.relu(2.0));
  }
}
