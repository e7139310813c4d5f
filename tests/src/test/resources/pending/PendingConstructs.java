package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import java.util.Arrays;

/**
 * Pending: constructs the contract lists as supported that do not compile yet. Each method here has a
 * twin in the compiled corpus written around the problem (named in its comment). Move this file to
 * src/test/java/dev/adjoint/tests/corpus/ once it compiles, add it to Corpus.CLASSES and give each
 * method a case (the twins of the compiled variants apply unchanged):
 *
 * <ul>
 *   <li>fillThenReduce, fillQualified: {@code Arrays.fill(local, v)} is refused with "[Adjoint/Unsupported]
 *       assigning a whole array variable is not supported yet" (StatementLowering.arraysFill hands the
 *       array identifier to target(), which refuses whole-array assignment). Compiled variant:
 *       Recurrences.fillThenReduce, Iterations.powerIteration (fill by a loop).
 *   <li>newtonCubeRoot, keplerEccentricAnomaly: a local declared without initializer ({@code double step;})
 *       and first assigned inside a do/while: the generated fVjp/fGrad push {@code step} onto its save
 *       stack before the first assignment, and javac rejects it ("variable step might not have been
 *       initialized"). Compiled variants: Iterations.newtonCubeRoot, Iterations.keplerEccentricAnomaly
 *       ({@code double step = 0;}).
 *   <li>twoPointers: a for loop declaring two indices ({@code for (int i = 0, j = n - 1; i < j; i++, j--)})
 *       is emitted as {@code for (int i = 0, int j = x.length - 1; ...)}, which is not Java ("<identifier>
 *       expected"); the source comment above it is garbled too ({@code for (int i = 0,, int i = 0, j = ...}).
 *       No compiled variant.
 *   <li>alternatingSeries: a {@code long} local overwritten in a loop is saved on an {@code int[]} stack
 *       ("incompatible types: possible lossy conversion from long to int"). Compiled variant:
 *       Recurrences.alternatingSeries with an int sign.
 * </ul>
 */
public final class PendingConstructs {
  private PendingConstructs() {}

  @Differentiable
  static double fillThenReduce(double[] x, double c) {
    double[] buffer = new double[x.length];
    Arrays.fill(buffer, c);
    for (int i = 0; i < x.length; i++) {
      buffer[i] += x[i] * x[i];
    }
    double s = 0;
    for (int i = 0; i < buffer.length; i++) {
      s += Math.log(buffer[i]);
    }
    return s;
  }

  @Differentiable
  static double fillQualified(double[] x) {
    double[] w = new double[x.length];
    java.util.Arrays.fill(w, 1.5);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] + w[i]) * x[i];
    }
    return s;
  }

  @Differentiable
  static double newtonCubeRoot(double a) {
    double x = 1 + a / 3;
    double step;
    do {
      step = (x * x * x - a) / (3 * x * x);
      x = x - step;
    } while (Math.abs(step) > 1e-13 * x);
    return x;
  }

  @Differentiable
  static double keplerEccentricAnomaly(double meanAnomaly, double e) {
    double anomaly = meanAnomaly;
    double delta;
    do {
      delta = (anomaly - e * Math.sin(anomaly) - meanAnomaly) / (1 - e * Math.cos(anomaly));
      anomaly -= delta;
    } while (Math.abs(delta) > 1e-14);
    return anomaly;
  }

  @Differentiable
  static double alternatingSeries(double[] x, boolean startNegative) {
    long sign = startNegative ? -1L : 1L;
    boolean skip = false;
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      if (!skip) {
        s += sign * x[i] * x[i];
      } else {
        s += sign * Math.cos(x[i]);
      }
      sign = -sign;
      skip = !skip;
    }
    return s;
  }

  @Differentiable
  static double twoPointers(double[] x) {
    double s = 0;
    for (int i = 0, j = x.length - 1; i < j; i++, j--) {
      s += x[i] * x[j];
    }
    return s;
  }
}
