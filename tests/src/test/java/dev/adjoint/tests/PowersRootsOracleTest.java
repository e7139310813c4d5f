package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.PowersRoots;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link PowersRoots} against their Hipparchus twins and the other oracles. */
class PowersRootsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = PowersRoots.class;
    return List.of(
        of(c, "norm3", real("x", -3, 3), real("y", -3, 3), real("z", -3, 3))
            .where(a -> Math.sqrt(sq(a.d("x")) + sq(a.d("y")) + sq(a.d("z"))) > 0.1)
            .twin(a -> a.g("x").square().add(a.g("y").square()).add(a.g("z").square()).sqrt()),
        of(c, "realPower", real("x", 0.2, 3), real("p", -2, 3)).twin(a -> a.g("x").pow(a.g("p"))),
        // a negative base is fine for an integer exponent; the exponent is not differentiated
        of(c, "integerPower", real("x", -2, 2), integer("n", -3, 5))
            .where(a -> Math.abs(a.d("x")) > 0.05)
            .twin(a -> a.g("x").pow(a.i("n"))),
        of(c, "constantBaseAndExponent", real("x", -3, 3))
            .twin(a -> Gradient.pow(2.0, a.g("x")).add(a.g("x").square())),
        of(c, "cubeRoots", real("x", -3, 3))
            .where(a -> Math.abs(a.d("x")) > 0.1)
            .twin(a -> a.g("x").square().add(1).cbrt().subtract(a.g("x").cbrt())),
        of(c, "inverseSqrt", real("x", -3, 3), real("y", -3, 3))
            .twin(a -> a.g("x").square().add(a.g("y").square()).add(1).sqrt().reciprocal()),
        of(c, "fusedPolynomial", real("x", -3, 3), real("y", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.square().multiply(2).subtract(x).add(0.5).add(x.multiply(y)).add(y.square());
        }));
  }

  private static double sq(double v) {
    return v * v;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
