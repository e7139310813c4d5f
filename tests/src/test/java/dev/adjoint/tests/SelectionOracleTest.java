package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.Selection;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Selection}; constant parameters are Hipparchus constants in the twins. */
class SelectionOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Selection.class;
    return List.of(
        of(c, "scaledSquare", real("x", -3, 3), constant("scale", 0.5, 2))
            .twin(a -> a.g("x").square().multiply(a.d("scale"))),
        of(c, "onlyY", constant("x", -2, 2), real("y", -2, 2))
            .twin(a -> a.g("y").exp().multiply(a.d("x")).add(a.g("y").square())),
        of(c, "outerTwo", real("a", -2, 2), constant("b", -2, 2), real("c", -2, 2)).twin(a -> {
          Gradient x = a.g("a");
          Gradient z = a.g("c");
          double b = a.d("b");
          return x.multiply(b).add(z.multiply(b)).add(x.multiply(z).sin());
        }),
        of(c, "weightedSquaredError", real("theta", -3, 3), constant("observed", -3, 3),
            constant("weight", 0.1, 2))
            .twin(a -> a.g("theta").subtract(a.d("observed")).square().multiply(a.d("weight"))),
        of(c, "normalLogLikelihood", real("x", -3, 3), constant("mu", -1, 1), constant("sigma", 0.5, 2),
            integer("count", 1, 10))
            .twin(a -> {
              Gradient z = a.g("x").subtract(a.g("mu")).divide(a.g("sigma"));
              return z.square().multiply(0.5).add(Math.log(a.d("sigma"))).multiply(-a.i("count"));
            }));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
