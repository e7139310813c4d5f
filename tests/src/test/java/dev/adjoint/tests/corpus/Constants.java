package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Named constants: static finals of this class (double and int), Math.PI and Math.E, degree conversions. */
public final class Constants {
  private static final double GRAVITY = 9.81;
  static final double HALF = 0.5;
  private static final int ORDER = 3;
  /** Boltzmann's constant in eV/K. */
  private static final double K_B = 8.617333262e-5;

  private Constants() {}

  /** Height of a projectile launched at speed {@code v0} and angle {@code angle}, at time {@code t}. */
  @Differentiable
  static double projectileHeight(double v0, double angle, double t) {
    return v0 * Math.sin(angle) * t - HALF * GRAVITY * t * t;
  }

  @Differentiable
  static double circleArea(double r) {
    return Math.PI * r * r;
  }

  @Differentiable
  static double naturalGrowth(double x) {
    return Math.pow(Math.E, x) - Math.E * x;
  }

  @Differentiable
  static double degreesSine(double degrees) {
    return Math.sin(Math.toRadians(degrees)) + Math.toDegrees(0.01 * degrees) / 100;
  }

  @Differentiable
  static double intConstant(double x) {
    return x * ORDER + Math.pow(x, ORDER);
  }

  /** The Boltzmann factor of an energy level at a temperature. */
  @Differentiable
  static double boltzmannFactor(double energy, double temperature) {
    return Math.exp(-energy / (K_B * temperature));
  }
}
