package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.scale;
import static dev.adjoint.benchmarks.Agreement.within;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Not a benchmark: checks, on exactly the inputs of {@link RosenbrockScalingBench} at every
 * benchmarked {@code n}, that the generated gradient agrees with the hand-written one and with
 * Hipparchus to {@value #EXACT} relative to the largest gradient component, and with central
 * differences to {@value #FINITE_DIFFERENCES}; that the generated VJP adds exactly the gradient,
 * the generated value is the primal bit for bit, and the input is not written. Full Hipparchus and
 * finite-difference gradients cost O(n²), so they run up to {@value #FULL_HIPPARCHUS} and
 * {@value #FULL_FINITE_DIFFERENCES} inputs; at every n both are also checked on {@value #SAMPLES}
 * components spread over {@code x}, ends included: Hipparchus with only those components as
 * variables, differences perturbing only those, with an allowance for the rounding error of the
 * two n-term sums they subtract.
 */
class RosenbrockScalingAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;
  static final int FULL_HIPPARCHUS = 100;
  static final int FULL_FINITE_DIFFERENCES = 10_000;
  static final int SAMPLES = 16;

  /** The {@code @Param} values of {@link RosenbrockScalingBench#n}. */
  static IntStream sizes() throws NoSuchFieldException {
    String[] values = RosenbrockScalingBench.class.getField("n").getAnnotation(Param.class).value();
    assertTrue(values.length > 0);
    return Arrays.stream(values).mapToInt(Integer::parseInt);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void gradientsAgree(int n) {
    RosenbrockScalingBench s = new RosenbrockScalingBench();
    s.n = n;
    s.setup();
    assertEquals(n, s.x.length);
    double[] input = s.x.clone();

    double primal = Functions.rosenbrock(s.x);
    var generated = FunctionsDerivatives.rosenbrockGrad(s.x);
    assertEquals(primal, generated.value(), "generated value, bit for bit");
    double[] g = generated.x();

    ArrayGradient hand = HandWritten.rosenbrock(s.x);
    assertEquals(primal, hand.value(), EXACT * primal, "hand-written value");
    within("hand-written", g, hand.x(), EXACT * scale(g));

    int[] sample = sample(n);
    if (n <= FULL_HIPPARCHUS) {
      ArrayGradient h = HipparchusGradients.rosenbrock(s.x);
      assertEquals(primal, h.value(), EXACT * primal, "Hipparchus value");
      within("Hipparchus", g, h.x(), EXACT * scale(g));
    }
    within("Hipparchus, sampled components", pick(g, sample), hipparchusAt(s.x, sample),
        EXACT * scale(g));
    if (n <= FULL_FINITE_DIFFERENCES) {
      within("finite differences", g, FiniteDifferences.rosenbrock(s.x).x(),
          FINITE_DIFFERENCES * scale(g));
    }
    // f(x ± h e_i) are sums of n terms of which two differ: each carries a rounding error of some
    // eps |f|, which the difference divided by 2h magnifies (at n = 10^6 beyond 1e-7 of the
    // gradient)
    double rounding = 16 * Math.ulp(primal) / (2 * FiniteDifferences.REL_STEP);
    within("finite differences, sampled components", pick(g, sample),
        finiteDifferencesAt(s.x, sample), FINITE_DIFFERENCES * scale(g) + rounding);

    double[] xBar = new double[n];
    assertEquals(primal, FunctionsDerivatives.rosenbrockVjp(s.x, 1.0, xBar),
        "vjp value, bit for bit");
    assertArrayEquals(g, xBar, "vjp with seed 1 into zeros is the gradient");
    FunctionsDerivatives.rosenbrockVjp(s.x, 0.5, xBar);
    within("vjp adds seed times the gradient", Arrays.stream(g).map(v -> 1.5 * v).toArray(), xBar,
        EXACT * 1.5 * scale(g));
    assertArrayEquals(input, s.x, "input untouched");
  }

  /** {@value #SAMPLES} indices spread evenly over 0 .. n - 1, both ends included. */
  private static int[] sample(int n) {
    return IntStream.range(0, SAMPLES).map(k -> (int) ((long) k * (n - 1) / (SAMPLES - 1)))
        .distinct().toArray();
  }

  /** ∂f/∂x[k] for k in {@code at}, by Hipparchus with only those components as variables. */
  private static double[] hipparchusAt(double[] x, int[] at) {
    int count = at.length;
    Gradient[] v = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = Gradient.constant(count, x[i]);
    }
    for (int k = 0; k < count; k++) {
      v[at[k]] = Gradient.variable(count, k, x[at[k]]);
    }
    Gradient f = Gradient.constant(count, 0);
    for (int i = 0; i < x.length - 1; i++) {
      Gradient a = v[i + 1].subtract(v[i].multiply(v[i]));
      Gradient b = v[i].negate().add(1);
      f = f.add(a.multiply(a).multiply(100).add(b.multiply(b)));
    }
    return f.getGradient();
  }

  /** Central differences in the components {@code at}, with {@link FiniteDifferences}' step. */
  private static double[] finiteDifferencesAt(double[] x, int[] at) {
    double[] work = x.clone();
    double[] d = new double[at.length];
    for (int k = 0; k < at.length; k++) {
      int i = at[k];
      double v = work[i];
      double h = FiniteDifferences.REL_STEP * Math.max(1.0, Math.abs(v));
      double plus = v + h;
      double minus = v - h;
      work[i] = plus;
      double fPlus = Functions.rosenbrock(work);
      work[i] = minus;
      double fMinus = Functions.rosenbrock(work);
      work[i] = v;
      d[k] = (fPlus - fMinus) / (plus - minus);
    }
    return d;
  }

  private static double[] pick(double[] g, int[] at) {
    return Arrays.stream(at).mapToDouble(i -> g[i]).toArray();
  }

  /** Every component within {@code bound}. */
}
