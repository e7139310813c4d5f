package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2, several inputs: partial derivatives, the gradient, directional derivatives (forward
 * mode's natural output) and a function whose partials exist where it is not differentiable.
 */
final class SeveralInputs {
  private SeveralInputs() {}

  /** S02-partials-x2+y2: the paraboloid {@code f = x^2 + y^2}, gradient {@code (2x, 2y)}. */
  @Differentiable
  static double paraboloid(double x, double y) {
    return x * x + y * y;
  }

  /** S00-curve-derivative: the paraboloid along the path {@code (3 + t, 4 - 2t)}. */
  @Differentiable
  static double alongCurve(double t) {
    double x = 3 + t;
    double y = 4 - 2 * t;
    return x * x + y * y;
  }

  /**
   * S00-partials-not-differentiable: {@code xy/(x^2 + y^2)}, defined as 0 at the origin. Both
   * partials exist there, yet the function is not even continuous at the origin.
   */
  @Differentiable
  static double partialsOnly(double x, double y) {
    double r2 = x * x + y * y;
    double f = 0;
    if (r2 > 0) {
      f = x * y / r2;
    }
    return f;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    SeveralInputsDerivatives.ParaboloidGradient g = SeveralInputsDerivatives.paraboloidGrad(3, 4);
    double[] xBar = {1};
    double[] yBar = {1};
    SeveralInputsDerivatives.paraboloidVjp(3, 4, 0.5, xBar, yBar);
    examples.add(Example.of("S02-gradient-x2+y2", "f(x, y) = x^2 + y^2", "(x, y) = (3, 4)")
        .check("f", "paraboloidGrad", g.value(), 25)
        .check("df/dx = 2x", "paraboloidGrad", g.x(), 6)
        .check("df/dy = 2y", "paraboloidGrad", g.y(), 8)
        .check("|grad f| = sqrt(36 + 64)", "paraboloidGrad", Math.hypot(g.x(), g.y()), 10)
        .check("xBar: 1 + 0.5 * df/dx", "paraboloidVjp", xBar[0], 4)
        .check("yBar: 1 + 0.5 * df/dy", "paraboloidVjp", yBar[0], 5)
        .note("steepest ascent is grad f / |grad f| = (" + g.x() / 10 + ", " + g.y() / 10 + ")")
        .build());

    SeveralInputsDerivatives.ParaboloidGradient bottom = SeveralInputsDerivatives.paraboloidGrad(0, 0);
    examples.add(Example.of("S02-partials-x2+y2", "f(x, y) = x^2 + y^2", "(x, y) = (0, 0)")
        .check("f", "paraboloidGrad", bottom.value(), 0)
        .check("df/dx = 2x", "paraboloidGrad", bottom.x(), 0)
        .check("df/dy = 2y", "paraboloidGrad", bottom.y(), 0)
        .build());

    double half = Math.sqrt(0.5);
    examples.add(Example.of("S02-directional-x2+y2", "D_u f = grad f . u", "(x, y) = (3, 4)")
        .check("north u = (0, 1): 8", "paraboloidJvp", SeveralInputsDerivatives.paraboloidJvp(3, 0, 4, 1), 8)
        .check("east u = (1, 0): 6", "paraboloidJvp", SeveralInputsDerivatives.paraboloidJvp(3, 1, 4, 0), 6)
        .check("u = (0.6, 0.8): |grad f| = 10", "paraboloidJvp",
            SeveralInputsDerivatives.paraboloidJvp(3, 0.6, 4, 0.8), 10)
        .check("u = (1, 1)/sqrt(2): 14/sqrt(2)", "paraboloidJvp",
            SeveralInputsDerivatives.paraboloidJvp(3, half, 4, half), 14 / Math.sqrt(2))
        .note("the gradient direction (0.6, 0.8) gives the largest directional derivative, 10")
        .build());

    examples.add(Example.of("S00-curve-derivative", "h(t) = f(3 + t, 4 - 2t)", "t = 0")
        .check("h", "alongCurveGrad", SeveralInputsDerivatives.alongCurveGrad(0).value(), 25)
        .check("h'(0) = 2x*1 + 2y*(-2)", "alongCurveGrad", SeveralInputsDerivatives.alongCurveGrad(0).t(), -10)
        .check("grad f . (1, -2)", "paraboloidJvp", SeveralInputsDerivatives.paraboloidJvp(3, 1, 4, -2), -10)
        .build());

    SeveralInputsDerivatives.PartialsOnlyGradient away = SeveralInputsDerivatives.partialsOnlyGrad(1, 2);
    examples.add(Example.of("S00-partials-not-differentiable", "f = xy/(x^2 + y^2)", "(x, y) = (1, 2)")
        .check("f", "partialsOnlyGrad", away.value(), 0.4)
        .check("df/dx = y(y^2 - x^2)/(x^2 + y^2)^2", "partialsOnlyGrad", away.x(), 0.24)
        .check("df/dy = x(x^2 - y^2)/(x^2 + y^2)^2", "partialsOnlyGrad", away.y(), -0.12)
        .build());

    SeveralInputsDerivatives.PartialsOnlyGradient origin = SeveralInputsDerivatives.partialsOnlyGrad(0, 0);
    double t = 1e-4;
    examples.add(Example.of("S00-partials-not-differentiable", "f = xy/(x^2 + y^2), f(0, 0) = 0",
            "(x, y) = (0, 0)")
        .check("f", "partialsOnlyGrad", origin.value(), 0)
        .check("df/dx (f = 0 on the x axis)", "partialsOnlyGrad", origin.x(), 0)
        .check("df/dy (f = 0 on the y axis)", "partialsOnlyGrad", origin.y(), 0)
        .note("AD follows the branch that ran; along the diagonal (f(t,t) - f(0,0))/t = "
            + (partialsOnly(t, t) - partialsOnly(0, 0)) / t + " at t = " + t + ", so f has no derivative here")
        .build());
    return examples;
  }
}
