package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import dev.adjoint.benchmarks.Results.DenseGradient;
import dev.adjoint.benchmarks.Results.HornerGradient;
import dev.adjoint.benchmarks.Results.ScalarGradient;

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
    double[] work = x.clone();
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      double h = step(xi);
      double plus = xi + h;
      double minus = xi - h;
      work[i] = plus;
      double fPlus = Functions.rosenbrock(work);
      work[i] = minus;
      double fMinus = Functions.rosenbrock(work);
      work[i] = xi;
      g[i] = (fPlus - fMinus) / (plus - minus);
    }
    return new ArrayGradient(Functions.rosenbrock(x), g);
  }

  public static DenseGradient denseLayerLoss(double[][] w, double[] b, double[] x, double[] y) {
    double[][] wWork = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      wWork[i] = w[i].clone();
    }
    double[] bWork = b.clone();
    double[][] gw = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      double[] row = wWork[i];
      gw[i] = new double[row.length];
      for (int j = 0; j < row.length; j++) {
        double v = row[j];
        double h = step(v);
        double plus = v + h;
        double minus = v - h;
        row[j] = plus;
        double fPlus = Functions.denseLayerLoss(wWork, bWork, x, y);
        row[j] = minus;
        double fMinus = Functions.denseLayerLoss(wWork, bWork, x, y);
        row[j] = v;
        gw[i][j] = (fPlus - fMinus) / (plus - minus);
      }
    }
    double[] gb = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      double v = b[i];
      double h = step(v);
      double plus = v + h;
      double minus = v - h;
      bWork[i] = plus;
      double fPlus = Functions.denseLayerLoss(wWork, bWork, x, y);
      bWork[i] = minus;
      double fMinus = Functions.denseLayerLoss(wWork, bWork, x, y);
      bWork[i] = v;
      gb[i] = (fPlus - fMinus) / (plus - minus);
    }
    return new DenseGradient(Functions.denseLayerLoss(w, b, x, y), gw, gb);
  }

  public static ArrayGradient logSumExp(double[] x) {
    double[] work = x.clone();
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      double h = step(xi);
      double plus = xi + h;
      double minus = xi - h;
      work[i] = plus;
      double fPlus = Functions.logSumExp(work);
      work[i] = minus;
      double fMinus = Functions.logSumExp(work);
      work[i] = xi;
      g[i] = (fPlus - fMinus) / (plus - minus);
    }
    return new ArrayGradient(Functions.logSumExp(x), g);
  }

  public static HornerGradient horner(double x, double[] c) {
    double hx = step(x);
    double xPlus = x + hx;
    double xMinus = x - hx;
    double dx = (Functions.horner(xPlus, c) - Functions.horner(xMinus, c)) / (xPlus - xMinus);
    double[] work = c.clone();
    double[] gc = new double[c.length];
    for (int k = 0; k < c.length; k++) {
      double ck = c[k];
      double h = step(ck);
      double plus = ck + h;
      double minus = ck - h;
      work[k] = plus;
      double fPlus = Functions.horner(x, work);
      work[k] = minus;
      double fMinus = Functions.horner(x, work);
      work[k] = ck;
      gc[k] = (fPlus - fMinus) / (plus - minus);
    }
    return new HornerGradient(Functions.horner(x, c), dx, gc);
  }

  public static ScalarGradient straightLine(double x, double y) {
    double hx = step(x);
    double xPlus = x + hx;
    double xMinus = x - hx;
    double dx = (Functions.straightLine(xPlus, y) - Functions.straightLine(xMinus, y))
        / (xPlus - xMinus);
    double hy = step(y);
    double yPlus = y + hy;
    double yMinus = y - hy;
    double dy = (Functions.straightLine(x, yPlus) - Functions.straightLine(x, yMinus))
        / (yPlus - yMinus);
    return new ScalarGradient(Functions.straightLine(x, y), dx, dy);
  }

  private static double step(double v) {
    return REL_STEP * Math.max(1.0, Math.abs(v));
  }
}
