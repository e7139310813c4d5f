package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;

/** A model object that holds its weights, differentiated with respect to them (wrt fields). */
public final class LogisticModel {
  double[] w;
  double b;
  final double l2;

  public LogisticModel(double[] w, double b, double l2) {
    this.w = w;
    this.b = b;
    this.l2 = l2;
  }

  public double[] w() {
    return w.clone();
  }

  public double b() {
    return b;
  }

  /** Mean logistic loss over labelled rows, with an L2 penalty on w. */
  @Differentiable(wrt = {"w", "b"})
  public double loss(double[][] x, int[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels");
    }
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double z = AdjointMath.dot(this.w, x[i]) + b;
      double p = AdjointMath.sigmoid(z);
      total -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    }
    for (double wi : w) {
      total += l2 * wi * wi;
    }
    return total / x.length;
  }
}
