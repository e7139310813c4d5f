package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/** Choosing what to differentiate: @NoDerivative parameters and @Differentiable(wrt = ...). */
public final class Selection {
  private Selection() {}

  @Differentiable
  static double scaledSquare(double x, @NoDerivative double scale) {
    return scale * x * x;
  }

  @Differentiable(wrt = {"y"})
  static double onlyY(double x, double y) {
    return x * Math.exp(y) + y * y;
  }

  @Differentiable(wrt = {"a", "c"})
  static double outerTwo(double a, double b, double c) {
    return a * b + b * c + Math.sin(a * c);
  }

  /** A weighted squared error: the observation and weight are data. */
  @Differentiable
  static double weightedSquaredError(double theta, @NoDerivative double observed,
      @NoDerivative double weight) {
    double r = theta - observed;
    return weight * r * r;
  }

  /** Log-likelihood of a normal observation, differentiated in x only (single-element wrt). */
  @Differentiable(wrt = "x")
  static double normalLogLikelihood(double x, double mu, @NoDerivative double sigma, int count) {
    double z = (x - mu) / sigma;
    return -count * (0.5 * z * z + Math.log(sigma));
  }
}
