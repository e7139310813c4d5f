package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;

/**
 * Piecewise functions selected by an int, an enum, a name or an operator character: smoothing
 * kernels, spline pieces, activations, robust losses.
 */
public final class PiecewiseFunctions {
  private PiecewiseFunctions() {}

  public static final int EPANECHNIKOV = 0;
  public static final int TRIANGULAR = 1;
  public static final int GAUSSIAN = 2;
  public static final int BIWEIGHT = 3;
  public static final int COSINE = 4;

  private static final double INV_SQRT_TWO_PI = 1.0 / Math.sqrt(2.0 * Math.PI);

  /** A smoothing kernel by code, zero outside [-1, 1] except the Gaussian. */
  @Differentiable
  public static double kernel(int code, double u) {
    double k;
    switch (code) {
      case EPANECHNIKOV:
        k = Math.abs(u) <= 1.0 ? 0.75 * (1.0 - u * u) : 0.0;
        break;
      case TRIANGULAR:
        k = Math.abs(u) <= 1.0 ? 1.0 - Math.abs(u) : 0.0;
        break;
      case GAUSSIAN:
        k = INV_SQRT_TWO_PI * Math.exp(-0.5 * u * u);
        break;
      case BIWEIGHT: {
        double v = 1.0 - u * u;
        k = Math.abs(u) <= 1.0 ? 0.9375 * v * v : 0.0;
        break;
      }
      case COSINE:
        k = Math.abs(u) <= 1.0 ? Math.PI / 4.0 * Math.cos(Math.PI / 2.0 * u) : 0.0;
        break;
      default:
        throw new IllegalArgumentException("unknown kernel " + code);
    }
    return k;
  }

  /** The kernel density estimate at x with bandwidth h, differentiable in the data too. */
  @Differentiable
  public static double kernelDensity(int code, double[] data, double x, double h) {
    if (h <= 0.0) {
      throw new IllegalArgumentException("bandwidth must be positive");
    }
    double sum = 0.0;
    for (double d : data) {
      sum += kernel(code, (x - d) / h);
    }
    return sum / (data.length * h);
  }

  /** The uniform cubic B-spline basis function on [-2, 2], piece by piece. */
  @Differentiable
  public static double cubicBSpline(double t) {
    int piece = (int) Math.floor(t + 2.0);
    switch (piece) {
      case 0: {
        double s = t + 2.0;
        return s * s * s / 6.0;
      }
      case 1:
        return (-3.0 * t * t * t - 6.0 * t * t + 4.0) / 6.0;
      case 2:
        return (3.0 * t * t * t - 6.0 * t * t + 4.0) / 6.0;
      case 3: {
        double s = 2.0 - t;
        return s * s * s / 6.0;
      }
      default:
        return 0.0;
    }
  }

  /** A spline through coefficients {@code c} on unit knots: the segment holding x picks four of them. */
  @Differentiable
  public static double bSplineCurve(double[] c, double x) {
    double sum = 0.0;
    int first = (int) Math.floor(x) - 1;
    for (int j = first; j <= first + 3; j++) {
      if (j >= 0 && j < c.length) {
        sum += c[j] * cubicBSpline(x - j);
      }
    }
    return sum;
  }

