package dev.adjoint.tests.pending;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import java.util.Arrays;

/**
 * Wrong derivatives (or exceptions) that random programs found, each cut down to the smallest method
 * that shows it. Every method compiles today; its javadoc says what is expected and what the generated
 * code gives. The methods whose generated code does not compile live in their own files
 * (OrderTwoLoopInBranch, GuardBeforeArray, ReassignedConstantParameter, UninitializedLocal,
 * ConstantArgumentArrayCall, OrderTwoScratchArray), so that one javac error does not hide the others.
 */
public final class RandomProgramFindings {
  private RandomProgramFindings() {}

  /**
   * {@code Arrays.fill(b, e)} where {@code e} reads {@code b} itself. Java evaluates {@code e} once,
   * so with {@code b = new double[4]} every entry is {@code z} and f = 4z, ∂f/∂z = 4; fVjp returned
   * 5z and gave ∂f/∂z = 5.
   */
  @Differentiable
  static double fillReadsItself(double z) {
    double[] b = new double[4];
    Arrays.fill(b, z + b[2]);
    double s = 0.0;
    for (int i = 0; i < b.length; i++) {
      s += b[i];
    }
    return s;
  }

  /** {@code v[3] / 4}: the callee of {@link #storeCallReadingSlot}. */
  @Differentiable
  static double quarterOfLast(double[] v) {
    return v[3] / 4;
  }

  /**
   * {@code b[3] = g(b)} where the callee {@code g} reads {@code b[3]}: with b = {z, z, z, z},
   * b[3] becomes z/4 and f = g(b)/4 = z/64, so ∂f/∂z = 1/64; reverse mode gave 0.
   */
  @Differentiable
  static double storeCallReadingSlot(double z) {
    double[] b = {z, z, z, z};
    b[3] = quarterOfLast(b);
    return quarterOfLast(b) / 4;
  }

  /**
   * A branch inside a loop whose condition reads {@code x}, which is reassigned after the loop. The
   * reverse sweep must take the branch the forward sweep took: for 0 < x < 1, f = 3x · 4x = 12x² and
   * ∂f/∂x = 24x (12 at x = 0.5); fVjp was wrong for 1/4 ≤ x < 1, where 4x ≥ 1 takes the other branch.
   */
  @Differentiable
  static double branchOnReassigned(double x) {
    double s = 0.0;
    for (int i = 0; i < 3; i++) {
      if (x < 1.0) {
        s += x;
      } else {
        s += 3 * x;
      }
    }
    x = x * 4.0;
    return s * x;
  }

  /**
   * As {@link #branchOnReassigned}, but the two branches save values on different stacks
   * ({@code s} in one, {@code t} in the other) and neither adjoint reads x, so x is not restored
   * before the loop's reverse sweep: replaying the other branch pops an empty stack. For 0 < x < 1,
   * f = s₃ + 1 + 4x with s₀ = 1/2, sₖ₊₁ = sₖ² + x; for x ≥ 1, f = 1/2 + t₃ + 4x with t₀ = 1,
   * tₖ₊₁ = tₖ² + 3x. fVjp threw ArrayIndexOutOfBoundsException for 1/4 ≤ x < 1.
   */
  @Differentiable
  static double branchOnReassignedStacks(double x) {
    double s = 0.5;
    double t = 1.0;
    for (int i = 0; i < 3; i++) {
      if (x < 1.0) {
        s = s * s + x;
      } else {
        t = t * t + 3 * x;
      }
    }
    x = x * 4.0;
    return s + t + x;
  }

  /**
   * An index computed from the array it stores into: b[1] is 0, so {@code b[(int) (1 + b[1])] = x}
   * stores into b[1] and g = x², dg/dx = 2x (−1 at x = −0.5); reverse mode recomputed the index from
   * the new b[1] = x, sent the adjoint to b[0] and gave +1.
   */
  @Differentiable
  static double indexReadsTarget(double x) {
    double[] b = {0.0, 0.0};
    b[(int) (1 + b[1])] = x;
    return b[0] + b[1] * b[1];
  }

