package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.NonSmooth;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link NonSmooth} at points a margin away from kinks, ties and branch cuts. */
class NonSmoothOracleTest {
  private static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = NonSmooth.class;
    return List.of(
        of(c, "absDeviation", real("x", -3, 3), real("c", -1, 1))
            .where(a -> Math.abs(a.d("x") - a.d("c")) > MARGIN)
            .twin(a -> a.g("x").subtract(a.g("c")).abs().add(a.g("x").multiply(0.1))),
        of(c, "maxMin", real("x", -3, 3), real("y", -3, 3), real("z", -3, 3))
            .where(a -> Math.abs(a.d("x") - a.d("y")) > MARGIN && Math.abs(a.d("y") - a.d("z")) > MARGIN
                && Math.abs(a.d("x")) > MARGIN)
            .twin(a -> {
              Gradient max = a.d("x") > a.d("y") ? a.g("x") : a.g("y");
              Gradient min = a.d("y") < a.d("z") ? a.g("y") : a.g("z");
              Gradient relu = a.d("x") > 0 ? a.g("x") : a.c(0);
              return max.multiply(min).add(relu);
            }),
        of(c, "distance", real("x1", -3, 3), real("y1", -3, 3), real("x2", -3, 3), real("y2", -3, 3))
            .where(a -> Math.hypot(a.d("x2") - a.d("x1"), a.d("y2") - a.d("y1")) > 0.05)
            .twin(a -> a.g("x2").subtract(a.g("x1")).hypot(a.g("y2").subtract(a.g("y1")))),
        of(c, "polarAngle", real("x", -3, 3), real("y", -3, 3))
            .where(a -> Math.hypot(a.d("x"), a.d("y")) > 0.05
                && !(a.d("x") < 0 && Math.abs(a.d("y")) < MARGIN))
            .twin(a -> a.g("y").atan2(a.g("x"))),
        of(c, "relativeDifference", real("a", -3, 3), real("b", -3, 3))
            .where(a -> Math.abs(a.d("a") - a.d("b")) > MARGIN
                && Math.abs(Math.abs(a.d("a")) - Math.abs(a.d("b"))) > MARGIN
                && Math.abs(a.d("a")) > MARGIN && Math.abs(a.d("b")) > MARGIN
                && Math.max(Math.abs(a.d("a")), Math.abs(a.d("b"))) > 0.1)
            .twin(a -> {
              Gradient x = a.g("a");
              Gradient y = a.g("b");
              Gradient larger = Math.abs(a.d("a")) > Math.abs(a.d("b")) ? x.abs() : y.abs();
              return x.subtract(y).abs().divide(larger);
            }),
        // kinks at every integer: abs at even ones, the floor's jump at odd ones
        of(c, "triangleWave", real("x", -4, 4))
            .where(a -> Math.abs(a.d("x") - Math.rint(a.d("x"))) > MARGIN)
            .twin(a -> {
              Gradient x = a.g("x");
              return x.subtract(x.divide(2).add(0.5).floor().multiply(2)).abs();
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
