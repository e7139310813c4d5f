package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.LstmResults.LstmGradient;
import java.util.function.DoubleSupplier;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The gradient of {@link Lstm#sequenceLoss} in {@code w}, {@code u}, {@code b}, {@code readout}
 * and {@code readoutBias} by Hipparchus forward mode and by central finite differences. Both cost
 * a multiple of the number of weights times the primal, so {@link LstmBaselinesBench} runs them on
 * a shorter sequence through a smaller cell only.
 */
public final class LstmBaselines {
  private LstmBaselines() {}

  /**
   * Forward mode with {@link Gradient}: every weight and bias, in the order {@code w},
   * {@code u}, {@code b}, {@code readout}, {@code readoutBias} (matrices row by row), is one free
   * parameter.
   */
  public static LstmGradient hipparchus(double[][] w, double[][] u, double[] b,
      double[][] readout, double[] readoutBias, double[][] inputs, double[][] targets) {
    int hiddenSize = b.length / 4;
    int count = size(w) + size(u) + b.length + size(readout) + readoutBias.length;
    int[] next = {0};
    Gradient[][] wv = variables(count, next, w);
    Gradient[][] uv = variables(count, next, u);
    Gradient[] bv = variables(count, next, b);
    Gradient[][] readoutV = variables(count, next, readout);
    Gradient[] readoutBiasV = variables(count, next, readoutBias);

    Gradient[] h = new Gradient[hiddenSize];
    Gradient[] c = new Gradient[hiddenSize];
    for (int j = 0; j < hiddenSize; j++) {
      h[j] = Gradient.constant(count, 0);
      c[j] = Gradient.constant(count, 0);
    }
    Gradient[] gates = new Gradient[4 * hiddenSize];
    Gradient loss = Gradient.constant(count, 0);
    for (int t = 0; t < inputs.length; t++) {
      for (int g = 0; g < gates.length; g++) {
        Gradient z = bv[g];
        for (int i = 0; i < inputs[t].length; i++) {
          z = z.add(wv[g][i].multiply(inputs[t][i]));
        }
        for (int j = 0; j < hiddenSize; j++) {
          z = z.add(uv[g][j].multiply(h[j]));
        }
        gates[g] = z;
      }
      for (int j = 0; j < hiddenSize; j++) {
        Gradient inputGate = sigmoid(gates[j]);
        Gradient forgetGate = sigmoid(gates[hiddenSize + j]);
        Gradient outputGate = sigmoid(gates[2 * hiddenSize + j]);
        Gradient candidate = gates[3 * hiddenSize + j].tanh();
        c[j] = forgetGate.multiply(c[j]).add(inputGate.multiply(candidate));
        h[j] = outputGate.multiply(c[j].tanh());
      }
      for (int o = 0; o < readoutBias.length; o++) {
        Gradient y = readoutBiasV[o];
        for (int j = 0; j < hiddenSize; j++) {
          y = y.add(readoutV[o][j].multiply(h[j]));
        }
        Gradient error = y.subtract(targets[t][o]);
        loss = loss.add(error.multiply(error));
      }
    }
    loss = loss.divide(inputs.length);

    double[] all = loss.getGradient();
    int[] offset = {0};
    double[][] gw = unpack(all, offset, w);
    double[][] gu = unpack(all, offset, u);
    double[] gb = unpack(all, offset, b);
    double[][] gReadout = unpack(all, offset, readout);
    double[] gReadoutBias = unpack(all, offset, readoutBias);
    return new LstmGradient(loss.getValue(), gw, gu, gb, gReadout, gReadoutBias);
  }

  private static Gradient sigmoid(Gradient z) {
    return z.negate().exp().add(1).reciprocal();
  }

  private static int size(double[][] m) {
    int n = 0;
    for (double[] row : m) {
      n += row.length;
    }
    return n;
  }

  private static Gradient[] variables(int count, int[] next, double[] values) {
    Gradient[] v = new Gradient[values.length];
    for (int k = 0; k < values.length; k++) {
      v[k] = Gradient.variable(count, next[0]++, values[k]);
    }
    return v;
  }

  private static Gradient[][] variables(int count, int[] next, double[][] values) {
    Gradient[][] v = new Gradient[values.length][];
    for (int r = 0; r < values.length; r++) {
      v[r] = variables(count, next, values[r]);
    }
    return v;
  }

  private static double[] unpack(double[] all, int[] offset, double[] shape) {
    double[] g = new double[shape.length];
    System.arraycopy(all, offset[0], g, 0, shape.length);
    offset[0] += shape.length;
    return g;
  }

  private static double[][] unpack(double[] all, int[] offset, double[][] shape) {
    double[][] g = new double[shape.length][];
    for (int r = 0; r < shape.length; r++) {
      g[r] = unpack(all, offset, shape[r]);
    }
    return g;
  }

  /**
   * Central differences over every weight and bias, calling {@link Lstm#sequenceLoss} itself,
   * with the step of {@link FiniteDifferences#step}, divided by the step actually taken.
   */
  public static LstmGradient finiteDifferences(double[][] w, double[][] u, double[] b,
      double[][] readout, double[] readoutBias, double[][] inputs, double[][] targets) {
    double[][] wWork = Inputs.deepClone(w);
    double[][] uWork = Inputs.deepClone(u);
    double[] bWork = b.clone();
    double[][] readoutWork = Inputs.deepClone(readout);
    double[] readoutBiasWork = readoutBias.clone();
    DoubleSupplier f = () -> Lstm.sequenceLoss(wWork, uWork, bWork, readoutWork,
        readoutBiasWork, inputs, targets);
    double[][] gw = FiniteDifferences.inPlace(wWork, f);
    double[][] gu = FiniteDifferences.inPlace(uWork, f);
    double[] gb = FiniteDifferences.inPlace(bWork, f);
    double[][] gReadout = FiniteDifferences.inPlace(readoutWork, f);
    double[] gReadoutBias = FiniteDifferences.inPlace(readoutBiasWork, f);
    double value = Lstm.sequenceLoss(w, u, b, readout, readoutBias, inputs, targets);
    return new LstmGradient(value, gw, gu, gb, gReadout, gReadoutBias);
  }

}
