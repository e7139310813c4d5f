package dev.adjoint.spark.samples;

import dev.adjoint.Differentiable;

/**
 * A damped oscillator {@code v(t) = A e^{-γt} cos(ωt + φ)} fitted to noisy measurements: the
 * per-measurement squared residual, a model Spark ML has no fitter for.
 */
public final class DampedOscillator {
  private DampedOscillator() {}

  /** The model's value at time {@code t} for {@code theta = (A, γ, ω, φ)}. */
  public static double value(double[] theta, double t) {
    return theta[0] * Math.exp(-theta[1] * t) * Math.cos(theta[2] * t + theta[3]);
  }

  /** Half the squared residual of measurement {@code v} at time {@code t}. */
  @Differentiable(wrt = "theta")
  public static double loss(double[] theta, double t, double v) {
    double amplitude = theta[0];
    double damping = theta[1];
    double frequency = theta[2];
    double phase = theta[3];
    double residual = amplitude * Math.exp(-damping * t) * Math.cos(frequency * t + phase) - v;
    return 0.5 * residual * residual;
  }
}
