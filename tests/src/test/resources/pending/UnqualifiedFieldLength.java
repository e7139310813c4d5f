package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * {@code .length} of a field named without qualifier: a {@code static final double[]} table
 * ({@code TABLE.length}) and an array field of the receiver ({@code x.length} in an instance method).
 * Both are refused with "[Adjoint/Unsupported] 'TABLE.length' is not a parameter, local or static final
 * constant; pass the value as a parameter", although fields are constants of the call, {@code TABLE[k]}
 * and {@code x[i][j]} themselves are accepted, and the qualified forms {@code UnqualifiedFieldLength.TABLE.length}
 * and {@code this.x.length} compile. (ExpressionLowering.memberSelect takes the {@code .length} branch
 * only when the identifier is a parameter or local in scope, and the fallback does not look at fields.)
 * The compiled corpus uses the qualified forms (RidgeModel, Models.Polynomial). Must compile.
 */
public final class UnqualifiedFieldLength {
  static final double[] TABLE = {1.0, -0.5, 0.25, 0.125};

  public final double[][] x;
  public final double[] y;

  public UnqualifiedFieldLength(double[][] x, double[] y) {
    this.x = x;
    this.y = y;
  }

  /** {@code Σ_k TABLE[k] exp(k u)}. */
  @Differentiable
  static double tableSeries(double u) {
    double s = 0.0;
    for (int k = 0; k < TABLE.length; k++) {
      s += TABLE[k] * Math.exp(k * u);
    }
    return s;
  }

  /** {@code ½ Σ_i (x_i·w - y_i)²}, looping over {@code x.length}. */
  @Differentiable
  double squaredError(double[] w) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < w.length; j++) {
        r += x[i][j] * w[j];
      }
      s += r * r;
    }
    return 0.5 * s;
  }
}
