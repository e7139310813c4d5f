package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.MlpResults.MlpGradient;
import java.util.function.DoubleSupplier;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The gradient of {@link Mlp#loss} in {@code w1}, {@code b1}, {@code w2} and {@code b2} by
 * Hipparchus forward mode and by central finite differences. Both cost a multiple of the number
 * of weights times the primal, so {@link MlpBaselinesBench} runs them on a smaller network only.
 */
public final class MlpBaselines {
  private MlpBaselines() {}

  /**
   * Forward mode with {@link Gradient}: every weight and bias, in the order {@code w1} (row by
   * row), {@code b1}, {@code w2}, {@code b2}, is one free parameter.
   */
  public static MlpGradient hipparchus(double[][] w1, double[] b1, double[][] w2, double[] b2,
      double[][] inputs, double[][] targets) {
    int hiddenSize = b1.length;
    int outputSize = b2.length;
    int features = w1[0].length;
    int count = hiddenSize * features + hiddenSize + outputSize * hiddenSize + outputSize;
    int next = 0;
    Gradient[][] w1v = new Gradient[hiddenSize][features];
    for (int j = 0; j < hiddenSize; j++) {
      for (int i = 0; i < features; i++) {
        w1v[j][i] = Gradient.variable(count, next++, w1[j][i]);
      }
    }
    Gradient[] b1v = new Gradient[hiddenSize];
    for (int j = 0; j < hiddenSize; j++) {
      b1v[j] = Gradient.variable(count, next++, b1[j]);
    }
    Gradient[][] w2v = new Gradient[outputSize][hiddenSize];
    for (int o = 0; o < outputSize; o++) {
      for (int j = 0; j < hiddenSize; j++) {
        w2v[o][j] = Gradient.variable(count, next++, w2[o][j]);
      }
    }
    Gradient[] b2v = new Gradient[outputSize];
    for (int o = 0; o < outputSize; o++) {
      b2v[o] = Gradient.variable(count, next++, b2[o]);
    }

    Gradient[] hidden = new Gradient[hiddenSize];
    Gradient total = Gradient.constant(count, 0);
    for (int s = 0; s < inputs.length; s++) {
      for (int j = 0; j < hiddenSize; j++) {
        Gradient z = b1v[j];
        for (int i = 0; i < features; i++) {
          z = z.add(w1v[j][i].multiply(inputs[s][i]));
        }
        hidden[j] = z.tanh();
      }
      for (int o = 0; o < outputSize; o++) {
        Gradient y = b2v[o];
        for (int j = 0; j < hiddenSize; j++) {
          y = y.add(w2v[o][j].multiply(hidden[j]));
        }
        Gradient error = y.subtract(targets[s][o]);
        total = total.add(error.multiply(error));
      }
    }
    Gradient loss = total.divide(inputs.length);

    double[] all = loss.getGradient();
    int offset = 0;
    double[][] gw1 = new double[hiddenSize][features];
    for (int j = 0; j < hiddenSize; j++) {
      System.arraycopy(all, offset, gw1[j], 0, features);
      offset += features;
    }
    double[] gb1 = new double[hiddenSize];
    System.arraycopy(all, offset, gb1, 0, hiddenSize);
    offset += hiddenSize;
    double[][] gw2 = new double[outputSize][hiddenSize];
    for (int o = 0; o < outputSize; o++) {
      System.arraycopy(all, offset, gw2[o], 0, hiddenSize);
      offset += hiddenSize;
    }
    double[] gb2 = new double[outputSize];
    System.arraycopy(all, offset, gb2, 0, outputSize);
    return new MlpGradient(loss.getValue(), gw1, gb1, gw2, gb2);
  }

  /**
   * Central differences over every weight and bias, calling {@link Mlp#loss} itself, with the step
   * of {@link FiniteDifferences#step}, divided by the step actually taken.
   */
  public static MlpGradient finiteDifferences(double[][] w1, double[] b1, double[][] w2,
      double[] b2, double[][] inputs, double[][] targets) {
    double[][] w1Work = Inputs.deepClone(w1);
    double[] b1Work = b1.clone();
    double[][] w2Work = Inputs.deepClone(w2);
    double[] b2Work = b2.clone();
    DoubleSupplier f = () -> Mlp.loss(w1Work, b1Work, w2Work, b2Work, inputs, targets);
    double[][] gw1 = new double[w1.length][];
    for (int j = 0; j < w1.length; j++) {
      gw1[j] = FiniteDifferences.inPlace(w1Work[j], f);
    }
    double[] gb1 = FiniteDifferences.inPlace(b1Work, f);
    double[][] gw2 = new double[w2.length][];
    for (int o = 0; o < w2.length; o++) {
      gw2[o] = FiniteDifferences.inPlace(w2Work[o], f);
    }
    double[] gb2 = FiniteDifferences.inPlace(b2Work, f);
    return new MlpGradient(Mlp.loss(w1, b1, w2, b2, inputs, targets), gw1, gb1, gw2, gb2);
  }

}
