package dev.adjoint.tests.pending;

import dev.adjoint.Differentiable;

/**
 * A call of a plain static int helper inside an array index, {@code x[mirror(i, n)]}. The contract
 * allows calls of other static methods whose arguments do not depend on a differentiable parameter
 * (index helpers), but the processor crashes: "An annotation processor threw an uncaught exception ...
 * java.lang.StackOverflowError at dev.adjoint.processor.transform.Linearize.atom(Linearize.java:129) /
 * operation(Linearize.java:121) / write(Linearize.java:89)", repeating: {@code atom} sends the
 * indexing expression (active, contains a call) back to {@code write}, whose {@code operation} hands it
 * to {@code atom} again. Assigning the index to an int local first ({@code int j = mirror(i, n);})
 * compiles; that form is Calls.mirroredCubes in the compiled corpus. Must compile.
 */
public final class IndexHelperInIndex {
  private IndexHelperInIndex() {}

  static int mirror(int i, int n) {
    return n - 1 - i;
  }

  static int last(int n) {
    return n - 1;
  }

  /** {@code Σ x[i] x[n-1-i]}. */
  @Differentiable
  static double mirroredProducts(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[mirror(i, x.length)];
    }
    return s;
  }

  /** {@code 2 x[n-1]}, no loop. */
  @Differentiable
  static double lastTimesTwo(double[] x) {
    return x[last(x.length)] * 2.0;
  }
}
