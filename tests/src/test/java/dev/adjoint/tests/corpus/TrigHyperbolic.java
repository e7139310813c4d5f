package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;

/** Trigonometric, inverse trigonometric and hyperbolic functions as they appear in physics and geometry code. */
public final class TrigHyperbolic {
  private TrigHyperbolic() {}

  /** A damped oscillator's displacement. */
  @Differentiable
  static double dampedOscillation(double t, double omega, double gamma) {
    return Math.exp(-gamma * t) * Math.cos(omega * t);
  }

  @Differentiable
  static double sinCosMix(double x, double y) {
    return Math.sin(x) * Math.cos(y) + Math.cos(x) * Math.sin(2 * y);
  }

  @Differentiable
  static double tanHalf(double x) {
    return Math.tan(0.5 * x);
  }

  @Differentiable
  static double inverseTrig(double x) {
    return Math.asin(x) + 2 * Math.acos(x) - Math.atan(3 * x);
  }

  @Differentiable
  static double hyperbolic(double x, double y) {
    return Math.sinh(x) * Math.cosh(y) - Math.tanh(x * y);
  }

  /** Energy of a pendulum of length {@code length} at angle {@code theta} and angular speed {@code omega}. */
  @Differentiable
  static double pendulumEnergy(double theta, double omega, double length) {
    double kinetic = 0.5 * length * length * omega * omega;
    double potential = 9.81 * length * (1 - Math.cos(theta));
    return kinetic + potential;
  }

  /** Great-circle angle between two points on the unit sphere (the haversine formula). */
  @Differentiable
  static double haversine(double lat1, double lon1, double lat2, double lon2) {
    double dLat = lat2 - lat1;
    double dLon = lon2 - lon1;
    double s = Math.sin(dLat / 2);
    double t = Math.sin(dLon / 2);
    double a = s * s + Math.cos(lat1) * Math.cos(lat2) * t * t;
    return 2 * Math.asin(Math.sqrt(a));
  }
}
