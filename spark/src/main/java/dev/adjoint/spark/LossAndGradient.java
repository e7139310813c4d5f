package dev.adjoint.spark;

/**
 * The sum of the examples' losses and of their gradients, at one point.
 *
 * @param loss the summed loss
 * @param gradient the summed gradient, one component per parameter
 * @param count how many examples were summed
 */
public record LossAndGradient(double loss, double[] gradient, long count) {

  /** The mean loss, {@code loss / count}. */
  public double meanLoss() {
    return loss / count;
  }

  /** The mean gradient, {@code gradient / count}, as a new array. */
  public double[] meanGradient() {
    double[] mean = new double[gradient.length];
    for (int j = 0; j < mean.length; j++) {
      mean[j] = gradient[j] / count;
    }
    return mean;
  }
}
