package dev.adjoint.tests.harness;

/** Hand-written companions of {@link Fake}; the comment on each says what is wrong with it. */
public final class FakeDerivatives {
  private FakeDerivatives() {}

  // dot: right.

  public static double dotJvp(double[] a, double[] aDot, double[] b, double[] bDot) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += aDot[i] * b[i] + a[i] * bDot[i];
    }
    return s;
  }

  public static double dotVjp(double[] a, double[] b, double seed, double[] aBar, double[] bBar) {
    for (int i = 0; i < a.length; i++) {
      aBar[i] += seed * b[i];
      bBar[i] += seed * a[i];
    }
    return Fake.dot(a, b);
  }

  public static DotGradient dotGrad(double[] a, double[] b) {
    double[] aBar = new double[a.length];
    double[] bBar = new double[b.length];
    return new DotGradient(dotVjp(a, b, 1, aBar, bBar), aBar, bBar);
  }

  public record DotGradient(double value, double[] a, double[] b) {}

  // dotOverwrite: fVjp assigns its accumulators instead of adding to them.

  public static double dotOverwriteJvp(double[] a, double[] aDot, double[] b, double[] bDot) {
    return dotJvp(a, aDot, b, bDot);
  }

  public static double dotOverwriteVjp(double[] a, double[] b, double seed, double[] aBar, double[] bBar) {
    for (int i = 0; i < a.length; i++) {
      aBar[i] = seed * b[i];
      bBar[i] = seed * a[i];
    }
    return Fake.dot(a, b);
  }

  public static DotOverwriteGradient dotOverwriteGrad(double[] a, double[] b) {
    DotGradient g = dotGrad(a, b);
    return new DotOverwriteGradient(g.value(), g.a(), g.b());
  }

  public record DotOverwriteGradient(double value, double[] a, double[] b) {}

  // dotWritesInput: fJvp zeroes the caller's array a after using it.

  public static double dotWritesInputJvp(double[] a, double[] aDot, double[] b, double[] bDot) {
    double s = dotJvp(a, aDot, b, bDot);
    java.util.Arrays.fill(a, 0.0);
    return s;
  }

  public static double dotWritesInputVjp(double[] a, double[] b, double seed, double[] aBar, double[] bBar) {
    return dotVjp(a, b, seed, aBar, bBar);
  }

  public static DotWritesInputGradient dotWritesInputGrad(double[] a, double[] b) {
    DotGradient g = dotGrad(a, b);
    return new DotWritesInputGradient(g.value(), g.a(), g.b());
  }

  public record DotWritesInputGradient(double value, double[] a, double[] b) {}

  // dotSharedAccumulator: right unless aBar and bBar are one array (reads bBar before writing aBar).

  public static double dotSharedAccumulatorJvp(double[] a, double[] aDot, double[] b, double[] bDot) {
    return dotJvp(a, aDot, b, bDot);
  }

  public static double dotSharedAccumulatorVjp(double[] a, double[] b, double seed, double[] aBar,
      double[] bBar) {
    for (int i = 0; i < a.length; i++) {
      double old = bBar[i];
      aBar[i] += seed * b[i];
      bBar[i] = old + seed * a[i];
    }
    return Fake.dot(a, b);
  }

  public static DotSharedAccumulatorGradient dotSharedAccumulatorGrad(double[] a, double[] b) {
    DotGradient g = dotGrad(a, b);
    return new DotSharedAccumulatorGradient(g.value(), g.a(), g.b());
  }

  public record DotSharedAccumulatorGradient(double value, double[] a, double[] b) {}

  // dotWrongGrad: the record's b component is a copy of b instead of a.

  public static double dotWrongGradJvp(double[] a, double[] aDot, double[] b, double[] bDot) {
    return dotJvp(a, aDot, b, bDot);
  }

  public static double dotWrongGradVjp(double[] a, double[] b, double seed, double[] aBar, double[] bBar) {
    return dotVjp(a, b, seed, aBar, bBar);
  }

  public static DotWrongGradGradient dotWrongGradGrad(double[] a, double[] b) {
    DotGradient g = dotGrad(a, b);
    return new DotWrongGradGradient(g.value(), g.a(), b.clone());
  }

  public record DotWrongGradGradient(double value, double[] a, double[] b) {}

  // differences: right JVP and VJP, but fJacobian returns the transpose.

  public static double[] differencesJvp(double[] x, double[] xDot) {
    return Fake.differences(xDot);
  }

  public static double[] differencesVjp(double[] x, double[] seed, double[] xBar) {
    for (int i = 0; i < seed.length; i++) {
      xBar[i + 1] += seed[i];
      xBar[i] -= seed[i];
    }
    return Fake.differences(x);
  }

  public static double[][] differencesJacobian(double[] x) {
    int m = x.length - 1;
    double[][] transposed = new double[x.length][m];
    for (int i = 0; i < m; i++) {
      transposed[i + 1][i] = 1;
      transposed[i][i] = -1;
    }
    return transposed;
  }

  // scaled: right derivatives, but fVjp returns 0.3 * x, not the primal 0.1 * x * 3 (a rounding apart).

  public static double[] scaledJvp(double[] x, double[] xDot) {
    return Fake.scaled(xDot);
  }

  public static double[] scaledVjp(double[] x, double[] seed, double[] xBar) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      xBar[i] += seed[i] * 0.1 * 3;
      y[i] = 0.3 * x[i];
    }
    return y;
  }

  public static double[][] scaledJacobian(double[] x) {
    double[][] j = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      j[i][i] = 0.1 * 3;
    }
    return j;
  }

  // chain: right, with second derivatives (the contract of order = 2).

  public static double chainJvp(double[] x, double[] xDot) {
    return AdjointMathFree.dot(chainGradient(x), xDot);
  }

  public static double chainVjp(double[] x, double seed, double[] xBar) {
    double[] g = chainGradient(x);
    for (int k = 0; k < x.length; k++) {
      xBar[k] += seed * g[k];
    }
    return Fake.chain(x);
  }

  public static ChainGradient chainGrad(double[] x) {
    return new ChainGradient(Fake.chain(x), chainGradient(x));
  }

  public record ChainGradient(double value, double[] x) {}

  public static double[] chainHvp(double[] x, double[] xDir) {
    return times(chainHessian(x), xDir);
  }

  public static double[][] chainHessian(double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int k = 0; k + 1 < n; k++) {
      h[k][k] += 2 * x[k + 1];
      h[k][k + 1] += 2 * x[k];
      h[k + 1][k] += 2 * x[k];
    }
    return h;
  }

  // chainLowerHessian: fHessian fills only the lower triangle (fHvp is right).

  public static double chainLowerHessianJvp(double[] x, double[] xDot) {
    return chainJvp(x, xDot);
  }

  public static double chainLowerHessianVjp(double[] x, double seed, double[] xBar) {
    return chainVjp(x, seed, xBar);
  }

  public static ChainLowerHessianGradient chainLowerHessianGrad(double[] x) {
    return new ChainLowerHessianGradient(Fake.chain(x), chainGradient(x));
  }

  public record ChainLowerHessianGradient(double value, double[] x) {}

  public static double[] chainLowerHessianHvp(double[] x, double[] xDir) {
    return chainHvp(x, xDir);
  }

  public static double[][] chainLowerHessianHessian(double[] x) {
    double[][] h = chainHessian(x);
    for (int k = 0; k < h.length; k++) {
      for (int j = k + 1; j < h.length; j++) {
        h[k][j] = 0;
      }
    }
    return h;
  }

  // chainStaleHvp: fHvp uses the Hessian at x = 0 (fHessian is right).

  public static double chainStaleHvpJvp(double[] x, double[] xDot) {
    return chainJvp(x, xDot);
  }

  public static double chainStaleHvpVjp(double[] x, double seed, double[] xBar) {
    return chainVjp(x, seed, xBar);
  }

  public static ChainStaleHvpGradient chainStaleHvpGrad(double[] x) {
    return new ChainStaleHvpGradient(Fake.chain(x), chainGradient(x));
  }

  public record ChainStaleHvpGradient(double value, double[] x) {}

  public static double[] chainStaleHvpHvp(double[] x, double[] xDir) {
    return times(chainHessian(new double[x.length]), xDir);
  }

  public static double[][] chainStaleHvpHessian(double[] x) {
    return chainHessian(x);
  }

  private static double[] chainGradient(double[] x) {
    double[] g = new double[x.length];
    for (int k = 0; k + 1 < x.length; k++) {
      g[k] += 2 * x[k] * x[k + 1];
      g[k + 1] += x[k] * x[k];
    }
    return g;
  }

  private static double[] times(double[][] h, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = AdjointMathFree.dot(h[i], v);
    }
    return out;
  }

  /** A dot product, kept here so the fakes depend on nothing generated or under test. */
  private static final class AdjointMathFree {
    static double dot(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i] * b[i];
      }
      return s;
    }
  }
}
