package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import java.util.Arrays;

/**
 * Constructs the contract lists as supported that once generated code javac rejected (they waited in
 * src/test/resources/pending/ until the processor was fixed). Each keeps the shape that broke, so a
 * regression is a compile error of this module; their twins are those of the variants written around
 * the problems at the time (named below).
 *
 * <ul>
 *   <li>fillThenReduce, fillQualified: {@code Arrays.fill(local, v)} on a local array, plain and fully
 *       qualified (was refused as a whole-array assignment). Variants: Recurrences.fillThenReduce,
 *       Iterations.powerIteration.
 *   <li>newtonCubeRoot, keplerEccentricAnomaly: a local declared without initializer and first assigned
 *       inside a do/while (the reverse sweep saved it before its first assignment). Variants:
 *       Iterations.newtonCubeRoot, Iterations.keplerEccentricAnomaly.
 *   <li>twoPointers: a for loop declaring two indices and updating both (was emitted as
 *       {@code for (int i = 0, int j = ...)}). No variant; its own twin.
 *   <li>alternatingSeries: a {@code long} local overwritten in a loop (was saved on an {@code int[]}
 *       stack). Variant: Recurrences.alternatingSeries with an int sign.
 * </ul>
 */
public final class CompileRegressions {
  private CompileRegressions() {}

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

  /**
   * A sum whose adjoint needs its total: the primal copy of its loop once dropped the declaration
   * of the index of a loop inside it that is not counted.
   */
  @Differentiable
  static double logOfPrefixProducts(double[] x) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double q = 0;
      for (int j = 0; j <= i && j < 3; j++) {
        q = q + x[j];
      }
      total += q * x[i];
    }
    return Math.log(1 + total * total);
  }
}
