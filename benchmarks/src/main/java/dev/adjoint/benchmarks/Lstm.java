package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * One LSTM cell run over a sequence, with a linear readout scored against a target at every
 * step. With the four gates' pre-activations stacked as in most frameworks (rows
 * {@code [0, H)} input gate, {@code [H, 2H)} forget gate, {@code [2H, 3H)} output gate,
 * {@code [3H, 4H)} candidate):
 *
 * <pre>
 * a = w x_t + u h + b
 * i = σ(a_i), f = σ(a_f), o = σ(a_o), g = tanh(a_g)
 * c = f ⊙ c + i ⊙ g,  h = o ⊙ tanh(c)
 * loss = (1 / T) Σ_t |readout h + readoutBias − target_t|²
 * </pre>
 *
 * <p>starting from {@code h = c = 0}. The hidden and cell states are carried from step to step.
 * Differentiable in {@code w[4H][in]}, {@code u[4H][H]}, {@code b[4H]}, {@code readout[out][H]}
 * and {@code readoutBias[out]}; the input sequence and the targets are data.
 */
public final class Lstm {
  private Lstm() {}

  /**
   * The sequence loss above.
   *
   * @param w input weights of the four gates, stacked
   * @param u recurrent weights of the four gates, stacked
   * @param b biases of the four gates, stacked
   * @param readout the output layer's weights, one row per output
   * @param readoutBias the output layer's biases
   * @param inputs the sequence, one row per step (data)
   * @param targets the wanted outputs, one row per step (data)
   */
  @Differentiable(wrt = {"w", "u", "b", "readout", "readoutBias"})
  public static double sequenceLoss(double[][] w, double[][] u, double[] b, double[][] readout,
      double[] readoutBias, double[][] inputs, double[][] targets) {
    int hiddenSize = b.length / 4;
    double[] h = new double[hiddenSize];
    double[] c = new double[hiddenSize];
    double[] gates = new double[4 * hiddenSize];
    double loss = 0;
    for (int t = 0; t < inputs.length; t++) {
      for (int g = 0; g < gates.length; g++) {
        double z = b[g];
        for (int i = 0; i < inputs[t].length; i++) {
          z += w[g][i] * inputs[t][i];
        }
        for (int j = 0; j < hiddenSize; j++) {
          z += u[g][j] * h[j];
        }
        gates[g] = z;
      }
      for (int j = 0; j < hiddenSize; j++) {
        double inputGate = sigmoid(gates[j]);
        double forgetGate = sigmoid(gates[hiddenSize + j]);
        double outputGate = sigmoid(gates[2 * hiddenSize + j]);
        double candidate = Math.tanh(gates[3 * hiddenSize + j]);
        c[j] = forgetGate * c[j] + inputGate * candidate;
        h[j] = outputGate * Math.tanh(c[j]);
      }
      for (int o = 0; o < readoutBias.length; o++) {
        double y = readoutBias[o];
        for (int j = 0; j < hiddenSize; j++) {
          y += readout[o][j] * h[j];
        }
        double error = y - targets[t][o];
        loss += error * error;
      }
    }
    return loss / inputs.length;
  }

  @Differentiable
  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
