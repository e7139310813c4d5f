package dev.adjoint.tests.oracle;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/** Turns corpus cases into JUnit dynamic tests: one container per function, one test per oracle. */
public final class CaseTests {
  private CaseTests() {}

  public static Stream<DynamicNode> of(List<FunctionCase> cases) {
    return cases.stream().map(c -> dynamicContainer(c.name(), Stream.of(
        dynamicTest("twin self-check, " + Oracles.POINTS + " points", () -> Oracles.twinSelfCheck(c)),
        dynamicTest("generated signatures follow the contract", () -> Binding.of(c)),
        dynamicTest("Hipparchus forward mode, " + Oracles.POINTS + " points", () -> Oracles.hipparchus(c)),
        dynamicTest("finite differences, " + Oracles.POINTS + " points", () -> Oracles.finiteDifferences(c)),
        dynamicTest("JVP/VJP agreement, " + Oracles.POINTS + " points", () -> Oracles.jvpVjpAgreement(c)))));
  }
}
