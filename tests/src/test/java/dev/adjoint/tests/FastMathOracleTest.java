package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.FastMathFunctions;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link FastMathFunctions} against Hipparchus and the other oracles. */
class FastMathOracleTest {
  private static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = FastMathFunctions.class;
    return List.of(
        of(c, "fastTrig", real("x", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          return x.sin().multiply(x.multiply(2).cos()).add(x.atan()).subtract(x.divide(4).tan());
        }),
        of(c, "fastExpLog", real("x", -2, 2), real("y", 0.1, 5)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.exp().multiply(y.log()).add(y.log10()).subtract(x.expm1()).add(y.log1p());
        }),
        of(c, "fastRoots", real("x", 0.1, 3), real("y", -2, 2))
            .where(a -> Math.abs(a.d("y")) > 0.1)
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              return x.sqrt().add(y.cbrt()).add(x.pow(y)).add(x.hypot(y));
            }),
        of(c, "fastInverseHyperbolic", real("x", -2.5, 2.5)).twin(a -> {
          Gradient x = a.g("x");
          return x.asinh().add(x.multiply(x).add(1.5).acosh()).add(x.divide(3).atanh())
              .add(x.sinh().multiply(x.tanh()));
        }),
        of(c, "fastIntegerPowers", real("x", -2, 2), integer("n", 0, 4))
            .where(a -> Math.abs(a.d("x")) > MARGIN && Math.abs(a.d("x") - 0.5) > MARGIN)
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient max = a.d("x") >= 0.5 ? x : a.c(0.5);
              return x.pow(3).subtract(x.pow(a.i("n")).multiply(2)).add(x.abs().multiply(max));
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
