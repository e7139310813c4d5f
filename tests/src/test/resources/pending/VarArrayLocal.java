package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * A {@code var} local holding the {@code double[]} result of a call. The contract lists {@code var}
 * locals as supported, and {@code double[] u = squares(pair);} compiles (Calls.varAndInitializer), but
 * {@code var u = squares(pair);} is refused twice: "[Adjoint/Unsupported] array aliases are not supported
 * yet; index the array directly" and "[Adjoint/UnsupportedType] local 'u' has type null". Must compile.
 */
public final class VarArrayLocal {
  private VarArrayLocal() {}

  @Differentiable
  static double[] squares(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * x[i];
    }
    return y;
  }

  @Differentiable
  static double varArrayCall(double[] x) {
    var u = squares(x);
    double s = 0.0;
    for (int i = 0; i < u.length; i++) {
      s += u[i] * (i + 1);
    }
    return s;
  }
}
