package dev.adjoint.tests.harness;

/**
 * Plain functions with hand-written companions in {@link FakeDerivatives}, some deliberately wrong,
 * to show that each oracle catches the kind of mistake it is there for (see {@link HarnessSelfTest}).
 * Not annotated: the processor never sees them.
 */
final class Fake {
  private Fake() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double dotOverwrite(double[] a, double[] b) {
    return dot(a, b);
  }

  static double dotWritesInput(double[] a, double[] b) {
    return dot(a, b);
  }

  static double dotSharedAccumulator(double[] a, double[] b) {
    return dot(a, b);
  }

  static double dotWrongGrad(double[] a, double[] b) {
    return dot(a, b);
  }

  static double[] differences(double[] x) {
    double[] d = new double[x.length - 1];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i + 1] - x[i];
    }
    return d;
  }

  static double[] scaled(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 0.1 * x[i] * 3;
    }
    return y;
  }

  /** {@code Σ x_i² x_(i+1)}: a cubic with a Hessian that changes from point to point. */
  static double chain(double[] x) {
    double s = 0;
    for (int i = 0; i + 1 < x.length; i++) {
      s += x[i] * x[i] * x[i + 1];
    }
    return s;
  }

  static double chainLowerHessian(double[] x) {
    return chain(x);
  }

  static double chainStaleHvp(double[] x) {
    return chain(x);
  }
}
