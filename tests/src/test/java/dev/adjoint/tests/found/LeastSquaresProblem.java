package dev.adjoint.tests.found;

/**
 * A nonlinear least-squares test problem: {@code m} residuals of {@code n} unknowns, with the
 * residual vector and its hand-coded Jacobian, in the shape optimisation test suites give them.
 */
public abstract class LeastSquaresProblem {
  /** Number of residuals. */
  protected int m;
  /** Number of unknowns. */
  protected int n;

  protected LeastSquaresProblem(int m, int n) {
    this.m = m;
    this.n = n;
  }

  /** The residual vector {@code f(x)} of length {@code m}. */
  public abstract double[] value(double[] x);

  /** The hand-coded {@code m x n} Jacobian {@code ∂f_i/∂x_j}. */
  public abstract double[][] jacobian(double[] x);

  /** The standard starting point. */
  public abstract double[] start();

  public int residuals() {
    return m;
  }

  public int unknowns() {
    return n;
  }

  /** Throws unless {@code x} has {@code n} entries. */
  protected void checkPoint(double[] x) {
    if (x.length != n) {
      throw new IllegalArgumentException("expected " + n + " unknowns, got " + x.length);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(m=" + m + ", n=" + n + ")";
  }
}
