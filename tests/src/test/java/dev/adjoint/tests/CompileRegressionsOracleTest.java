package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.CompileRegressions;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Twin;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link CompileRegressions}, the constructs that once generated uncompilable code, with the
 * twins of the variants written around them (same parameter names, same mathematics).
 */
class CompileRegressionsOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = CompileRegressions.class;
    return List.of(
        of(c, "fillThenReduce", vector("x", "n", -2, 2), real("c", 0.2, 2)).dim("n", 1, 8)
            .twin(twinOf(RecurrencesOracleTest.cases(), "fillThenReduce")),
        of(c, "fillQualified", vector("x", "n", -2, 2)).dim("n", 1, 8)
            .twin(a -> {
              Gradient s = a.c(0);
              for (Gradient v : a.gv("x")) {
                s = s.add(v.add(1.5).multiply(v));
              }
              return s;
            }),
        of(c, "newtonCubeRoot", real("a", 0.1, 30))
            .twin(twinOf(IterationsOracleTest.cases(), "newtonCubeRoot")),
        of(c, "keplerEccentricAnomaly", real("meanAnomaly", 0.1, 3), real("e", 0, 0.8))
            .twin(twinOf(IterationsOracleTest.cases(), "keplerEccentricAnomaly")),
        of(c, "alternatingSeries", vector("x", "n", -2, 2), bool("startNegative")).dim("n", 1, 8)
            .twin(twinOf(RecurrencesOracleTest.cases(), "alternatingSeries")),
        of(c, "twoPointers", vector("x", "n", -2, 2)).dim("n", 1, 9)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient s = a.c(0);
              for (int i = 0; i < x.length / 2; i++) {
                s = s.add(x[i].multiply(x[x.length - 1 - i]));
              }
              return s;
            }),
        of(c, "logOfPrefixProducts", vector("x", "n", -2, 2)).dim("n", 1, 6)
            .twin(a -> {
              Gradient[] x = a.gv("x");
              Gradient total = a.c(0);
              for (int i = 0; i < x.length; i++) {
                Gradient q = a.c(0);
                for (int j = 0; j <= i && j < 3; j++) {
                  q = q.add(x[j]);
                }
                total = total.add(q.multiply(x[i]));
              }
              return total.multiply(total).add(1).log();
            }));
  }

  /** The twin of the compiled variant {@code method} among {@code cases}, for a scalar result. */
  private static Twin twinOf(List<FunctionCase> cases, String method) {
    FunctionCase variant = cases.stream().filter(f -> f.method().equals(method)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no variant " + method));
    return a -> variant.twin().eval(a)[0];
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
