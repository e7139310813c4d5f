package dev.adjoint.tests.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the mismatches one oracle finds across all points, and fails once with the first few. */
final class Failures {
  private static final int SHOWN = 8;
  private final FunctionCase function;
  private final String oracle;
  private final List<String> messages = new ArrayList<>();
  private int points;
  private int badPoints;
  private boolean currentBad;

  Failures(FunctionCase function, String oracle) {
    this.function = function;
    this.oracle = oracle;
  }

  void nextPoint() {
    points++;
    currentBad = false;
  }

  /** Records a mismatch of {@code what} at {@code at} unless {@code expected} and {@code actual} agree. */
  void close(Args at, String what, double expected, double actual, double rel, double abs) {
    if (!Tolerance.close(expected, actual, rel, abs)) {
      fail(at, what + ": expected " + expected + " but was " + actual
          + " (difference " + Math.abs(expected - actual) + ")");
    }
  }

  /** Records a mismatch unless the two values are the same double ({@code ==}, or both NaN). */
  void same(Args at, String what, double expected, double actual) {
    if (!(expected == actual || (Double.isNaN(expected) && Double.isNaN(actual)))) {
      fail(at, what + ": expected exactly " + expected + " but was " + actual);
    }
  }

  /**
   * Records a mismatch unless the two results are exactly the same: {@code ==} for Doubles,
   * {@link Arrays#equals(double[], double[])} for arrays.
   */
  void sameResult(Args at, String what, Object expected, Object actual) {
    if (expected instanceof Double e) {
      if (!(actual instanceof Double a)) {
        fail(at, what + ": expected a double, got " + actual);
      } else {
        same(at, what, e, a);
      }
    } else if (!(actual instanceof double[] a) || !Arrays.equals((double[]) expected, a)) {
      fail(at, what + ": expected exactly " + Arrays.toString((double[]) expected) + " but was "
          + (actual instanceof double[] a2 ? Arrays.toString(a2) : String.valueOf(actual)));
    }
  }

  /** Records each contract violation the binding saw at this point. */
  void violations(Args at, List<String> seen) {
    for (String v : seen) {
      fail(at, v);
    }
  }

  void fail(Args at, String message) {
    if (!currentBad) {
      badPoints++;
      currentBad = true;
    }
    if (messages.size() < SHOWN) {
      messages.add(function.name() + " at " + at + ": " + message);
    }
  }

  void throwIfAny() {
    if (badPoints > 0) {
      StringBuilder s = new StringBuilder()
          .append(function.name()).append(", ").append(oracle).append(": ")
          .append(badPoints).append(" of ").append(points).append(" points disagree");
      for (String m : messages) {
        s.append("\n  ").append(m);
      }
      throw new AssertionError(s.toString());
    }
  }
}
