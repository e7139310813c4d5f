package dev.adjoint.tests.corpus;

import dev.adjoint.Differentiable;
import java.util.Arrays;

/** Holds a nested model class: its companion is {@code Models_PolynomialDerivatives}. */
public final class Models {
  private Models() {}

  /** A polynomial in {@code x - center} with fixed coefficients. */
  public static final class Polynomial {
    public final double[] coefficients;
    public final double center;

    public Polynomial(double[] coefficients, double center) {
      this.coefficients = coefficients;
      this.center = center;
    }

    /** Horner's rule over the receiver's coefficients. */
    @Differentiable
    double value(double x) {
      double p = 0.0;
      for (int i = this.coefficients.length - 1; i >= 0; i--) {
        p = p * (x - center) + coefficients[i];
      }
      return p;
    }

    /** {@code Σ p(xs_k)²}: the polynomial inlined (instance methods cannot call each other yet). */
    @Differentiable
    double energy(double[] xs) {
      double e = 0.0;
      for (int k = 0; k < xs.length; k++) {
        double p = 0.0;
        for (int i = this.coefficients.length - 1; i >= 0; i--) {
          p = p * (xs[k] - this.center) + this.coefficients[i];
        }
        e += p * p;
      }
      return e;
    }

    /** The coefficients (a field, no derivative) passed to a differentiable parameter of a static callee. */
    @Differentiable
    double dotWithCoefficients(double[] v) {
      return CallTargets.dotWith(this.coefficients, v) * CallTargets.dotWith(v, v);
    }

    @Override
    public String toString() {
      return "Polynomial(" + Arrays.toString(coefficients) + ", center=" + center + ")";
    }
  }
}
