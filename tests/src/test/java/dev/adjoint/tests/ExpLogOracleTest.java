package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.ExpLog;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link ExpLog} against their Hipparchus twins and the other oracles. */
class ExpLogOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = ExpLog.class;
    return List.of(
        of(c, "softplus", real("x", -10, 10)).twin(a -> a.g("x").exp().log1p()),
        of(c, "gaussianPdf", real("x", -5, 5), real("mu", -2, 2), real("sigma", 0.3, 3)).twin(a -> {
          Gradient sigma = a.g("sigma");
          Gradient z = a.g("x").subtract(a.g("mu")).divide(sigma);
          return z.square().multiply(-0.5).exp().divide(sigma.multiply(Math.sqrt(2 * Math.PI)));
        }),
        // smooth everywhere; the max only selects the formula
        of(c, "logSumExp2", real("a", -20, 20), real("b", -20, 20)).twin(a -> {
          Gradient x = a.g("a");
          Gradient y = a.g("b");
          Gradient m = a.d("a") > a.d("b") ? x : y;
          return m.add(x.subtract(m).exp().add(y.subtract(m).exp()).log());
        }),
        of(c, "binaryEntropy", real("p", 0.02, 0.98)).twin(a -> {
          Gradient p = a.g("p");
          Gradient q = p.negate().add(1);
          return p.multiply(p.log()).add(q.multiply(q.log())).negate();
        }),
        of(c, "logRatios", real("x", 0.1, 3), real("y", 0.1, 3)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.divide(y).log10().add(x.multiply(y).negate().expm1());
        }),
        of(c, "compoundInterest", real("principal", 100, 10000), real("rate", 0, 0.2),
            real("years", 0, 40))
            .twin(a -> a.g("principal").multiply(a.g("rate").add(1).pow(a.g("years")))),
        of(c, "arrhenius", real("prefactor", 1, 100), real("activation", 100, 5000),
            real("temperature", 250, 500))
            .twin(a -> a.g("prefactor")
                .multiply(a.g("activation").divide(a.g("temperature").multiply(8.314)).negate().exp())));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
