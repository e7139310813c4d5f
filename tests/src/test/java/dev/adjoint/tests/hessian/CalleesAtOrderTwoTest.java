package dev.adjoint.tests.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hessians of methods that call other {@code order = 2} methods, at random points: against
 * central finite differences of the generated gradient, against closed forms, and symmetric.
 */
class CalleesAtOrderTwoTest {
  private static final Random RANDOM = new Random(1123L);

  @Test
  void totalMatchesFiniteDifferencesOfItsGradient() {
    for (int point = 0; point < 100; point++) {
      int n = 1 + RANDOM.nextInt(5);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = RANDOM.nextDouble() * 2 - 1;
      }
      double k = 0.2 + RANDOM.nextDouble();
      double c = RANDOM.nextDouble();
      double[][] h = CalleesAtOrderTwoDerivatives.totalHessian(x, k, c);
      double e = 1e-5;
      for (int i = 0; i <= n; i++) {
        double[] xp = x.clone();
        double[] xm = x.clone();
        double kp = k;
        double km = k;
        if (i < n) {
          xp[i] += e;
          xm[i] -= e;
        } else {
          kp += e;
          km -= e;
        }
        var gp = CalleesAtOrderTwoDerivatives.totalGrad(xp, kp, c);
        var gm = CalleesAtOrderTwoDerivatives.totalGrad(xm, km, c);
        for (int j = 0; j < n; j++) {
          assertEquals((gp.x()[j] - gm.x()[j]) / (2 * e), h[i][j], 1e-6, "H[" + i + "][" + j + "]");
        }
        assertEquals((gp.k() - gm.k()) / (2 * e), h[i][n], 1e-6, "H[" + i + "][k]");
      }
      for (int i = 0; i <= n; i++) {
        for (int j = 0; j <= n; j++) {
          assertEquals(h[i][j], h[j][i], 1e-12, "symmetry");
        }
      }
    }
  }

  @Test
  void recursivePowerHasTheSecondDerivativeOfXToTheN() {
    for (int n = 0; n <= 6; n++) {
      double x = 0.3 + RANDOM.nextDouble();
      double expected = n < 2 ? 0.0 : n * (n - 1) * Math.pow(x, n - 2);
      assertEquals(expected, CalleesAtOrderTwoDerivatives.powerHessian(x, n)[0][0],
          1e-12 * Math.max(1, Math.abs(expected)), "n = " + n);
    }
  }
}
