package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import dev.adjoint.benchmarks.Results.DenseGradient;
import dev.adjoint.benchmarks.Results.HornerGradient;
import dev.adjoint.benchmarks.Results.ScalarGradient;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Central finite differences {@code (f(x + h e_i) - f(x - h e_i)) / (2h)}: two primal evaluations
 * per input, calling the very {@link Functions} methods that the processor differentiates. The
 * step is {@code REL_STEP · max(1, |x_i|)} (about the cube root of the machine epsilon, which
 * balances truncation and rounding error), and the divisor is the step actually taken.
 */
public final class FiniteDifferences {
  /** Relative step, ~ eps^(1/3). */
  public static final double REL_STEP = 6e-6;

  private FiniteDifferences() {}

  public static ArrayGradient rosenbrock(double[] x) {
    return new ArrayGradient(Functions.rosenbrock(x), gradient(x, Functions::rosenbrock));
  }

  public static DenseGradient denseLayerLoss(double[][] w, double[] b, double[] x, double[] y) {
    double[][] wWork = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      wWork[i] = w[i].clone();
    }
    double[] bWork = b.clone();
    ToDoubleFunction<double[]> loss = any -> Functions.denseLayerLoss(wWork, bWork, x, y);
    double[][] gw = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      gw[i] = gradientInPlace(wWork[i], loss);
    }
    double[] gb = gradientInPlace(bWork, loss);
    return new DenseGradient(Functions.denseLayerLoss(w, b, x, y), gw, gb);
  }

  public static ArrayGradient logSumExp(double[] x) {
    return new ArrayGradient(Functions.logSumExp(x), gradient(x, Functions::logSumExp));
  }

  public static HornerGradient horner(double x, double[] c) {
    double dx = derivative(x, v -> Functions.horner(v, c));
    double[] gc = gradient(c, work -> Functions.horner(x, work));
    return new HornerGradient(Functions.horner(x, c), dx, gc);
  }

  public static ScalarGradient straightLine(double x, double y) {
    double dx = derivative(x, v -> Functions.straightLine(v, y));
    double dy = derivative(y, v -> Functions.straightLine(x, v));
    return new ScalarGradient(Functions.straightLine(x, y), dx, dy);
  }

  /** The central difference of a function of one variable at {@code x}. */
  private static double derivative(double x, DoubleUnaryOperator f) {
    double h = step(x);
    double plus = x + h;
    double minus = x - h;
    return (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (plus - minus);
  }

  /** The gradient with respect to {@code x}, perturbing a copy of it. */
  private static double[] gradient(double[] x, ToDoubleFunction<double[]> f) {
    return gradientInPlace(x.clone(), f);
  }

  /**
   * The gradient with respect to the array {@code work}, which {@code f} reads: each entry is
   * perturbed in turn and put back.
   */
  private static double[] gradientInPlace(double[] work, ToDoubleFunction<double[]> f) {
    return inPlace(work, () -> f.applyAsDouble(work));
  }

  /**
   * The central difference of {@code f} in each entry of {@code work}, which {@code f} reads:
   * each entry is perturbed in turn by {@link #step} and put back, and divided by the step
   * actually taken.
   */
  static double[] inPlace(double[] work, DoubleSupplier f) {
    double[] g = new double[work.length];
    for (int i = 0; i < work.length; i++) {
      double v = work[i];
      double h = step(v);
      double plus = v + h;
      double minus = v - h;
      work[i] = plus;
      double fPlus = f.getAsDouble();
      work[i] = minus;
      double fMinus = f.getAsDouble();
      work[i] = v;
      g[i] = (fPlus - fMinus) / (plus - minus);
    }
    return g;
  }

  /** {@link #inPlace(double[], DoubleSupplier)} row by row. */
  static double[][] inPlace(double[][] work, DoubleSupplier f) {
    double[][] g = new double[work.length][];
    for (int r = 0; r < work.length; r++) {
      g[r] = inPlace(work[r], f);
    }
    return g;
  }

  /** The step for a value {@code v}: relative, and absolute near zero. */
  static double step(double v) {
    return REL_STEP * Math.max(1.0, Math.abs(v));
  }
}
