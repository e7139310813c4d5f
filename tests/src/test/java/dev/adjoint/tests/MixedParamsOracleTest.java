package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.longInt;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.MixedParams;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link MixedParams}: int, long and boolean inputs are passed through, never differentiated. */
class MixedParamsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = MixedParams.class;
    return List.of(
        of(c, "scaledSine", real("x", -5, 5), integer("n", 1, 6)).twin(a -> {
          int n = a.i("n");
          return a.g("x").multiply(n).add(a.g("x").divide(n).sin().multiply(n * n));
        }),
        of(c, "normOrSquare", real("x", -3, 3), real("y", -3, 3), bool("squared"))
            .where(a -> Math.hypot(a.d("x"), a.d("y")) > 0.1)
            .twin(a -> {
              Gradient r2 = a.g("x").square().add(a.g("y").square());
              return a.b("squared") ? r2 : r2.sqrt();
            }),
        of(c, "decay", real("x", -3, 3), longInt("steps", 0, 100)).twin(a -> {
          double rate = 1.0 / (a.l("steps") + 1);
          return a.g("x").multiply(a.g("x").multiply(-rate).exp());
        }),
        of(c, "mixedLocals", real("x", -3, 3), integer("k", -3, 3), bool("flip"))
            .where(a -> Math.abs(a.d("x")) > 0.01)
            .twin(a -> {
              int k = a.i("k");
              Gradient s = a.g("x").abs();
              if (a.b("flip")) {
                s = s.negate();
              }
              return s.multiply(2 * k).add(a.g("x").multiply(2 * k));
            }),
        of(c, "byDegree", real("x", -3, 3), integer("degree", 1, 4)).twin(a -> {
          Gradient x = a.g("x");
          int degree = a.i("degree");
          return degree == 2 ? x.square() : degree == 3 ? x.pow(3) : x;
        }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
