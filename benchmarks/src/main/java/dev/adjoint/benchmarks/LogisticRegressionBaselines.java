package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.LogisticRegressionHandWritten.LossGradient;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;

/**
 * The gradient of {@link LogisticRegression#loss} by the two generic ways that need no derivation:
 * Hipparchus forward mode ({@link Gradient} over the {@code p + 1} inputs {@code w} and
 * {@code bias}, every row re-evaluated on those objects) and central finite differences
 * ({@code 2 (p + 1)} evaluations of the loss, each a pass over all N rows, with the step of
 * {@link FiniteDifferences}). Both cost about {@code p + 1} times the loss or more, so they are
 * benchmarked at N = 1000, p = 20 only, where a call takes a few milliseconds (see
 * {@link LogisticRegressionBaselinesBench}).
 */
public final class LogisticRegressionBaselines {
  private LogisticRegressionBaselines() {}

  public static LossGradient hipparchus(double[] w, double bias, double[][] x, double[] y,
      double lambda) {
    int p = w.length;
    int n = x.length;
    GradientField field = GradientField.getField(p + 1);
    Gradient[] wv = new Gradient[p];
    for (int j = 0; j < p; j++) {
      wv[j] = Gradient.variable(p + 1, j, w[j]);
    }
    Gradient bv = Gradient.variable(p + 1, p, bias);
    Gradient zero = field.getZero();
    Gradient total = zero;
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      Gradient z = bv;
      for (int j = 0; j < p; j++) {
        z = z.add(wv[j].multiply(xi[j]));
      }
      Gradient positivePart = z.getValue() >= 0 ? z : zero;
      Gradient softplus = positivePart.add(z.abs().negate().exp().log1p());
      total = total.add(softplus.subtract(z.multiply(y[i])));
    }
    Gradient penalty = zero;
    for (int j = 0; j < p; j++) {
      penalty = penalty.add(wv[j].multiply(wv[j]));
    }
    Gradient loss = total.divide(n).add(penalty.multiply(0.5 * lambda));
    double[] all = loss.getGradient();
    double[] gw = new double[p];
    System.arraycopy(all, 0, gw, 0, p);
    return new LossGradient(loss.getValue(), gw, all[p]);
  }

  public static LossGradient finiteDifferences(double[] w, double bias, double[][] x, double[] y,
      double lambda) {
    double[] work = w.clone();
    double[] gw = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      double v = work[j];
      double h = FiniteDifferences.step(v);
      double plus = v + h;
      double minus = v - h;
      work[j] = plus;
      double fPlus = LogisticRegression.loss(work, bias, x, y, lambda);
      work[j] = minus;
      double fMinus = LogisticRegression.loss(work, bias, x, y, lambda);
      work[j] = v;
      gw[j] = (fPlus - fMinus) / (plus - minus);
    }
    double h = FiniteDifferences.step(bias);
    double plus = bias + h;
    double minus = bias - h;
    double gb = (LogisticRegression.loss(w, plus, x, y, lambda)
        - LogisticRegression.loss(w, minus, x, y, lambda)) / (plus - minus);
    return new LossGradient(LogisticRegression.loss(w, bias, x, y, lambda), gw, gb);
  }

}
