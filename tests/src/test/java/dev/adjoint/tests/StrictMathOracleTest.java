package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.StrictMathFunctions;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link StrictMathFunctions} against their Hipparchus twins and the other oracles. */
class StrictMathOracleTest {
  private static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = StrictMathFunctions.class;
    return List.of(
        of(c, "strictTrig", real("x", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          return x.sin().multiply(x.multiply(2).cos()).add(x.atan()).subtract(x.divide(4).tan());
        }),
        of(c, "strictExpLog", real("x", -2, 2), real("y", 0.1, 5)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.exp().multiply(y.log()).add(y.log10()).subtract(x.expm1()).add(y.log1p());
        }),
        of(c, "strictRoots", real("x", 0.1, 3), real("y", -2, 2))
            .where(a -> Math.abs(a.d("y")) > 0.1)
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              return x.sqrt().add(y.cbrt()).add(x.pow(y)).add(x.hypot(y));
            }),
        of(c, "strictHyperbolic", real("x", -2.5, 2.5)).twin(a -> {
          Gradient x = a.g("x");
          return x.sinh().add(x.cosh().multiply(x.tanh())).add(x.divide(3).asin()).add(x.divide(4).acos());
        }),
        of(c, "strictPiecewise", real("x", -3, 3), real("y", -3, 3))
            .where(a -> Math.hypot(a.d("x"), a.d("y")) > 0.05
                && !(a.d("x") < 0 && Math.abs(a.d("y")) < MARGIN)
                && Math.abs(a.d("x") - a.d("y")) > MARGIN
                && Math.abs(a.d("x") - 1.5) > MARGIN
                && Math.abs(a.d("x") - Math.rint(a.d("x"))) > MARGIN)
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              Gradient max = a.d("x") > a.d("y") ? x : y;
              Gradient min = a.d("x") < 1.5 ? x : a.c(1.5);
              return y.atan2(x).add(x.subtract(y).abs()).add(max.multiply(min)).add(y.multiply(x.floor()));
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
