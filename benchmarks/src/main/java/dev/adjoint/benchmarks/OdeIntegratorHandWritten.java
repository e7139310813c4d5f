package dev.adjoint.benchmarks;

/**
 * The gradient of {@link OdeIntegrator#finalStateLoss} by the discrete adjoint of the RK4 scheme,
 * written by hand: the forward sweep stores the state at the start of every step in one array
 * allocated up front ({@code 2 · steps} doubles); the backward sweep runs the steps in reverse,
 * recomputes the step's four stage points from its stored start, and carries the adjoint state
 * {@code λ} back through the stages, adding each stage's contribution to the parameter gradient
 * on the way. The Jacobian of the right-hand side is written out:
 * {@code ∂f/∂(x, y) = [[α - β y, -β x], [δ y, δ x - γ]]}.
 */
public final class OdeIntegratorHandWritten {
  private OdeIntegratorHandWritten() {}

  /** The RK4 tableau of {@link OdeIntegrator}. */
  private static final double[] C = {0.0, 0.5, 0.5, 1.0};
  private static final double[] B = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  /** The value and gradient, shaped like the generated {@code FinalStateLossGradient}. */
  public record FinalStateLossGradient(double value, double[] theta, double[] y0) {}

  public static FinalStateLossGradient finalStateLoss(double[] theta, double[] y0,
      double[] target, double tEnd, int steps) {
    double alpha = theta[0];
    double beta = theta[1];
    double delta = theta[2];
    double gamma = theta[3];
    double h = tEnd / steps;

    double[] trajectory = new double[2 * steps];
    double x = y0[0];
    double y = y0[1];
    for (int s = 0; s < steps; s++) {
      trajectory[2 * s] = x;
      trajectory[2 * s + 1] = y;
      double kx = 0;
      double ky = 0;
      double ix = 0;
      double iy = 0;
      for (int r = 0; r < 4; r++) {
        double px = x + C[r] * h * kx;
        double py = y + C[r] * h * ky;
        kx = alpha * px - beta * px * py;
        ky = delta * px * py - gamma * py;
        ix += B[r] * kx;
        iy += B[r] * ky;
      }
      x += h * ix;
      y += h * iy;
    }
    double dx = x - target[0];
    double dy = y - target[1];
    double value = dx * dx + dy * dy;

    double lx = 2 * dx;
    double ly = 2 * dy;
    double ga = 0;
    double gb = 0;
    double gd = 0;
    double gg = 0;
    double[] sx = new double[4];
    double[] sy = new double[4];
    for (int s = steps - 1; s >= 0; s--) {
      double x0 = trajectory[2 * s];
      double y0s = trajectory[2 * s + 1];
      double kx = 0;
      double ky = 0;
      for (int r = 0; r < 4; r++) {
        double px = x0 + C[r] * h * kx;
        double py = y0s + C[r] * h * ky;
        sx[r] = px;
        sy[r] = py;
        kx = alpha * px - beta * px * py;
        ky = delta * px * py - gamma * py;
      }
      // u_{s+1} = u_s + h Σ B[r] k_r, stage r at u_s + C[r] h k_{r-1}
      double wx = h * lx;
      double wy = h * ly;
      double cx = 0;
      double cy = 0;
      for (int r = 3; r >= 0; r--) {
        double kbx = B[r] * wx + cx;
        double kby = B[r] * wy + cy;
        double px = sx[r];
        double py = sy[r];
        double pxy = px * py;
        ga += kbx * px;
        gb -= kbx * pxy;
        gd += kby * pxy;
        gg -= kby * py;
        double bx = kbx * (alpha - beta * py) + kby * delta * py;
        double by = kby * (delta * px - gamma) - kbx * beta * px;
        lx += bx;
        ly += by;
        cx = C[r] * h * bx;
        cy = C[r] * h * by;
      }
    }
    return new FinalStateLossGradient(value, new double[] {ga, gb, gd, gg},
        new double[] {lx, ly});
  }
}