  /**
   * The loop variant: iteration 0 stores into b[(int) b[2]] = b[0], and iteration 1 stores into
   * b[(int) b[2] + 2] = b[2], overwriting the element the index read. So b = {x, 0, 2x},
   * f = x² + 2x · x = 3x² and ∂f/∂x = 6x; the reverse sweep must use the index each iteration used,
   * not one recomputed from the overwritten b[2].
   */
  @Differentiable
  static double indexReadsOverwritten(double x) {
    double[] b = {0.0, 0.0, 0.0};
    for (int i = 0; i < 2; i++) {
      b[(int) b[2] + 2 * i] = x * (i + 1);
    }
    return b[0] * b[0] + b[2] * x;
  }

  /**
   * {@code b[0] = AdjointMath.sum(b)}: with b = {x, 2x, 0.5}, b[0] = 3x + 0.5 and the derivative is
   * 3; fJvp gave 2 (the sum read the tangent of b[0] after it was overwritten).
   */
  @Differentiable
  static double sumIntoFirst(double x) {
    double[] b = {x, 2 * x, 0.5};
    b[0] = AdjointMath.sum(b);
    return b[0];
  }

  /** {@code b[0] = AdjointMath.dot(b, b)}: b[0] = 5x² + 0.25, derivative 10x. */
  @Differentiable
  static double dotIntoFirst(double x) {
    double[] b = {x, 2 * x, 0.5};
    b[0] = AdjointMath.dot(b, b);
    return b[0];
  }

  /**
   * {@code b[0] = AdjointMath.logSumExp(b)}: b[0] = log(eˣ + e²ˣ + e^0.5), derivative
   * (eˣ + 2e²ˣ) / (eˣ + e²ˣ + e^0.5).
   */
  @Differentiable
  static double logSumExpIntoFirst(double x) {
    double[] b = {x, 2 * x, 0.5};
    b[0] = AdjointMath.logSumExp(b);
    return b[0];
  }

  /**
   * An {@code int} counter of a {@code while} loop that the reverse sweep replays by trip count: the
   * adjoint of {@code s * (x + i) * (i + 1)} needs each iteration's i. f = 6x(x + 1)(x + 2),
   * f' = 18x² + 36x + 12. In the random programs fVjp threw or was wrong for such loops (while,
   * do/while, a for with a break, a for with a compound condition); these four shapes are right
   * today and guard the fix.
   */
  @Differentiable
  static double whileCounter(double x) {
    double s = 1.0;
    int i = 0;
    while (i < 3) {
      s = s * (x + i) * (i + 1);
      i++;
    }
    return s;
  }

  /**
   * The shape that broke (finding 6): a while-loop counter used as the index of an element of an
   * array without derivative that the loop overwrites. The reverse sweep restored {@code b[k]}
   * with the final k, so the adjoint of {@code x = x * b[3]} read a wrong b[3]. b[3] is 2 until
   * the third iteration zeroes it after its read: f = 8x, f' = 8; fVjp gave 2.
   */
  @Differentiable
  static double counterIndexesAnInactiveArray(double x) {
    double[] b = {1.0, 1.0, 1.0, 2.0};
    int k = 0;
    while (k < 3) {
      k++;
      x = x * b[3];
      b[k % 4] = 0.0;
    }
    return x;
  }

  /** The {@code do}/{@code while} spelling of {@link #whileCounter}. */
  @Differentiable
  static double doWhileCounter(double x) {
    double s = 1.0;
    int i = 0;
    do {
      s = s * (x + i) * (i + 1);
      i++;
    } while (i < 3);
    return s;
  }

  /** A {@code for} loop with a {@code break} that is never taken: the same f as {@link #whileCounter}. */
  @Differentiable
  static double forWithBreak(double x) {
    double s = 1.0;
    for (int i = 0; i < 3; i++) {
      if (i > 5) {
        break;
      }
      s = s * (x + i) * (i + 1);
    }
    return s;
  }

  /** A {@code for} loop with a compound condition: f = Π over i < min(m, n) of (v[i] + i). */
  @Differentiable
  static double compoundCondition(double[] v, int m) {
    double s = 1.0;
    for (int i = 0; i < m && i < v.length; i++) {
      s = s * (v[i] + i);
    }
    return s;
  }

  /**
   * {@code Math.hypot(c, c)} where c is active elsewhere in the method but holds the constant 0 at
   * the call: h is the constant 0 and f = x², f' = 2x. fJvp gave NaN (0 · 0 / 0), while fVjp and
   * finite differences are finite.
   */
  @Differentiable
  static double hypotOfInactiveZero(double x) {
    double c = 0.0;
    double h = Math.hypot(c, c);
    c = x;
    return h + c * x;
  }

