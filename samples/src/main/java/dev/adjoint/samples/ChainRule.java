package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain rule examples of sections 1 and 2: derivatives multiply along a chain of steps and add
 * over the paths from input to output, which is exactly what the generated code does step by step.
 */
final class ChainRule {
  private ChainRule() {}

  /** S02-chain-3x+1: {@code y = u^2} with {@code u = 3x + 1}, so {@code dy/dx = 2u * 3}. */
  @Differentiable
  static double squareOfLine(double x) {
    double u = 3 * x + 1;
    return u * u;
  }

  /** S02-chain-3x+1 again, written with {@code Math.pow}: the same derivative must come out. */
  @Differentiable
  static double squareOfLinePow(double x) {
    return Math.pow(3 * x + 1, 2);
  }

  /**
   * S02-chain-amplifier-2x3: if the inner step multiplies small changes by {@code inner} and the
   * outer by {@code outer}, the chain multiplies them by both. The gains are constants here.
   */
  @Differentiable
  static double amplifier(double x, @NoDerivative double inner, @NoDerivative double outer) {
    double u = inner * x;
    return outer * u;
  }

  /** S02-chain-three-links: {@code y = exp(sin(x^2))}, three links of one chain. */
  @Differentiable
  static double threeLinks(double x) {
    double v = x * x;
    double u = Math.sin(v);
    return Math.exp(u);
  }

  /** S02-multipath: x reaches z along two paths (through y1 and y2), and both contribute. */
  @Differentiable
  static double multipath(double x) {
    double y1 = 3 * x + 1;
    double y2 = x * x;
    return y1 * y2;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();

    ChainRuleDerivatives.SquareOfLineGradient line = ChainRuleDerivatives.squareOfLineGrad(2);
    double quotient = (squareOfLine(2.001) - squareOfLine(2)) / 0.001;
    examples.add(Example.of("S02-chain-3x+1", "y = u*u, u = 3x + 1", "x = 2")
        .check("y", "squareOfLineGrad", line.value(), 49)
        .check("dy/dx = 2u * 3 = 6(3x + 1)", "squareOfLineGrad", line.x(), 42)
        .check("dy/dx = 2u * 3 = 6(3x + 1)", "squareOfLineJvp", ChainRuleDerivatives.squareOfLineJvp(2, 1), 42)
        .note("difference quotient with dx = 0.001: " + quotient
            + "; its excess over 42 is the Taylor term 18/2 * 0.001")
        .build());

    ChainRuleDerivatives.SquareOfLinePowGradient pow = ChainRuleDerivatives.squareOfLinePowGrad(2);
    examples.add(Example.of("S02-chain-3x+1", "y = Math.pow(3x + 1, 2)", "x = 2")
        .check("y", "squareOfLinePowGrad", pow.value(), 49)
        .check("dy/dx = 6(3x + 1)", "squareOfLinePowGrad", pow.x(), 42)
        .check("dy/dx = 6(3x + 1)", "squareOfLinePowJvp", ChainRuleDerivatives.squareOfLinePowJvp(2, 1), 42)
        .build());

    ChainRuleDerivatives.AmplifierGradient amp = ChainRuleDerivatives.amplifierGrad(1, 2, 3);
    examples.add(Example.of("S02-chain-amplifier-2x3", "y = 3u, u = 2x", "x = 1")
        .check("y", "amplifierGrad", amp.value(), 6)
        .check("dy/dx = 2 * 3", "amplifierGrad", amp.x(), 6)
        .check("dy/dx = 2 * 3", "amplifierJvp", ChainRuleDerivatives.amplifierJvp(1, 1, 2, 3), 6)
        .note("inner and outer are @NoDerivative, so AmplifierGradient has components value and x only")
        .build());

    double x = 1;
    double exact = Math.exp(Math.sin(x * x)) * Math.cos(x * x) * 2 * x;
    ChainRuleDerivatives.ThreeLinksGradient links = ChainRuleDerivatives.threeLinksGrad(x);
    examples.add(Example.of("S02-chain-three-links", "y = exp(u), u = sin(v), v = x^2", "x = 1")
        .check("y", "threeLinksGrad", links.value(), 2.319776824715853)
        .check("dy/dx = exp(u) * cos(v) * 2x", "threeLinksGrad", links.x(), exact)
        .check("dy/dx = exp(u) * cos(v) * 2x", "threeLinksJvp", ChainRuleDerivatives.threeLinksJvp(x, 1), exact)
        .build());

    ChainRuleDerivatives.MultipathGradient paths = ChainRuleDerivatives.multipathGrad(2);
    double[] xBar = {100};
    double z = ChainRuleDerivatives.multipathVjp(2, 1, xBar);
    examples.add(Example.of("S02-multipath", "z = y1*y2, y1 = 3x + 1, y2 = x^2", "x = 2")
        .check("z", "multipathGrad", paths.value(), 28)
        .check("dz/dx = y2*3 + y1*2x = 12 + 28", "multipathGrad", paths.x(), 40)
        .check("dz/dx = 12 + 28", "multipathJvp", ChainRuleDerivatives.multipathJvp(2, 1), 40)
        .check("z", "multipathVjp", z, 28)
        .check("xBar: 100 + seed * dz/dx", "multipathVjp", xBar[0], 140)
        .note("fVjp adds into its accumulator: xBar started at 100, so calls for several outputs compose")
        .build());
    return examples;
  }
}
