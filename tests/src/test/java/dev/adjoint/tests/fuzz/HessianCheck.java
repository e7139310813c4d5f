package dev.adjoint.tests.fuzz;

import java.util.Arrays;

/**
 * For {@code order = 2}: the Hessian against central differences of the generated gradient
 * (itself checked against the JVP and finite differences), and the Hessian-vector product
 * against the Hessian times the vector.
 */
final class HessianCheck {
  private final Invoker invoker;

  HessianCheck(Invoker invoker) {
    this.invoker = invoker;
  }

  Failure check(Object[] args, double[] direction) throws Invoker.Broken {
    double[][] hessian = invoker.hessian(args);
    int n = invoker.dimension();
    double[] z = invoker.flatten(args);
    double[] gradient = Arrays.copyOfRange(invoker.grad(args), 1, n + 1);
    for (int k = 0; k < n; k++) {
      int column = k;
      double[] fd;
      try {
        fd = Differences.derivative(h -> gradientAt(args, z, column, h), gradient);
      } catch (RuntimeException e) {
        if (e.getCause() instanceof Invoker.Broken broken) {
          throw broken;
        }
        throw e;
      }
      if (fd == null) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (!Checker.close(hessian[i][column], fd[i], 1e-6, 1e-8 * (1 + Math.abs(gradient[i])))) {
          return new Failure("Hessian disagrees with finite differences of the gradient",
              "H[" + i + "][" + column + "]: expected " + fd[i] + " got " + hessian[i][column]
                  + " at " + Checker.where(args));
        }
      }
    }
    double[] hvp = invoker.hvp(args, direction);
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        total += Math.abs(hessian[i][k] * direction[k]);
      }
    }
    for (int i = 0; i < n; i++) {
      double expected = 0;
      double magnitude = 0;
      for (int k = 0; k < n; k++) {
        expected += hessian[i][k] * direction[k];
        magnitude += Math.abs(hessian[i][k] * direction[k]);
      }
      // rounding in the other rows' terms shows up as noise near 0 in this one
      // an exact zero (a linear function's Hessian) comes back as rounding of the gradient's size
      double scale = 1e-12 * (1 + Math.abs(gradient[i])) * Arrays.stream(direction)
          .map(Math::abs).sum();
      if (!Checker.close(hvp[i], expected, 0, 1e-10 * magnitude + 1e-12 * total + scale
          + 1e-300)) {
        return new Failure("HVP disagrees with the Hessian times the vector",
            "component " + i + ": expected " + expected + " got " + hvp[i] + " along "
                + Arrays.toString(direction) + " at " + Checker.where(args));
      }
    }
    return null;
  }

  private double[] gradientAt(Object[] args, double[] z, int k, double h) {
    double[] moved = z.clone();
    moved[k] += h;
    Object[] at = invoker.with(args, moved);
    try {
      double value = invoker.primal(at);
      if (!Double.isFinite(value)) {
        return null;
      }
    } catch (Throwable t) {
      return null;
    }
    try {
      double[] g = invoker.grad(at);
      return Arrays.copyOfRange(g, 1, g.length);
    } catch (Invoker.Broken e) {
      throw new RuntimeException(e);
    }
  }
}
