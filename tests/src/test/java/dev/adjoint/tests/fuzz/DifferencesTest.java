package dev.adjoint.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The difference checks on a program that found the fuzzer's false alarm: an array index cast
 * from {@code 2 ((-0.5 + y) - y)}, which rounding makes 0 at some points and 1 at their
 * neighbours, selects a value whose change is too small to see but whose derivative differs.
 */
class DifferencesTest {
  private static final double[] V = {-1.297192181999589, -0.22082397615496907, 1.3187648933967973};
  /** A point where the index is 0, and 1 at every point the differences step to. */
  private static final double AT = 0.3000014000000008;

  private static double inner(double x) {
    double t = Math.tanh(x * x);
    return x * x * t * Math.cos(0.25 - 3.0);
  }

  private static double innerDerivative(double x) {
    double t = Math.tanh(x * x);
    return (2 * x * t + x * x * (1 - t * t) * 2 * x) * Math.cos(0.25 - 3.0);
  }

  private static int index(double y) {
    return (int) Math.abs(2.0 * ((-0.5 + y) - y));
  }

  /** The program: the index depends on rounding near every point. */
  private static double f(double x) {
    double y = inner(x);
    return piece(x, index(y));
  }

  private static double piece(double x, int index) {
    return Math.cos(inner(x) / (2 + Math.sin(V[index])));
  }

  /** The derivative of one piece, as the chain rule gives it. */
  private static double derivative(double x, int index) {
    double s = 2 + Math.sin(V[index]);
    return -Math.sin(inner(x) / s) * innerDerivative(x) / s;
  }

  /** The derivative of the piece the point is on, which is what Adjoint's JVP computes. */
  private static double derivative(double x) {
    return derivative(x, index(inner(x)));
  }

  private static boolean continuous(Differences.Along<RuntimeException> d, double x) {
    return Differences.continuousAt(d, d.at(0), f(x));
  }

  @Test
  void aJumpOfTheDerivativeAtThePointIsRecognised() {
    assertEquals(0, index(inner(AT)));
    assertEquals(1, index(inner(AT + Differences.STEP / 4)));
    double[] fd = Differences.derivative(h -> new double[] {f(AT + h)}, new double[] {f(AT)});
    assertNotNull(fd, "the jump of the value is below the differences' own check");
    assertFalse(Checker.close(derivative(AT), fd[0], 1e-6, 0));
    assertFalse(continuous(h -> derivative(AT + h), AT));
  }

  @Test
  void aSmoothFunctionIsCheckedAndAWrongDerivativeStaysWrong() {
    double at = 0.41;
    double[] fd = Differences.derivative(h -> new double[] {piece(at + h, 1)},
        new double[] {piece(at, 1)});
    assertNotNull(fd);
    assertEquals(derivative(at, 1), fd[0], 1e-9 * Math.abs(fd[0]));
    assertTrue(continuous(h -> derivative(at + h, 1), at));
    // a derivative wrong by a factor everywhere is continuous, so its disagreement is reported
    assertTrue(continuous(h -> 1.5 * derivative(at + h, 1), at));
  }

  /**
   * The fuzzer's program p4019 (seed 771207): {@code x - (c + x)} with x near 3·10^6 leaves the
   * tangent of c, and forward mode carries the rounding of x's tangent, near 10^8, into it.
   */
  private static double forwardGap(double h) {
    double x = 0.23174083904140552 + h;
    double c = 1.3401790856786242;
    double x1 = Math.pow(2, 1 + x);
    double x1Dot = x1 * Math.log(2);
    double c1 = c + x1;
    double base = 1 + c1 * c1;
    double power = Math.pow(base, x1 * x1);
    double powerDot = power * (2 * x1 * x1Dot * Math.log(base) + x1 * x1 * 2 * c1 * x1Dot / base);
    double x2Dot = x1Dot + powerDot;
    double forward = x2Dot - (x1Dot + x2Dot);
    double reverse = -x1Dot; // the reverse sweep cancels x2's adjoint exactly
    return forward - reverse;
  }

  @Test
  void theRoundingOfCancellingPartialsIsErratic() {
    double gap = forwardGap(0);
    assertTrue(Math.abs(gap) > 1e-10, "the two modes disagree by more than the tolerance");
    assertTrue(Differences.erratic(DifferencesTest::forwardGap, gap));
  }

  @Test
  void aWrongPartialGivesASmoothGap() {
    // the gap of a derivative off by its own tenth: a smooth function of the point
    Differences.Along<RuntimeException> gap = h -> 0.1 * derivative(0.41 + h, 1);
    assertFalse(Differences.erratic(gap, gap.at(0)));
  }
}
