package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.MlpResults.MlpGradient;

/**
 * Backpropagation through {@link Mlp#loss} written by hand: one pass over the batch, each sample
 * running forward into a reused hidden-activation row and then straight back, adding its share
 * into the gradient of {@code w1}, {@code b1}, {@code w2} and {@code b2}.
 */
public final class MlpHandWritten {
  private MlpHandWritten() {}

  public static MlpGradient loss(double[][] w1, double[] b1, double[][] w2, double[] b2,
      double[][] inputs, double[][] targets) {
    int hiddenSize = b1.length;
    int outputSize = b2.length;
    int batch = inputs.length;
    double[][] gw1 = new double[hiddenSize][inputs[0].length];
    double[] gb1 = new double[hiddenSize];
    double[][] gw2 = new double[outputSize][hiddenSize];
    double[] gb2 = new double[outputSize];
    double[] hidden = new double[hiddenSize];
    double[] hiddenBar = new double[hiddenSize];
    double scale = 2.0 / batch;
    double total = 0;
    for (int s = 0; s < batch; s++) {
      double[] input = inputs[s];
      for (int j = 0; j < hiddenSize; j++) {
        double[] w1j = w1[j];
        double z = b1[j];
        for (int i = 0; i < input.length; i++) {
          z += w1j[i] * input[i];
        }
        hidden[j] = Math.tanh(z);
        hiddenBar[j] = 0;
      }
      double[] target = targets[s];
      for (int o = 0; o < outputSize; o++) {
        double[] w2o = w2[o];
        double y = b2[o];
        for (int j = 0; j < hiddenSize; j++) {
          y += w2o[j] * hidden[j];
        }
        double error = y - target[o];
        total += error * error;
        double yBar = scale * error;
        gb2[o] += yBar;
        double[] gw2o = gw2[o];
        for (int j = 0; j < hiddenSize; j++) {
          gw2o[j] += yBar * hidden[j];
          hiddenBar[j] += yBar * w2o[j];
        }
      }
      for (int j = 0; j < hiddenSize; j++) {
        double h = hidden[j];
        double zBar = hiddenBar[j] * (1 - h * h);
        gb1[j] += zBar;
        double[] gw1j = gw1[j];
        for (int i = 0; i < input.length; i++) {
          gw1j[i] += zBar * input[i];
        }
      }
    }
    return new MlpGradient(total / batch, gw1, gb1, gw2, gb2);
  }
}
