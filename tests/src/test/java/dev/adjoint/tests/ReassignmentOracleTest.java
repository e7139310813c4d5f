package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.Reassignment;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Reassignment}, whose overwritten values the reverse sweep must not confuse. */
class ReassignmentOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = Reassignment.class;
    return List.of(
        of(c, "accumulate", real("x", -3, 3), real("y", -3, 3)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          Gradient s = x.square().add(x.multiply(y).multiply(2)).subtract(y).multiply(0.5);
          return s.divide(y.square().add(1));
        }),
        of(c, "reassignParams", real("x", -3, 3), real("y", -3, 3)).twin(a -> {
          Gradient x1 = a.g("x").multiply(2).add(1);
          Gradient y1 = a.g("y").subtract(x1);
          return x1.sin().multiply(y1).add(y1);
        }),
        of(c, "reuseTemp", real("x", -2, 2)).twin(a -> {
          Gradient x = a.g("x");
          return x.pow(4).add(x).divide(-10).exp();
        }),
        of(c, "runningProduct", real("a", -2, 3), real("b", -2, 2), real("c", -2, 2)).twin(a -> {
          Gradient p = a.g("a").multiply(a.g("b")).multiply(a.g("c")).divide(a.g("a").add(3));
          return p.subtract(a.g("b").multiply(a.g("c"))).add(1);
        }),
        of(c, "selfUpdate", real("x", -2, 2)).twin(a -> {
          Gradient x2 = a.g("x").square().multiply(2);
          return x2.subtract(x2.square().multiply(0.5)).divide(3);
        }),
        of(c, "swap", real("x", -3, 3), real("y", -3, 3))
            .twin(a -> a.g("y").multiply(3).add(a.g("x").multiply(a.g("y")))));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
