package dev.adjoint.tests.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Matrix-valued methods checked at random points: the JVP against central finite differences,
 * and {@code <U, J v>} from the JVP against {@code <J^T U, v>} from the VJP, with the VJP
 * returning the primal exactly and leaving the seed untouched.
 */
class MatrixResultsTest {
  private static final Random RANDOM = new Random(1122L);

  private static double[] vector(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = RANDOM.nextDouble() * 2 - 1;
    }
    return v;
  }

  private static double[][] matrix(int n, int m) {
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = vector(m);
    }
    return v;
  }

  private static double inner(double[][] u, double[][] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      for (int j = 0; j < u[i].length; j++) {
        s += u[i][j] * v[i][j];
      }
    }
    return s;
  }

  private static double inner(double[] u, double[] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      s += u[i] * v[i];
    }
    return s;
  }

  private static double[] step(double[] x, double[] d, double h) {
    double[] out = x.clone();
    for (int i = 0; i < x.length; i++) {
      out[i] += h * d[i];
    }
    return out;
  }

  @Test
  void outerProductWithAnOverwrittenColumn() {
    for (int point = 0; point < 200; point++) {
      int n = 1 + RANDOM.nextInt(4);
      int m = 1 + RANDOM.nextInt(4);
      double[] a = vector(n);
      double[] b = vector(m);
      double[] da = vector(n);
      double[] db = vector(m);
      double[][] jv = MatrixResultsDerivatives.outerSquaredColumnJvp(a, da, b, db);
      double h = 1e-6;
      double[][] plus = MatrixResults.outerSquaredColumn(step(a, da, h), step(b, db, h));
      double[][] minus = MatrixResults.outerSquaredColumn(step(a, da, -h), step(b, db, -h));
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          assertEquals((plus[i][j] - minus[i][j]) / (2 * h), jv[i][j], 1e-7, "JVP vs FD");
        }
      }
      double[][] u = matrix(n, m);
      double[][] seedCopy = new double[n][];
      for (int i = 0; i < n; i++) {
        seedCopy[i] = u[i].clone();
      }
      double[] aBar = new double[n];
      double[] bBar = new double[m];
      double[][] value = MatrixResultsDerivatives.outerSquaredColumnVjp(a, b, u, aBar, bBar);
      assertEquals(inner(u, jv), inner(aBar, da) + inner(bBar, db), 1e-12, "<U, J v>");
      double[][] primal = MatrixResults.outerSquaredColumn(a, b);
      for (int i = 0; i < n; i++) {
        assertArrayEquals(primal[i], value[i], 0.0, "VJP returns the primal exactly");
        assertArrayEquals(seedCopy[i], u[i], 0.0, "the seed is not written");
      }
    }
  }

  @Test
  void matrixProductInTheLeftFactor() {
    BiFunction<double[][], double[][], double[][]> f = MatrixResults::product;
    for (int point = 0; point < 200; point++) {
      int n = 1 + RANDOM.nextInt(4);
      int k = 1 + RANDOM.nextInt(4);
      int m = 1 + RANDOM.nextInt(4);
      double[][] w = matrix(n, k);
      double[][] x = matrix(k, m);
      double[][] dw = matrix(n, k);
      double[][] jv = MatrixResultsDerivatives.productJvp(w, dw, x);
      // linear in w: the JVP is the product with the direction
      double[][] expected = f.apply(dw, x);
      for (int i = 0; i < n; i++) {
        assertArrayEquals(expected[i], jv[i], 1e-12, "JVP of W X is dW X");
      }
      double[][] u = matrix(n, m);
      double[][] wBar = new double[n][k];
      MatrixResultsDerivatives.productVjp(w, x, u, wBar);
      assertEquals(inner(u, jv), inner(wBar, dw), 1e-12, "<U, J v>");
    }
  }
}
