package dev.adjoint.benchmarks;

import dev.adjoint.Differentiable;

/**
 * Fitting an ODE model by its final state: the Lotka–Volterra predator–prey system
 *
 * <pre>
 *   x' = α x - β x y,   y' = δ x y - γ y,   θ = (α, β, δ, γ)
 * </pre>
 *
 * <p>integrated from the initial state {@code y0 = (x0, y0)} over {@code [0, tEnd]} by the classic
 * fourth-order Runge–Kutta method with {@code steps} fixed steps, and the loss {@code |u(tEnd) -
 * target|²}, the squared distance of the final state from an observed one. The RK4 tableau is kept
 * in two tables: stage {@code r} evaluates the right-hand side at {@code u + C[r] h k_{r-1}}, and
 * the step adds {@code h Σ B[r] k_r}.
 *
 * <p>Differentiable inputs: the parameters {@code theta[4]} and the initial state {@code y0[2]};
 * {@code target}, {@code tEnd} and {@code steps} are data. The state is carried from step to step,
 * so the reverse sweep needs the whole trajectory. The processor generates
 * {@code OdeIntegratorDerivatives}.
 */
public final class OdeIntegrator {
  private OdeIntegrator() {}

  /** RK4 nodes: stage r is evaluated at u + C[r] h k_{r-1}. */
  private static final double[] C = {0.0, 0.5, 0.5, 1.0};
  /** RK4 weights of the stage slopes. */
  private static final double[] B = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  @Differentiable(wrt = {"theta", "y0"})
  public static double finalStateLoss(double[] theta, double[] y0, double[] target, double tEnd,
      int steps) {
    double alpha = theta[0];
    double beta = theta[1];
    double delta = theta[2];
    double gamma = theta[3];
    double h = tEnd / steps;
    double[] u = {y0[0], y0[1]};
    double[] stage = new double[2];
    double[] k = new double[2];
    double[] increment = new double[2];
    for (int step = 0; step < steps; step++) {
      k[0] = 0;
      k[1] = 0;
      increment[0] = 0;
      increment[1] = 0;
      for (int r = 0; r < 4; r++) {
        stage[0] = u[0] + C[r] * h * k[0];
        stage[1] = u[1] + C[r] * h * k[1];
        k[0] = alpha * stage[0] - beta * stage[0] * stage[1];
        k[1] = delta * stage[0] * stage[1] - gamma * stage[1];
        increment[0] += B[r] * k[0];
        increment[1] += B[r] * k[1];
      }
      u[0] += h * increment[0];
      u[1] += h * increment[1];
    }
    double dx = u[0] - target[0];
    double dy = u[1] - target[1];
    return dx * dx + dy * dy;
  }
}
