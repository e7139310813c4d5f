package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import dev.adjoint.testlib.Kernels;

/**
 * Calls between {@code @Differentiable} methods: in this class, in {@link CallTargets}, and in
 * {@code dev.adjoint.testlib.Kernels}, compiled earlier in the tests-library module; recursion; calls in
 * loops and branches, on array elements, with inactive arguments, and on values overwritten later.
 */
public final class Calls {
  private Calls() {}

  // ---------------------------------------------------------------- callees in this class

  @Differentiable
  static double cube(double x) {
    return x * x * x;
  }

  /** A callee with a {@code double[]} result. */
  @Differentiable
  static double[] squares(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * x[i];
    }
    return y;
  }

  /** An index helper: not differentiable, called with int arguments only. */
  static int mirror(int i, int n) {
    return n - 1 - i;
  }

  // ---------------------------------------------------------------- same class, other class, library

  @Differentiable
  static double cubeOfSum(double x, double y) {
    return cube(x + y) * y + cube(x);
  }

  @Differentiable
  static double nestedCalls(double x) {
    return cube(cube(x) - x);
  }

  @Differentiable
  static double otherClass(double x, double y) {
    return CallTargets.logistic(x * y) * CallTargets.softNorm(x, y);
  }

  @Differentiable
  static double otherClassArrays(double[] a, double[] b) {
    return CallTargets.dotWith(a, b) * CallTargets.dotWith(a, a);
  }

  /** A @NoDerivative argument passed on to the library's @NoDerivative parameter. */
  @Differentiable
  static double librarySmoothAbs(double[] x, @NoDerivative double eps) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += Kernels.smoothAbs(x[i], eps) * (i + 1);
    }
    return s;
  }

  @Differentiable
  static double libraryWeighted(double[] w, double[] x) {
    return Kernels.weightedSquares(w, x) - 0.5 * Kernels.weightedSquares(x, w);
  }

  /** A library callee with a {@code double[]} result, kept in a local array. */
  @Differentiable
  static double[] libraryTanhLayer(double[] x) {
    double[] t = Kernels.tanhAll(x);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = t[i] * x[x.length - 1 - i] + t[i];
    }
    return y;
  }

  /** A library callee whose derivative is a @DerivativeOf JVP. */
  @Differentiable
  static double librarySoftplus(double[] x, double scale) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += Kernels.opaqueSoftplus(scale * x[i]);
    }
    return s;
  }

  // ---------------------------------------------------------------- recursion

  @Differentiable
  static double powerByRecursion(double x, int n) {
    if (n == 0) {
      return 1.0;
    }
    return x * powerByRecursion(x, n - 1);
  }

  /** Exponentiation by squaring: the recursive result is saved in a local and used twice. */
  @Differentiable
  static double powerBySquaring(double x, int n) {
    if (n == 0) {
      return 1.0;
    }
    double half = powerBySquaring(x, n / 2);
    if (n % 2 == 0) {
      return half * half;
    }
    return half * half * x;
  }

  /** Horner's rule as a recursion: {@code c[from] + x (c[from+1] + x (...))}. */
  @Differentiable
  static double hornerFrom(double[] c, double x, int from) {
    if (from >= c.length) {
      return 0.0;
    }
    return c[from] + x * hornerFrom(c, x, from + 1);
  }

  /** Chebyshev polynomials by their two-term recursion (two recursive calls per level). */
  @Differentiable
  static double chebyshev(double x, int n) {
    if (n == 0) {
      return 1.0;
    }
    if (n == 1) {
      return x;
    }
    return 2.0 * x * chebyshev(x, n - 1) - chebyshev(x, n - 2);
  }

  // ---------------------------------------------------------------- calls in loops and branches

  @Differentiable
  static double callsInBranches(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0) {
        s += cube(x[i]);
      } else {
        s += CallTargets.logistic(x[i]) * x[i];
      }
    }
    return s;
  }

  /** A while loop whose trip count depends on the values, one call per iteration. */
  @Differentiable
  static double callsInWhile(double x, double a) {
    double z = x;
    int k = 0;
    while (z < 3.0 && k < 20) {
      z += CallTargets.logistic(a * z);
      k++;
    }
    return z * a;
  }

  /** Calls on array elements found through an index helper, and on entries of a matrix. */
  @Differentiable
  static double mirroredCubes(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      int j = mirror(i, x.length);
      s += x[i] * cube(x[j]);
    }
    return s;
  }

  @Differentiable
  static double matrixEntries(double[][] m) {
    double s = 0.0;
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        s += cube(m[i][j]) * CallTargets.logistic(m[j][i]);
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- inactive arguments

  /** Differentiable parameters of callees given inactive arguments: a @NoDerivative value, a literal. */
  @Differentiable
  static double inactiveArguments(double x, @NoDerivative double c, int n) {
    return cube(c) * x + cube(2.0) + CallTargets.softNorm(c, x) + powerByRecursion(x, n) * c;
  }

  // ---------------------------------------------------------------- values overwritten after the call

  @Differentiable
  static double overwrittenArgument(double x, double y) {
    double u = x * y;
    double v = cube(u);
    u = Math.sin(u);
    return v * u + cube(u);
  }

  /** The call's argument is the variable the call's result overwrites, once per iteration. */
  @Differentiable
  static double overwrittenInLoop(double x, double a, int n) {
    double z = x;
    for (int k = 0; k < n; k++) {
      z = CallTargets.logistic(a * z) * z + x;
    }
    return z;
  }

  @Differentiable
  static double resultOverwritten(double x, double y) {
    double t = cube(x);
    t = cube(t * y) + t;
    return t;
  }

  /** A same-class callee with a {@code double[]} result, read element by element. */
  @Differentiable
  static double weightedSquares(double[] x) {
    double[] s = squares(x);
    double total = 0.0;
    for (int i = 0; i < s.length; i++) {
      total += s[i] * (i + 1);
    }
    return total;
  }

  // ---------------------------------------------------------------- more call sites

  /** Calls inside a {@code double[]} result, one per entry. */
  @Differentiable
  static double[] elementCalls(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = cube(x[i]) + CallTargets.logistic(x[x.length - 1 - i]);
    }
    return y;
  }

  /** A call in a while condition. */
  @Differentiable
  static double callInCondition(double x) {
    double z = x;
    int k = 0;
    while (cube(z) < 5.0 && k < 30) {
      z = z + 0.3 * x;
      k++;
    }
    return z * z;
  }

  @Differentiable
  static double callInTernary(double x, double y) {
    return x > y ? cube(x - y) : cube(y - x) * 2.0;
  }

  /** An early return whose value is a call, inside a loop of calls. */
  @Differentiable
  static double earlyReturnWithCall(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += cube(x[i]);
      if (s > 3.0) {
        return cube(s) * 0.01;
      }
    }
    return s;
  }

  /** A local array passed to a callee and overwritten afterwards, then passed again. */
  @Differentiable
  static double arrayArgumentOverwritten(double[] x) {
    double[] t = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      t[i] = x[i] * 2.0;
    }
    double s = CallTargets.dotWith(t, x);
    for (int i = 0; i < x.length; i++) {
      t[i] = Math.sin(x[i]);
    }
    return s + CallTargets.dotWith(t, x);
  }

  /** Compound assignments whose right-hand sides are calls, one reading the variable it updates. */
  @Differentiable
  static double compoundWithCalls(double x, double y) {
    double s = x + 1.0;
    s *= cube(y);
    s -= cube(s) * 0.1;
    return s;
  }

  /** Mutual recursion: {@code x · oddStep(x, n-1)}. */
  @Differentiable
  static double evenStep(double x, int n) {
    return n == 0 ? 1.0 : x * oddStep(x, n - 1);
  }

  /** Mutual recursion: {@code sin(x) · evenStep(x, n-1)}. */
  @Differentiable
  static double oddStep(double x, int n) {
    return n == 0 ? 0.5 : Math.sin(x) * evenStep(x, n - 1);
  }

  /** {@code var} for a call's scalar result, an array initializer holding it, and an array-result call. */
  @Differentiable
  static double varAndInitializer(double x) {
    var t = cube(x);
    double[] pair = {x, t};
    double[] u = squares(pair);
    return u[0] + u[1];
  }

  /** The result of an array-valued call passed straight to another call. */
  @Differentiable
  static double callResultAsArgument(double[] x) {
    return CallTargets.dotWith(squares(x), x);
  }

  /** A callee with a {@code double[][]} parameter, given a differentiable matrix. */
  @Differentiable
  static double matrixArgument(double[][] m, double[] w) {
    return CallTargets.weightedFrobenius(m, w) + 0.5 * CallTargets.dotWith(w, w);
  }

  /** Array arguments that carry no derivative into differentiable parameters of callees. */
  @Differentiable
  static double inactiveArrayArguments(double[] w, @NoDerivative double[] c) {
    return CallTargets.dotWith(c, c) * w[0] + CallTargets.dotWith(w, c) + Kernels.weightedSquares(c, w);
  }
}
