package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.Results.ArrayGradient;
import dev.adjoint.benchmarks.Results.DenseGradient;
import dev.adjoint.benchmarks.Results.HornerGradient;
import dev.adjoint.benchmarks.Results.ScalarGradient;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The same gradients by Hipparchus forward-mode operator overloading: every differentiable input
 * becomes a {@link Gradient} variable carrying a partial-derivative vector as long as the number
 * of inputs, and the function is re-evaluated on those objects. {@code Gradient} is Hipparchus'
 * specialised first-order type (faster than a {@code DerivativeStructure} of order 1).
 */
public final class HipparchusGradients {
  private HipparchusGradients() {}

  public static ArrayGradient rosenbrock(double[] x) {
    int n = x.length;
    Gradient[] v = variables(n, 0, x);
    Gradient f = Gradient.constant(n, 0);
    for (int i = 0; i < n - 1; i++) {
      Gradient a = v[i + 1].subtract(v[i].multiply(v[i]));
      Gradient b = v[i].negate().add(1);
      f = f.add(a.multiply(a).multiply(100).add(b.multiply(b)));
    }
    return new ArrayGradient(f.getValue(), f.getGradient());
  }

  public static DenseGradient denseLayerLoss(double[][] w, double[] b, double[] x, double[] y) {
    int n = b.length;
    int m = x.length;
    int count = n * m + n;
    Gradient[][] wv = new Gradient[n][];
    for (int i = 0; i < n; i++) {
      wv[i] = variables(count, i * m, w[i]);
    }
    Gradient[] bv = variables(count, n * m, b);
    Gradient loss = Gradient.constant(count, 0);
    for (int i = 0; i < n; i++) {
      Gradient z = bv[i];
      for (int j = 0; j < m; j++) {
        z = z.add(wv[i][j].multiply(x[j]));
      }
      Gradient r = z.tanh().subtract(y[i]);
      loss = loss.add(r.multiply(r));
    }
    loss = loss.multiply(0.5);
    double[] all = loss.getGradient();
    double[][] gw = new double[n][m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(all, i * m, gw[i], 0, m);
    }
    double[] gb = new double[n];
    System.arraycopy(all, n * m, gb, 0, n);
    return new DenseGradient(loss.getValue(), gw, gb);
  }

  public static ArrayGradient logSumExp(double[] x) {
    int n = x.length;
    Gradient[] v = variables(n, 0, x);
    Gradient m = v[0];
    for (int i = 1; i < n; i++) {
      if (v[i].getValue() > m.getValue()) {
        m = v[i];
      }
    }
    Gradient s = Gradient.constant(n, 0);
    for (int i = 0; i < n; i++) {
      s = s.add(v[i].subtract(m).exp());
    }
    Gradient result = m.add(s.log());
    return new ArrayGradient(result.getValue(), result.getGradient());
  }

  public static HornerGradient horner(double x, double[] c) {
    int count = 1 + c.length;
    Gradient xv = Gradient.variable(count, 0, x);
    Gradient[] cv = variables(count, 1, c);
    Gradient p = cv[c.length - 1];
    for (int k = c.length - 2; k >= 0; k--) {
      p = p.multiply(xv).add(cv[k]);
    }
    double[] all = p.getGradient();
    double[] gc = new double[c.length];
    System.arraycopy(all, 1, gc, 0, c.length);
    return new HornerGradient(p.getValue(), all[0], gc);
  }

  public static ScalarGradient straightLine(double x, double y) {
    Gradient xv = Gradient.variable(2, 0, x);
    Gradient yv = Gradient.variable(2, 1, y);
    Gradient a = xv.multiply(yv);
    Gradient b = a.sin().add(xv.multiply(xv).negate().exp());
    Gradient c = yv.multiply(yv).add(1).sqrt();
    Gradient d = b.multiply(b).log1p().divide(c);
    Gradient f = d.add(yv.atan2(xv).multiply(a));
    return new ScalarGradient(f.getValue(), f.getPartialDerivative(0), f.getPartialDerivative(1));
  }

  /** values[k] as variable number offset + k out of count. */
  private static Gradient[] variables(int count, int offset, double[] values) {
    Gradient[] v = new Gradient[values.length];
    for (int k = 0; k < values.length; k++) {
      v[k] = Gradient.variable(count, offset + k, values[k]);
    }
    return v;
  }
}
