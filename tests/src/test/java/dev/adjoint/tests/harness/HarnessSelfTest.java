package dev.adjoint.tests.harness;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.vector;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Oracles;
import java.util.function.Consumer;
import dev.adjoint.tests.oracle.HessianOracles;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;

/**
 * The oracles catch what they are for: each deliberately wrong companion in {@link FakeDerivatives}
 * fails the oracle aimed at its mistake, and the right one passes them all.
 */
class HarnessSelfTest {

  private static FunctionCase dot(String method) {
    return of(Fake.class, method, vector("a", "n", -2, 2), vector("b", "n", -2, 2)).dim("n", 1, 6)
        .twin(a -> {
          Gradient[] x = a.gv("a");
          Gradient[] y = a.gv("b");
          Gradient s = a.c(0);
          for (int i = 0; i < x.length; i++) {
            s = s.add(x[i].multiply(y[i]));
          }
          return s;
        });
  }

  private static FunctionCase differences() {
    return of(Fake.class, "differences", vector("x", "n", -2, 2)).dim("n", 2, 6)
        .vectorTwin(a -> {
          Gradient[] x = a.gv("x");
          Gradient[] d = new Gradient[x.length - 1];
          for (int i = 0; i < d.length; i++) {
            d[i] = x[i + 1].subtract(x[i]);
          }
          return d;
        });
  }

  private static FunctionCase scaled() {
    return of(Fake.class, "scaled", vector("x", "n", -2, 2)).dim("n", 1, 6)
        .vectorTwin(a -> {
          Gradient[] x = a.gv("x");
          Gradient[] y = new Gradient[x.length];
          for (int i = 0; i < x.length; i++) {
            y[i] = x[i].multiply(0.1).multiply(3);
          }
          return y;
        });
  }

  private static FunctionCase chain(String method) {
    return of(Fake.class, method, vector("x", "n", -2, 2)).dim("n", 1, 6)
        .hessianTwin(a -> {
          DerivativeStructure[] x = a.sv("x");
          DerivativeStructure s = a.sc(0);
          for (int i = 0; i + 1 < x.length; i++) {
            s = s.add(x[i].square().multiply(x[i + 1]));
          }
          return s;
        });
  }

  private static void fails(FunctionCase c, Consumer<FunctionCase> oracle, String expected) {
    AssertionError e = assertThrows(AssertionError.class, () -> oracle.accept(c));
    assertTrue(e.getMessage().contains(expected), "message should mention '" + expected + "': " + e.getMessage());
  }

  @Test
  void aRightCompanionPassesEveryOracle() {
    FunctionCase c = dot("dot");
    assertDoesNotThrow(() -> Oracles.twinSelfCheck(c));
    assertDoesNotThrow(() -> Oracles.hipparchus(c));
    assertDoesNotThrow(() -> Oracles.finiteDifferences(c));
    assertDoesNotThrow(() -> Oracles.jvpVjpAgreement(c));
    assertDoesNotThrow(() -> Oracles.aliasing(c));
  }

  @Test
  void overwrittenAccumulatorsFailTheAgreementOracle() {
    fails(dot("dotOverwrite"), Oracles::jvpVjpAgreement, "overwritten, not added to");
  }

  @Test
  void writingIntoAnInputIsCaught() {
    fails(dot("dotWritesInput"), Oracles::hipparchus, "wrote into its argument a");
    fails(dot("dotWritesInput"), Oracles::finiteDifferences, "wrote into its argument a");
  }

  @Test
  void aLostUpdateOnASharedAccumulatorFailsOnlyTheAliasingOracle() {
    FunctionCase c = dot("dotSharedAccumulator");
    assertDoesNotThrow(() -> Oracles.hipparchus(c));
    assertDoesNotThrow(() -> Oracles.jvpVjpAgreement(c));
    fails(c, Oracles::aliasing, "one accumulator for a and b");
  }

  @Test
  void aWrongGradientRecordFailsHipparchusAndFiniteDifferences() {
    fails(dot("dotWrongGrad"), Oracles::hipparchus, "Grad().b[");
    fails(dot("dotWrongGrad"), Oracles::finiteDifferences, "Grad().b[");
  }

  @Test
  void aTransposedJacobianFailsTheJacobianOracle() {
    FunctionCase c = differences();
    assertDoesNotThrow(() -> Oracles.hipparchus(c));
    assertDoesNotThrow(() -> Oracles.jvpVjpAgreement(c));
    fails(c, Oracles::jacobian, "rows");
  }

  @Test
  void aVjpResultOneRoundingAwayFromThePrimalFailsTheExactCheck() {
    FunctionCase c = scaled();
    assertDoesNotThrow(() -> Oracles.hipparchus(c));
    fails(c, Oracles::jvpVjpAgreement, "Vjp return vs primal: expected exactly");
  }

  @Test
  void aRightSecondOrderCompanionPassesTheHessianOracles() {
    FunctionCase c = chain("chain");
    assertDoesNotThrow(() -> Oracles.hipparchus(c));
    assertDoesNotThrow(() -> Oracles.jvpVjpAgreement(c));
    assertDoesNotThrow(() -> HessianOracles.hessian(c));
    assertDoesNotThrow(() -> HessianOracles.hvp(c));
  }

  @Test
  void aHalfFilledHessianFailsTheHessianOracle() {
    FunctionCase c = chain("chainLowerHessian");
    fails(c, HessianOracles::hessian, "vs its mirror");
    fails(c, HessianOracles::hvp, "vs fHessian");
  }

  @Test
  void aStaleHvpFailsTheHvpOracle() {
    FunctionCase c = chain("chainStaleHvp");
    assertDoesNotThrow(() -> HessianOracles.hessian(c));
    fails(c, HessianOracles::hvp, "vs fHessian");
  }
}
