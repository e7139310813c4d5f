package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * A two-layer perceptron with a tanh hidden layer and its mean squared error over a mini-batch:
 *
 * <pre>
 * hidden = tanh(w1 · input_s + b1),  output = w2 · hidden + b2,
 * loss = (1 / S) Σ_s |output − target_s|²
 * </pre>
 *
 * <p>over the S samples of the batch. Differentiable in the weights and biases {@code w1[h][in]},
 * {@code b1[h]}, {@code w2[out][h]} and {@code b2[out]}; the inputs and targets are data.
 */
public final class Mlp {
  private Mlp() {}

  /**
   * The batch loss above.
   *
   * @param w1 hidden-layer weights, one row per hidden unit
   * @param b1 hidden-layer biases
   * @param w2 output-layer weights, one row per output
   * @param b2 output-layer biases
   * @param inputs the batch, one row of features per sample (data)
   * @param targets the wanted outputs, one row per sample (data)
   */
  @Differentiable(wrt = {"w1", "b1", "w2", "b2"})
  public static double loss(double[][] w1, double[] b1, double[][] w2, double[] b2,
      double[][] inputs, double[][] targets) {
    double[] hidden = new double[b1.length];
    double total = 0;
    for (int s = 0; s < inputs.length; s++) {
      for (int j = 0; j < hidden.length; j++) {
        double z = b1[j];
        for (int i = 0; i < inputs[s].length; i++) {
          z += w1[j][i] * inputs[s][i];
        }
        hidden[j] = Math.tanh(z);
      }
      for (int o = 0; o < b2.length; o++) {
        double y = b2[o];
        for (int j = 0; j < hidden.length; j++) {
          y += w2[o][j] * hidden[j];
        }
        double error = y - targets[s][o];
        total += error * error;
      }
    }
    return total / inputs.length;
  }
}
