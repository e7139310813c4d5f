package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Section 11: forward mode gives one column of the Jacobian per pass ({@code fJvp}), reverse mode
 * one row ({@code fVjp}, {@code fGrad}). For a scalar loss of {@code n} inputs that is one reverse
 * pass against {@code n} forward passes; for a map {@code R -> R^m} it is the other way round. The
 * passes are counted as they are made, and the answers must agree.
 */
final class ForwardVsReverse {
  private ForwardVsReverse() {}

  /** {@code f(x) = sum x_i^2}, gradient {@code 2x}. */
  @Differentiable
  static double sumOfSquares(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return s;
  }

  /** {@code t -> (cos t, cos 2t, ..., cos mt)}; {@code t} is a {@code double[1]} so that fJacobian exists. */
  @Differentiable
  static double[] waves(double[] t, int m) {
    double[] y = new double[m];
    for (int k = 0; k < m; k++) {
      y[k] = Math.cos((k + 1) * t[0]);
    }
    return y;
  }

  /** Counts the generated calls it makes. */
  private static final class Counter {
    int forward;
    int reverse;
  }

  /** The gradient of {@link #sumOfSquares} from {@code n} forward passes, one per unit direction. */
  static double[] gradientByForwardMode(double[] x, Counter counter) {
    double[] gradient = new double[x.length];
    double[] direction = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      direction[j] = 1;
      gradient[j] = ForwardVsReverseDerivatives.sumOfSquaresJvp(x, direction);
      counter.forward++;
      direction[j] = 0;
    }
    return gradient;
  }

  /** The gradient of {@link #sumOfSquares} from one reverse pass. */
  static double[] gradientByReverseMode(double[] x, Counter counter) {
    counter.reverse++;
    return ForwardVsReverseDerivatives.sumOfSquaresGrad(x).x();
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    int n = 1000;
    double[] x = new double[n];
    double[] twice = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.sin(i + 1.0);
      twice[i] = 2 * x[i];
    }
    Counter counter = new Counter();
    double[] reverse = gradientByReverseMode(x, counter);
    double[] forward = gradientByForwardMode(x, counter);
    double reverseNanos = bestOf(() -> gradientByReverseMode(x, new Counter()));
    double forwardNanos = bestOf(() -> gradientByForwardMode(x, new Counter()));
    double primalNanos = bestOf(() -> sumOfSquares(x));
    examples.add(Example.of("S03-forward-vs-reverse", "f(x) = sum x_i^2, n = 1000 inputs, 1 output",
            "x_i = sin(i)")
        .print(String.format(Locale.ROOT, "one reverse pass (sumOfSquaresGrad): %8.1f us", reverseNanos / 1e3))
        .print(String.format(Locale.ROOT, "%d forward passes (sumOfSquaresJvp): %8.1f us  (one evaluation of f: %.1f us)",
            n, forwardNanos / 1e3, primalNanos / 1e3))
        .check("reverse passes for the whole gradient", "sumOfSquaresGrad", counter.reverse, 1)
        .check("forward passes for the whole gradient = n", "sumOfSquaresJvp", counter.forward, n)
        .check("max |reverse gradient - 2x| over 1000 entries", "sumOfSquaresGrad", Vectors.maxAbsDifference(reverse, twice), 0)
        .check("max |forward gradient - 2x|", "sumOfSquaresJvp", Vectors.maxAbsDifference(forward, twice), 0)
        .check("max |reverse - forward|", "Grad vs Jvp", Vectors.maxAbsDifference(reverse, forward), 0)
        .note("the times are measured on this machine and not checked; the forward route repeats the whole"
            + " O(n) loop n times, the reverse route runs it once forwards and once backwards")
        .build());

    // The same for the mean least squares: D = 2 parameters, so 2 JVPs against 1 VJP.
    double[] theta = {0, 0};
    double[] viaVjp = new double[2];
    LeastSquaresDerivatives.meanSquaresVjp(theta, LeastSquares.X, LeastSquares.Y, 1.0, viaVjp);
    double[] viaJvp = {
        LeastSquaresDerivatives.meanSquaresJvp(theta, new double[] {1, 0}, LeastSquares.X, LeastSquares.Y),
        LeastSquaresDerivatives.meanSquaresJvp(theta, new double[] {0, 1}, LeastSquares.X, LeastSquares.Y)};
    examples.add(Example.of("S03-forward-vs-reverse", "R = |X theta - Y|^2 / 3: 1 VJP against D = 2 JVPs",
            "theta = (0, 0)")
        .check("dR/dtheta1 by 1 VJP = -10/3", "meanSquaresVjp", viaVjp[0], -10.0 / 3)
        .check("dR/dtheta2 by 1 VJP = -4", "meanSquaresVjp", viaVjp[1], -4)
        .check("dR/dtheta1 by JVP along e1", "meanSquaresJvp", viaJvp[0], -10.0 / 3)
        .check("dR/dtheta2 by JVP along e2", "meanSquaresJvp", viaJvp[1], -4)
        .build());

    // A map R -> R^m: the Jacobian is one column, one forward pass; reverse mode needs m passes.
    int m = 1000;
    double[] t = {0.3};
    double[] column = ForwardVsReverseDerivatives.wavesJvp(t, new double[] {1}, m);
    int forwardPasses = 1;
    double[][] byJacobian = ForwardVsReverseDerivatives.wavesJacobian(t, m);
    double[] byRows = new double[m];
    double[] seed = new double[m];
    int reversePasses = 0;
    for (int k = 0; k < m; k++) {
      seed[k] = 1;
      double[] row = new double[1];
      ForwardVsReverseDerivatives.wavesVjp(t, m, seed, row);
      reversePasses++;
      byRows[k] = row[0];
      seed[k] = 0;
    }
    double[] exact = new double[m];
    double[] fromJacobian = new double[m];
    for (int k = 0; k < m; k++) {
      exact[k] = -(k + 1) * Math.sin((k + 1) * t[0]);
      fromJacobian[k] = byJacobian[k][0];
    }
    examples.add(Example.of("S03-forward-vs-reverse", "t -> (cos t, cos 2t, ..., cos mt), m = 1000 outputs, 1 input",
            "t = 0.3")
        .check("forward passes for the whole Jacobian", "wavesJvp", forwardPasses, 1)
        .check("reverse passes for the whole Jacobian = m", "wavesVjp", reversePasses, m)
        .check("max |J e_1 - (-k sin kt)| over 1000 entries", "wavesJvp", Vectors.maxAbsDifference(column, exact), 0)
        .check("max |rows e_k^T J - (-k sin kt)|", "wavesVjp", Vectors.maxAbsDifference(byRows, exact), 0)
        .check("max |fJacobian (forward: n < m) - (-k sin kt)|", "wavesJacobian",
            Vectors.maxAbsDifference(fromJacobian, exact), 0)
        .check("Jacobian shape m x 1: rows", "wavesJacobian", byJacobian.length, m)
        .build());

    // n = m = 2: both ways take two passes and agree.
    double[] p = {3, 2};
    double[][] columns = new double[2][];
    double[][] rows = new double[2][2];
    for (int j = 0; j < 2; j++) {
      columns[j] = JacobiansDerivatives.quadraticMapJvp(p, Vectors.unit(2, j));
      JacobiansDerivatives.quadraticMapVjp(p, Vectors.unit(2, j), rows[j]);
    }
    examples.add(Example.of("S03-forward-vs-reverse", "y = (x1^2 + x2, x1 x2): n = m = 2", "x = (3, 2)")
        .check("max |columns (2 JVPs)^T - rows (2 VJPs)|", "Jvp vs Vjp", Vectors.maxAbsDifference(Vectors.transpose(columns), rows), 0)
        .check("max |rows - [[6, 1], [2, 3]]|", "quadraticMapVjp",
            Vectors.maxAbsDifference(rows, new double[][] {{6, 1}, {2, 3}}), 0)
        .build());
    return examples;
  }

  /** The fastest of several timed runs, in nanoseconds, after a warm-up. */
  private static double bestOf(Runnable task) {
    for (int i = 0; i < 300; i++) {
      task.run();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 50; i++) {
      long start = System.nanoTime();
      task.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
