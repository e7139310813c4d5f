package dev.adjoint.benchmarks;

import java.util.SplittableRandom;

/** Reproducible benchmark inputs: every state draws from its own fixed seed. */
public final class Inputs {
  private Inputs() {}

  public static SplittableRandom random(long seed) {
    return new SplittableRandom(seed);
  }

  public static double[] uniform(SplittableRandom random, int n, double lo, double hi) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = random.nextDouble(lo, hi);
    }
    return a;
  }

  public static double[][] uniform(SplittableRandom random, int n, int m, double lo, double hi) {
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = uniform(random, m, lo, hi);
    }
    return a;
  }

  /** A copy of {@code a} whose rows are copies too. */
  public static double[][] deepClone(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
