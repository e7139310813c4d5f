package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.Polynomials;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Polynomials} against their Hipparchus twins and the other oracles. */
class PolynomialsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Polynomials.class;
    return List.of(
        of(c, "horner4", real("x", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          return x.pow(4).multiply(2).subtract(x.pow(3).multiply(3)).add(x.square().multiply(0.5))
              .subtract(x).add(4);
        }),
        of(c, "quadratic2", real("x", -5, 5), real("y", -5, 5)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.square().multiply(3).subtract(x.multiply(y).multiply(2)).add(y.square())
              .subtract(x).add(y.multiply(4)).subtract(1);
        }),
        of(c, "chebyshevT4", real("x", -1.5, 1.5)).twin(a -> {
          Gradient x = a.g("x");
          return x.pow(4).multiply(8).subtract(x.square().multiply(8)).add(1);
        }),
        of(c, "trivariate", real("x", -3, 3), real("y", -3, 3), real("z", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          Gradient z = a.g("z");
          return x.multiply(y).multiply(z).add(x.square().multiply(z))
              .subtract(y.multiply(z.square()).divide(3)).add(x.multiply(2));
        }),
        of(c, "rosenbrock", real("x", -2, 2), real("y", -1, 3)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.negate().add(1).square().add(y.subtract(x.square()).square().multiply(100));
        }),
        of(c, "legendreP3", real("x", -2, 2)).twin(a -> {
          Gradient x = a.g("x");
          return x.pow(3).multiply(2.5).subtract(x.multiply(1.5));
        }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
