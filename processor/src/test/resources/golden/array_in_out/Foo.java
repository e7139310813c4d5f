package demo;

import dev.adjoint.Differentiable;

final class Foo {
  /** Softmax: an array result, so fJvp returns a tangent array and fJacobian exists. */
  @Differentiable
  static double[] softmax(double[] z) {
    double max = z[0];
    for (int i = 1; i < z.length; i++) {
      max = Math.max(max, z[i]);
    }
    double[] p = new double[z.length];
    double sum = 0.0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
