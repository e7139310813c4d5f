package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.Constants;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Constants}: named constants must be read, not differentiated. */
class ConstantsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Constants.class;
    return List.of(
        of(c, "projectileHeight", real("v0", 1, 50), real("angle", 0, 1.5), real("t", 0, 10))
            .twin(a -> a.g("v0").multiply(a.g("angle").sin()).multiply(a.g("t"))
                .subtract(a.g("t").square().multiply(0.5 * 9.81))),
        of(c, "circleArea", real("r", 0, 10)).twin(a -> a.g("r").square().multiply(Math.PI)),
        of(c, "naturalGrowth", real("x", -3, 3))
            .twin(a -> a.g("x").exp().subtract(a.g("x").multiply(Math.E))),
        of(c, "degreesSine", real("degrees", -360, 360))
            .twin(a -> a.g("degrees").toRadians().sin().add(a.g("degrees").multiply(0.01).toDegrees().divide(100))),
        of(c, "intConstant", real("x", -3, 3))
            .twin(a -> a.g("x").multiply(3).add(a.g("x").pow(3))),
        of(c, "boltzmannFactor", real("energy", 0.01, 0.1), real("temperature", 200, 400)).twin(a -> {
          Gradient kt = a.g("temperature").multiply(8.617333262e-5);
          return a.g("energy").divide(kt).negate().exp();
        }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
