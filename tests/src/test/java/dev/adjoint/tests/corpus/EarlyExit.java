package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Loops left early: return inside a loop, break and continue. */
public final class EarlyExit {
  private EarlyExit() {}

  /** The square of the first entry above the threshold, returned from inside the loop; 0 if none. */
  @Differentiable
  static double firstAbove(double[] x, double threshold) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] > threshold) {
        return x[i] * x[i] - threshold;
      }
    }
    return 0;
  }

  /** Sum of squares until the running sum passes a budget, then break. */
  @Differentiable
  static double sumUntilBudget(double[] x, double budget) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
      if (s > budget) {
        break;
      }
    }
    return s;
  }

  /** Sum of logs of the positive entries, skipping the others with continue. */
  @Differentiable
  static double sumLogPositive(double[] x) {
    double s = 0;
    for (double v : x) {
      if (v <= 0) {
        continue;
      }
      s += Math.log(v);
    }
    return s;
  }

  /** Newton's method for sqrt with a counted loop left by break once converged. */
  @Differentiable
  static double newtonSqrtBreak(double a) {
    double x = a > 1 ? a : 1;
    for (int k = 0; k < 100; k++) {
      double next = 0.5 * (x + a / x);
      if (Math.abs(next - x) <= 1e-15 * next) {
        x = next;
        break;
      }
      x = next;
    }
    return x;
  }

  /** A while loop with both continue and break: every other entry, stop at the first large one. */
  @Differentiable
  static double everyOtherUntilLarge(double[] x, double limit) {
    double s = 0;
    int i = -1;
    while (i < x.length - 1) {
      i++;
      if (i % 2 == 1) {
        continue;
      }
      if (Math.abs(x[i]) > limit) {
        break;
      }
      s += Math.sin(x[i]) * x[i];
    }
    return s;
  }

  /** Nested loops: return from the inner loop at the first pair whose product passes the limit; break leaves only the inner loop. */
  @Differentiable
  static double firstPairProduct(double[] x, double limit) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < i; j++) {
        if (x[i] * x[j] > limit) {
          return x[i] * x[j] + x[i];
        }
        if (x[j] < -1.5) {
          break;
        }
      }
    }
    return x[0];
  }
}
