package dev.adjoint.tests.oracle;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * Turns corpus cases into JUnit dynamic tests: one container per function, one test per oracle; the
 * Jacobian oracle for array results with one differentiable {@code double[]}, the aliasing oracle for
 * functions with two array parameters of one shape.
 */
public final class CaseTests {
  private CaseTests() {}

  public static Stream<DynamicNode> of(List<FunctionCase> cases) {
    return cases.stream().map(c -> {
      int points = c.points();
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(dynamicTest("twin self-check, " + points + " points", () -> Oracles.twinSelfCheck(c)));
      tests.add(dynamicTest("generated signatures follow the contract", () -> Binding.of(c)));
      tests.add(dynamicTest("Hipparchus forward mode, " + points + " points", () -> Oracles.hipparchus(c)));
      tests.add(dynamicTest("finite differences, " + points + " points", () -> Oracles.finiteDifferences(c)));
      tests.add(dynamicTest("JVP/VJP agreement, " + points + " points", () -> Oracles.jvpVjpAgreement(c)));
      if (Oracles.hasJacobian(c)) {
        tests.add(dynamicTest("fJacobian vs Hipparchus and finite differences, " + points + " points",
            () -> Oracles.jacobian(c)));
      }
      if (c.hessianTwin() != null) {
        tests.add(dynamicTest("fHessian vs Hipparchus order 2" + (c.closedHessian() != null ? " and the closed form" : "")
            + ", symmetric, " + points + " points", () -> HessianOracles.hessian(c)));
        tests.add(dynamicTest("fHvp vs fHessian, Hipparchus and finite differences of fGrad, " + points + " points",
            () -> HessianOracles.hvp(c)));
      }
      int pairs = c.aliasPairs().size();
      if (pairs > 0) {
        tests.add(dynamicTest("one array for two parameters, " + pairs + " pair(s) x " + points + " points",
            () -> Oracles.aliasing(c)));
      }
      return dynamicContainer(c.name(), tests.stream());
    });
  }
}
