package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.RoundingAndCasts;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link RoundingAndCasts}: piecewise-constant parts contribute zero, between their jumps. */
class RoundingAndCastsOracleTest {
  private static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = RoundingAndCasts.class;
    return List.of(
        of(c, "fractionalPart", real("x", -5, 5))
            .where(a -> offInteger(a.d("x")))
            .twin(a -> a.g("x").subtract(a.g("x").floor())),
        of(c, "quantize", real("x", -5, 5), real("step", 0.5, 1.5))
            .where(a -> offInteger(a.d("x") / a.d("step") + 0.5))
            .twin(a -> {
              double k = Math.rint(a.d("x") / a.d("step"));
              return a.g("step").multiply(k).add(a.g("x").multiply(0.01));
            }),
        of(c, "truncatedScale", real("x", -5, 5))
            .where(a -> offInteger(a.d("x")))
            .twin(a -> {
              int k = (int) a.d("x");
              return a.g("x").multiply(k).add(k / 2.0);
            }),
        of(c, "signumCeil", real("x", -3, 3), real("y", -3, 3))
            .where(a -> Math.abs(a.d("x")) > MARGIN && offInteger(a.d("y")))
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              return x.sign().multiply(y).add(y.ceil().multiply(x));
            }),
        of(c, "roundedHours", real("minutes", 0, 600))
            .where(a -> offInteger(a.d("minutes") / 60.0 + 0.5))
            .twin(a -> a.g("minutes").divide(60).add(Math.round(a.d("minutes") / 60.0) * 0.5)),
        of(c, "intArithmetic", real("x", -3, 3), integer("n", -5, 5)).twin(a -> {
          int n = a.i("n");
          Gradient x = a.g("x");
          return x.square().multiply(n / 3.0).add(x.multiply(n / 2)).add(n - 2 * (n / 2));
        }));
  }

  private static boolean offInteger(double v) {
    return Math.abs(v - Math.rint(v)) > MARGIN;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
