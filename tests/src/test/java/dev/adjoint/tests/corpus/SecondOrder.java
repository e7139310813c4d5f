package dev.adjoint.tests.corpus;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;

/**
 * {@code @Differentiable(order = 2)} functions: {@code fHvp} and {@code fHessian} besides the first-order
 * methods. Quadratic forms and Rosenbrock (closed-form Hessians), the functions of the worked-examples catalogue
 * section 9 (Hessian table, second-order Taylor, Newton steps, stationary points), and bodies with
 * loops, branches, values the reverse sweep must save, a while and a do/while loop, and AdjointMath.
 */
public final class SecondOrder {
  private SecondOrder() {}

  // ---------------------------------------------------------------- closed forms

  /** {@code xᵀ A x} with A not necessarily symmetric: the Hessian is {@code A + Aᵀ}. */
  @Differentiable(order = 2)
  static double quadraticForm(double[] x, @NoDerivative double[][] a) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        s += x[i] * a[i][j] * x[j];
      }
    }
    return s;
  }

  /** The Rosenbrock function {@code Σ 100 (x_(i+1) - x_i²)² + (1 - x_i)²}. */
  @Differentiable(order = 2)
  static double rosenbrock(double[] x) {
    double s = 0.0;
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1.0 - x[i];
      s += 100.0 * a * a + b * b;
    }
    return s;
  }

  // ---------------------------------------------------------------- the worked-examples catalogue section 9

  /** S02-partials-x2+y2: Hessian {@code 2 I}. */
  @Differentiable(order = 2)
  static double sumOfSquares(double x, double y) {
    return x * x + y * y;
  }

  /** The saddle {@code x² - y²} of S03-stationary-points: Hessian {@code diag(2, -2)}. */
  @Differentiable(order = 2)
  static double saddle(double x, double y) {
    return x * x - y * y;
  }

  /** S02-backprop-two-layer: {@code h = (x1 + x2, x1 - x2)}, {@code L = h1² + h2²}; Hessian {@code 4 I}. */
  @Differentiable(order = 2)
  static double twoLayer(double[] x) {
    double h1 = x[0] + x[1];
    double h2 = x[0] - x[1];
    return h1 * h1 + h2 * h2;
  }

  /** S02-matrix-4-norm: {@code |x|}, Hessian {@code (I - x xᵀ/|x|²)/|x|}. */
  @Differentiable(order = 2)
  static double norm(double[] x) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return Math.sqrt(s);
  }

  /** S02-jacobian-x1sq+x2, first component {@code x1² + x2}: Hessian {@code [[2, 0], [0, 0]]}. */
  @Differentiable(order = 2)
  static double jacobianFirst(double x1, double x2) {
    return x1 * x1 + x2;
  }

  /** S02-jacobian-x1sq+x2, second component {@code x1 x2}: Hessian {@code [[0, 1], [1, 0]]}. */
  @Differentiable(order = 2)
  static double jacobianSecond(double x1, double x2) {
    return x1 * x2;
  }

  /**
   * S01-chain-composition in one method (order = 2 takes no calls): {@code y = (x1² + x2, x1 x2)},
   * {@code h = (y1 + y2, y1 - y2)}, {@code L = h1² + h2²}; Hessian {@code [[248, 72], [72, 40]]} at (3, 2).
   */
  @Differentiable(order = 2)
  static double composedLoss(double[] x) {
    double y1 = x[0] * x[0] + x[1];
    double y2 = x[0] * x[1];
    double h1 = y1 + y2;
    double h2 = y1 - y2;
    return h1 * h1 + h2 * h2;
  }

  /** S01-leastsq-mean: {@code (1/N) |X θ - Y|²}; Hessian {@code (2/N) XᵀX}. */
  @Differentiable(order = 2)
  static double meanLeastSquares(double[] theta, @NoDerivative double[][] x, @NoDerivative double[] y) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      double r = -y[i];
      for (int j = 0; j < theta.length; j++) {
        r += x[i][j] * theta[j];
      }
      s += r * r;
    }
    return s / x.length;
  }

  /** S03-gaussian-quadratic: {@code xᵀ Σ⁻¹ x}, {@code Σ⁻¹ = [[2, -1], [-1, 2]]/3}. */
  @Differentiable(order = 2)
  static double gaussianQuadratic(double x1, double x2) {
    return (2.0 * x1 * x1 - 2.0 * x1 * x2 + 2.0 * x2 * x2) / 3.0;
  }

  /** Log-sum-exp through AdjointMath: Hessian {@code diag(p) - p pᵀ}, p the softmax. */
  @Differentiable(order = 2)
  static double logSumExp(double[] z) {
    return AdjointMath.logSumExp(z);
  }

  /** S02-chain-3x+1: {@code (3x + 1)²}, second derivative 18. */
  @Differentiable(order = 2)
  static double chainSquare(double x) {
    double u = 3.0 * x + 1.0;
    return u * u;
  }

  /** S00-taylor-1d: {@code 5x³ - 2x + 7}, second derivative {@code 30x}. */
  @Differentiable(order = 2)
  static double cubicPolynomial(double x) {
    return 5.0 * x * x * x - 2.0 * x + 7.0;
  }

  // ---------------------------------------------------------------- loops, branches, saved values

  /** Horner's rule over a coefficient array: saves {@code p} per iteration; mixed array/scalar Hessian. */
  @Differentiable(order = 2)
  static double horner(double[] c, double x) {
    double p = 0.0;
    for (int i = c.length - 1; i >= 0; i--) {
      p = p * x + c[i];
    }
    return p;
  }

  /** A running product overwritten every iteration, then used twice. */
  @Differentiable(order = 2)
  static double runningProduct(double[] x) {
    double p = 1.0;
    for (int i = 0; i < x.length; i++) {
      p = p * (1.0 + x[i] * x[i]) + 0.1 * x[i];
    }
    return Math.log(p) * p;
  }

  /** A while loop with a branch on the iterate: trip count {@code n}, branch decided per iteration. */
  @Differentiable(order = 2)
  static double whileWithBranch(double x, double y, int n) {
    double p = x;
    int k = 0;
    while (k < n) {
      if (p > 1.0) {
        p = Math.log(p) * y + x;
      } else {
        p = p * p * y + x;
      }
      k++;
    }
    return p;
  }

  /** Newton's iteration for the cube root in a do/while: the Hessian of {@code a^(1/3)}. */
  @Differentiable(order = 2)
  static double newtonCubeRoot(double a) {
    double x = 1.0 + a / 3.0;
    double step = 0.0;
    do {
      step = (x * x * x - a) / (3.0 * x * x);
      x = x - step;
    } while (Math.abs(step) > 1e-13 * x);
    return x;
  }

  /** if/else on the inputs, with different smooth pieces. */
  @Differentiable(order = 2)
  static double branches(double x, double y) {
    if (x > y) {
      return x * x * y + Math.exp(y);
    }
    return Math.sin(x * y) + y * y * y;
  }

  /** A loop that stops early with {@code break}. */
  @Differentiable(order = 2)
  static double earlyBreak(double x, double[] w) {
    double s = 0.0;
    for (int i = 0; i < w.length; i++) {
      s += Math.sin(w[i] * x) + w[i] * w[i];
      if (s > 2.0) {
        break;
      }
    }
    return s * x;
  }

  /** AdjointMath inside a second-order method: erf, sigmoid, softplus, logSumExp, dot, sum, square. */
  @Differentiable(order = 2)
  static double mathHelpers(double x, double y, double[] z) {
    double t = AdjointMath.erf(x * y) + AdjointMath.sigmoid(y) + AdjointMath.softplus(x - y);
    return t * AdjointMath.logSumExp(z) + AdjointMath.dot(z, z) * AdjointMath.sum(z)
        + AdjointMath.square(x * t);
  }

  /** GELU through erf: second derivative {@code φ(x) (2 - x²)}. */
  @Differentiable(order = 2)
  static double gelu(double x) {
    return 0.5 * x * (1.0 + AdjointMath.erf(x / Math.sqrt(2.0)));
  }

  /** int, long, boolean and @NoDerivative parameters beside the differentiable ones. */
  @Differentiable(order = 2)
  static double mixedParameters(double x, double[] w, @NoDerivative double c, int n, boolean square) {
    double s = 0.0;
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < w.length; i++) {
        s += Math.cos(w[i] * x + c * k) / (k + 1);
      }
    }
    return square ? s * s : s * x;
  }

  /** Local arrays in a second-order method: the negative entropy of softmax(z), built step by step. */
  @Differentiable(order = 2)
  static double softmaxNegEntropy(double[] z) {
    double[] e = new double[z.length];
    double s = 0.0;
    for (int i = 0; i < z.length; i++) {
      e[i] = Math.exp(z[i]);
      s += e[i];
    }
    double h = 0.0;
    for (int i = 0; i < z.length; i++) {
      double p = e[i] / s;
      h += p * Math.log(p);
    }
    return h;
  }

  /** Two-argument Math functions and others, both arguments differentiated. */
  @Differentiable(order = 2)
  static double mathFunctions(double x, double y) {
    return Math.pow(x, y) + Math.atan2(y, x) + Math.hypot(x, y) + Math.tanh(x * y) + Math.cbrt(x + y)
        + Math.log1p(x * y) + Math.expm1(y - x) + Math.max(x, y) * Math.min(x, 2.0 * y) + x / y;
  }

  /** ReLU in a second-order method (sampled away from its kink): {@code relu(x y) x + sigmoid(x) y²}. */
  @Differentiable(order = 2)
  static double reluAndSigmoid(double x, double y) {
    return AdjointMath.relu(x * y) * x + AdjointMath.sigmoid(x) * y * y;
  }

  /** A local {@code double[][]} in a second-order method: {@code Σ_ij (x_i sin x_j)(x_j sin x_i)}. */
  @Differentiable(order = 2)
  static double localMatrix(double[] x) {
    double[][] outer = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        outer[i][j] = x[i] * Math.sin(x[j]);
      }
    }
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        s += outer[i][j] * outer[j][i];
      }
    }
    return s;
  }

  /** {@code Arrays.fill} of a local array with a differentiable value, in a second-order method. */
  @Differentiable(order = 2)
  static double filledLogs(double[] x, double c) {
    double[] b = new double[x.length];
    java.util.Arrays.fill(b, c);
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      b[i] += x[i] * x[i];
      s += Math.log(b[i]) * c;
    }
    return s;
  }
}