  /**
   * A local squared in a loop until it overflows, then overwritten before it reaches the result:
   * f = x², f' = 2x. fVjp gave NaN (the adjoint 0 times the infinite c of the dead loop), while fJvp
   * gave the right value.
   */
  @Differentiable
  static double overflowOverwritten(double x) {
    double c = x;
    for (int i = 0; i < 20; i++) {
      c = c * c;
    }
    c = x;
    return c * x;
  }

  /**
   * A constant scratch array allocated again in each iteration, whose element is overwritten
   * after a read the reverse sweep needs: each iteration maps x to sin(2x · 0.5) = sin x, so
   * f = sin(sin(sin x)) (0.8754 at x = 0.3). fVjp restored every iteration's elements into the last
   * iteration's array, so the iterations before read 0.5 where 2 was, and gave 14.0.
   */
  @Differentiable
  static double scratchArrayPerIteration(double x) {
    for (int i = 0; i < 3; i++) {
      double[] a = new double[2];
      a[0] = 2.0;
      x = x * a[0];
      a[0] = 0.5;
      x = Math.sin(x * a[0]);
    }
    return x;
  }

  /** Three zeros, from a {@code @Differentiable} helper: a constant array to its caller. */
  @Differentiable
  static double[] zeros(double p) {
    double[] r = new double[3];
    return r;
  }

  /**
   * A loop with a data-dependent condition overwrites y with a function of a constant array: y
   * ends as tanh(0) = 0, so f = xy, ∂f/∂x = y, ∂f/∂y = x. fVjp recomputed tanh(a[i]) in the
   * reverse loop for a partial nothing needed, with i at its final value, and threw
   * ArrayIndexOutOfBoundsException.
   */
  @Differentiable
  static double recomputeWithoutPartial(double x, double y) {
    x *= y;
    double[] a = zeros(1.0);
    for (int i = 0; i < 3 && x > -100.0; i++) {
      y = Math.tanh(a[i]);
    }
    return y + x;
  }

  /**
   * e = log1p(exp(x)) is infinite for x above 709.78 and used only when x is negative, so f = x
   * there and ∂f/∂x = 1. The reverse sweep multiplied e's zero adjoint by exp(x)'s infinite
   * partial and returned NaN.
   */
  @Differentiable
  static double overflowUsedOnlyInBranchNotTaken(double x) {
    double e = Math.log1p(Math.exp(x));
    if (x < 0.0) {
      return e;
    }
    return x;
  }

  /**
   * The same inside a loop: each iteration's big is infinite for large x and added only for
   * negative x, so f = 3x and ∂f/∂x = 3; the reverse sweep gave NaN.
   */
  @Differentiable
  static double overflowUsedOnlyInBranchInLoop(double x) {
    double s = 0.0;
    for (int i = 0; i < 3; i++) {
      double big = Math.exp(x * (i + 1));
      if (x < 0.0) {
        s += big;
      }
      s += x;
    }
    return s;
  }

  /**
   * a[1] = log1p(exp(x²)) is infinite for |x| above 26.6 and never read: f = 2x and ∂f/∂x = 2.
   * Usefulness was tracked per array, so a[1] got a zero adjoint, and the reverse sweep multiplied
   * it by exp(x²)'s infinite partial and returned NaN.
   */
  @Differentiable
  static double overflowInAnElementNotReturned(double x) {
    double[] a = {2 * x, Math.log1p(Math.exp(x * x))};
    return a[0];
  }

  /**
   * The same with the element written twice: its first value overflows and is overwritten
   * before anything reads it, so f = 3x and ∂f/∂x = 3.
   */
  @Differentiable
  static double overflowInAnElementOverwritten(double x) {
    double[] a = new double[2];
    a[1] = Math.exp(x * x);
    a[0] = x;
    a[1] = 2 * x;
    return a[0] + a[1];
  }

  /**
   * The element read is chosen at run time, here always a[0], so f = 2x and ∂f/∂x = 2. Reading
   * a[i] counted as surely reading every element, so a[1]'s zero adjoint went unguarded into
   * exp(x²)'s infinite partial and the gradient was NaN.
   */
  @Differentiable
  static double overflowInAnElementNotReadAtAVariableIndex(double x, int i) {
    double[] a = new double[2];
    a[0] = 2 * x;
    a[1] = Math.log1p(Math.exp(x * x));
    return a[i];
  }
}
