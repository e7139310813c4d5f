package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adjoint.tests.corpus.LogisticModel;
import dev.adjoint.tests.corpus.LogisticModelDerivatives;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Derivatives with respect to fields that {@code wrt} names: {@link LogisticModel#loss}'s
 * gradient in {@code w} and {@code b}, against a Hipparchus twin over the same formula, its JVP
 * against its VJP, and the primal bit for bit.
 */
class FieldDerivativesTest {
  private static final int POINTS = 200;

  @Test
  void gradientWithRespectToFieldsMatchesHipparchusAndTheJvp() {
    Random random = new Random(8);
    for (int point = 0; point < POINTS; point++) {
      int d = 1 + random.nextInt(4);
      int n = 1 + random.nextInt(6);
      double[] w = uniform(random, d);
      double[][] x = new double[n][];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        x[i] = uniform(random, d);
        y[i] = random.nextInt(2);
      }
      LogisticModel model = new LogisticModel(w.clone(), 2 * random.nextDouble() - 1, 0.05);
      double b = model.b();
      double[] expected = twin(w, b, x, y, 0.05);

      double[] wBar = new double[d];
      double[] bBar = {0.0};
      double value = LogisticModelDerivatives.lossVjp(model, x, y, 1.0, wBar, bBar);
      assertEquals(Double.doubleToLongBits(model.loss(x, y)), Double.doubleToLongBits(value),
          "the VJP returns the primal bit for bit");
      for (int k = 0; k < d; k++) {
        assertEquals(expected[k], wBar[k], 1e-12 * (1 + Math.abs(expected[k])), "d/dw" + k);
      }
      assertEquals(expected[d], bBar[0], 1e-12 * (1 + Math.abs(expected[d])), "d/db");

      var grad = LogisticModelDerivatives.lossGrad(model, x, y);
      assertArrayEquals(wBar, grad.w(), 1e-15);
      assertEquals(bBar[0], grad.b(), 1e-15);

      double[] wDot = uniform(random, d);
      double bDot = 2 * random.nextDouble() - 1;
      double jvp = LogisticModelDerivatives.lossJvp(model, x, y, wDot, bDot);
      double dot = bDot * bBar[0];
      for (int k = 0; k < d; k++) {
        dot += wDot[k] * wBar[k];
      }
      assertEquals(dot, jvp, 1e-12 * (1 + Math.abs(dot)), "<u, J v>");
      assertArrayEquals(w, model.w(), 0.0, "the fields are untouched");
    }
  }

  @Test
  void theArgumentCheckThrowsInTheGeneratedMethods() {
    LogisticModel model = new LogisticModel(new double[] {1, 2}, 0, 0);
    double[][] x = {{1, 2}};
    int[] y = {1, 0};
    assertThrows(IllegalArgumentException.class, () -> LogisticModelDerivatives.lossVjp(model, x,
        y, 1.0, new double[2], new double[1]));
    assertThrows(IllegalArgumentException.class,
        () -> LogisticModelDerivatives.lossJvp(model, x, y, new double[2], 0));
  }

  /** The gradient in (w, b) of the same loss, by Hipparchus forward mode. */
  private static double[] twin(double[] w, double b, double[][] x, int[] y, double l2) {
    int d = w.length;
    DSFactory f = new DSFactory(d + 1, 1);
    DerivativeStructure[] wd = new DerivativeStructure[d];
    for (int k = 0; k < d; k++) {
      wd[k] = f.variable(k, w[k]);
    }
    DerivativeStructure bd = f.variable(d, b);
    DerivativeStructure total = f.constant(0);
    for (int i = 0; i < x.length; i++) {
      DerivativeStructure z = bd;
      for (int k = 0; k < d; k++) {
        z = z.add(wd[k].multiply(x[i][k]));
      }
      DerivativeStructure p = z.negate().exp().add(1).reciprocal();
      total = total.subtract(p.log().multiply(y[i]).add(p.negate().add(1).log().multiply(1 - y[i])));
    }
    for (DerivativeStructure wk : wd) {
      total = total.add(wk.multiply(wk).multiply(l2));
    }
    total = total.divide(x.length);
    double[] out = new double[d + 1];
    for (int k = 0; k <= d; k++) {
      int[] orders = new int[d + 1];
      orders[k] = 1;
      out[k] = total.getPartialDerivative(orders);
    }
    return out;
  }

  private static double[] uniform(Random random, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = 2 * random.nextDouble() - 1;
    }
    return out;
  }
}
