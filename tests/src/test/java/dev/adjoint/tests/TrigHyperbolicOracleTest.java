package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.TrigHyperbolic;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link TrigHyperbolic} against their Hipparchus twins and the other oracles. */
class TrigHyperbolicOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = TrigHyperbolic.class;
    return List.of(
        of(c, "dampedOscillation", real("t", 0, 10), real("omega", 0.1, 5), real("gamma", 0, 1))
            .twin(a -> a.g("gamma").multiply(a.g("t")).negate().exp()
                .multiply(a.g("omega").multiply(a.g("t")).cos())),
        of(c, "sinCosMix", real("x", -4, 4), real("y", -4, 4)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.sin().multiply(y.cos()).add(x.cos().multiply(y.multiply(2).sin()));
        }),
        of(c, "tanHalf", real("x", -2.8, 2.8)).twin(a -> a.g("x").divide(2).tan()),
        of(c, "inverseTrig", real("x", -0.9, 0.9)).twin(a -> {
          Gradient x = a.g("x");
          return x.asin().add(x.acos().multiply(2)).subtract(x.multiply(3).atan());
        }),
        of(c, "hyperbolic", real("x", -2, 2), real("y", -2, 2)).twin(a -> {
          Gradient x = a.g("x");
          Gradient y = a.g("y");
          return x.sinh().multiply(y.cosh()).subtract(x.multiply(y).tanh());
        }),
        of(c, "pendulumEnergy", real("theta", -3, 3), real("omega", -3, 3), real("length", 0.1, 3))
            .twin(a -> {
              Gradient l = a.g("length");
              Gradient kinetic = l.square().multiply(a.g("omega").square()).multiply(0.5);
              Gradient potential = l.multiply(9.81).multiply(a.g("theta").cos().negate().add(1));
              return kinetic.add(potential);
            }),
        of(c, "haversine", real("lat1", -1.2, 1.2), real("lon1", -3, 3), real("lat2", -1.2, 1.2),
            real("lon2", -3, 3))
            // sqrt is not differentiable at a = 0 (same point), asin not at a = 1 (antipodes)
            .where(a -> haversineA(a) > 1e-3 && haversineA(a) < 1 - 1e-3)
            .twin(a -> {
              Gradient s = a.g("lat2").subtract(a.g("lat1")).divide(2).sin();
              Gradient t = a.g("lon2").subtract(a.g("lon1")).divide(2).sin();
              Gradient h = s.square().add(a.g("lat1").cos().multiply(a.g("lat2").cos()).multiply(t.square()));
              return h.sqrt().asin().multiply(2);
            }));
  }

  private static double haversineA(Args a) {
    double s = Math.sin((a.d("lat2") - a.d("lat1")) / 2);
    double t = Math.sin((a.d("lon2") - a.d("lon1")) / 2);
    return s * s + Math.cos(a.d("lat1")) * Math.cos(a.d("lat2")) * t * t;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