  /** An activation by code, as a switch expression. */
  @Differentiable
  public static double activation(int kind, double x) {
    double y = switch (kind) {
      case 0 -> Math.max(0.0, x);
      case 1 -> Math.tanh(x);
      case 2 -> 1.0 / (1.0 + Math.exp(-x));
      case 3 -> x > 0.0 ? x : Math.expm1(x);
      case 4, 5 -> Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0.0);
      default -> x;
    };
    return y;
  }

  /** A robust loss of a residual by code: squared, Huber, Cauchy, Tukey's biweight. */
  @Differentiable
  public static double robustLoss(int kind, double r, double c) {
    double a = Math.abs(r);
    switch (kind) {
      case 0 -> {
        return 0.5 * r * r;
      }
      case 1 -> {
        return a <= c ? 0.5 * r * r : c * (a - 0.5 * c);
      }
      case 2 -> {
        double z = r / c;
        return 0.5 * c * c * Math.log1p(z * z);
      }
      case 3 -> {
        if (a > c) {
          return c * c / 6.0;
        }
        double z = r / c;
        double v = 1.0 - z * z;
        return c * c / 6.0 * (1.0 - v * v * v);
      }
      default -> throw new IllegalArgumentException("unknown loss " + kind);
    }
  }

  /** Linear interpolation of values on the uniform grid 0, 1/(n-1), ..., 1, clamped outside. */
  @Differentiable
  public static double interpolate(double[] values, double x) {
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("need two values");
    }
    double s = Math.min(Math.max(x, 0.0), 1.0) * (n - 1);
    int i = Math.min((int) s, n - 2);
    double w = s - i;
    return (1.0 - w) * values[i] + w * values[i + 1];
  }

  /** The smoothing kernels a density estimator offers by name. */
  public enum Kernel { EPANECHNIKOV, TRIANGULAR, GAUSSIAN, BIWEIGHT, COSINE }

  /** {@link #kernel(int, double)} selected by an enum, as a density estimator is configured. */
  @Differentiable
  public static double smoothingKernel(Kernel kernel, double u) {
    double a = Math.abs(u);
    switch (kernel) {
      case EPANECHNIKOV:
        return a <= 1.0 ? 0.75 * (1.0 - u * u) : 0.0;
      case TRIANGULAR:
        return a <= 1.0 ? 1.0 - a : 0.0;
      case GAUSSIAN:
        return INV_SQRT_TWO_PI * Math.exp(-0.5 * u * u);
      case BIWEIGHT: {
        double v = 1.0 - u * u;
        return a <= 1.0 ? 0.9375 * v * v : 0.0;
      }
      default:
        return a <= 1.0 ? Math.PI / 4.0 * Math.cos(Math.PI / 2.0 * u) : 0.0;
    }
  }

  /** {@link #kernelDensity} with the kernel chosen by an enum, passed on to the kernel. */
  @Differentiable
  public static double density(Kernel kernel, double[] data, double x, double h) {
    double sum = 0.0;
    for (double d : data) {
      sum += smoothingKernel(kernel, (x - d) / h);
    }
    return sum / (data.length * h);
  }

  /** {@link #robustLoss} selected by name, as loss functions are looked up from configuration. */
  @Differentiable
  public static double namedLoss(String name, double r, double c) {
    double a = Math.abs(r);
    return switch (name) {
      case "squared", "l2" -> 0.5 * r * r;
      case "huber" -> a <= c ? 0.5 * r * r : c * (a - 0.5 * c);
      case "cauchy" -> {
        double z = r / c;
        yield 0.5 * c * c * Math.log1p(z * z);
      }
      default -> throw new IllegalArgumentException("unknown loss '" + name + "'");
    };
  }

  /** One step of a calculator: the binary operator {@code op} applied to a and b. */
  @Differentiable
  public static double apply(char op, double a, double b) {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return a / b;
      case '^':
        return Math.pow(a, b);
      default:
        throw new IllegalArgumentException("unknown operator " + op);
    }
  }

  /** A neuron whose activation is chosen when it is built, a field it switches on. */
  public static final class Neuron {
    public enum Activation { RELU, TANH, SOFTPLUS, IDENTITY }

    final Activation activation;
    final double[] w;
    final double b;

    public Neuron(Activation activation, double[] w, double b) {
      this.activation = activation;
      this.w = w;
      this.b = b;
    }

    public Activation activation() {
      return activation;
    }

    public double weight(int j) {
      return w[j];
    }

    public double bias() {
      return b;
    }

    /** The neuron's output for the input x. */
    @Differentiable
    public double output(double[] x) {
      double z = b;
      for (int j = 0; j < x.length; j++) {
        z += w[j] * x[j];
      }
      switch (this.activation) {
        case RELU:
          return Math.max(0.0, z);
        case TANH:
          return Math.tanh(z);
        case SOFTPLUS:
          return Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0.0);
        default:
          return z;
      }
    }
  }
}
