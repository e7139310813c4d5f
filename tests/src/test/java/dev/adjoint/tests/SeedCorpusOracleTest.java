package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.SeedActivations;
import dev.adjoint.tests.corpus.SeedOneVariable;
import dev.adjoint.tests.corpus.SeedQuadratics;
import dev.adjoint.tests.corpus.SeedSeveralInputs;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs the random-point oracles on the seed examples too; {@link SeedExamplesTest} checks their published numbers. */
class SeedCorpusOracleTest {
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

  static List<FunctionCase> cases() {
    List<FunctionCase> all = new ArrayList<>();
    all.addAll(oneVariable());
    all.addAll(severalInputs());
    all.addAll(activations());
    all.addAll(quadratics());
    return all;
  }

  static List<FunctionCase> oneVariable() {
    Class<?> c = SeedOneVariable.class;
    return List.of(
        of(c, "poly", real("x", -3, 3)).twin(a -> a.g("x").pow(3).multiply(5).subtract(a.g("x").multiply(2)).add(7)),
        // |x - 1| >= 0.1: closer, the quotient-rule terms cancel (the worked-examples catalogue says so)
        of(c, "limitQuotient", real("x", -3, 5))
            .where(a -> Math.abs(a.d("x") - 1) >= 0.1)
            .twin(a -> a.g("x").square().subtract(1).divide(a.g("x").subtract(1))),
        of(c, "square", real("x", -5, 5)).twin(a -> a.g("x").square()),
        of(c, "cube", real("x", -3, 3)).twin(a -> a.g("x").pow(3)),
        of(c, "exponential", real("x", -5, 5)).twin(a -> a.g("x").exp()),
        of(c, "naturalLog", real("x", 0.05, 10)).twin(a -> a.g("x").log()),
        of(c, "sine", real("x", -6, 6)).twin(a -> a.g("x").sin()),
        of(c, "cosine", real("x", -6, 6)).twin(a -> a.g("x").cos()),
        of(c, "chainSquare", real("x", -3, 3)).twin(a -> a.g("x").multiply(3).add(1).square()),
        of(c, "chainPow", real("x", -3, 3)).twin(a -> a.g("x").multiply(3).add(1).pow(2)),
        of(c, "amplifier", real("x", -5, 5)).twin(a -> a.g("x").multiply(6)),
        of(c, "threeLinks", real("x", -2, 2)).twin(a -> a.g("x").square().sin().exp()),
        of(c, "productSin", real("x", -4, 4)).twin(a -> a.g("x").square().multiply(a.g("x").sin())),
        of(c, "productPoly", real("x", -3, 3)).twin(a -> a.g("x").pow(3).multiply(3).add(a.g("x").square())),
        of(c, "quotientSinc", real("x", -6, 6))
            .where(a -> Math.abs(a.d("x")) > 0.05)
            .twin(a -> a.g("x").sin().divide(a.g("x"))),
        of(c, "sumRule", real("x", -4, 4))
            .twin(a -> a.g("x").sin().multiply(2).add(a.g("x").square().multiply(3))));
  }

  static List<FunctionCase> severalInputs() {
    Class<?> c = SeedSeveralInputs.class;
    return List.of(
        of(c, "product", real("u", -5, 5), real("v", -5, 5)).twin(a -> a.g("u").multiply(a.g("v"))),
        of(c, "quotient", real("u", -5, 5), real("v", -5, 5))
            .where(a -> Math.abs(a.d("v")) > 0.2)
            .twin(a -> a.g("u").divide(a.g("v"))),
        of(c, "sum", real("u", -5, 5), real("v", -5, 5)).twin(a -> a.g("u").add(a.g("v"))),
        of(c, "paraboloid", real("x", -5, 5), real("y", -5, 5))
            .twin(a -> a.g("x").square().add(a.g("y").square())),
        of(c, "alongCurve", real("t", -3, 3)).twin(a -> {
          Gradient t = a.g("t");
          return t.add(3).square().add(t.multiply(-2).add(4).square());
        }),
        of(c, "multipath", real("x", -3, 3))
            .twin(a -> a.g("x").multiply(3).add(1).multiply(a.g("x").square())),
        of(c, "partialsNotDifferentiable", real("x", -3, 3), real("y", -3, 3))
            .where(a -> Math.hypot(a.d("x"), a.d("y")) > 0.1)
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              return x.multiply(y).divide(x.square().add(y.square()));
            }));
  }

  static List<FunctionCase> activations() {
    Class<?> c = SeedActivations.class;
    return List.of(
        of(c, "sigmoid", real("x", -10, 10)).twin(a -> a.g("x").negate().exp().add(1).reciprocal()),
        of(c, "tanh", real("x", -5, 5)).twin(a -> a.g("x").tanh()),
        of(c, "tanhFromExp", real("x", -5, 5)).twin(a -> a.g("x").tanh()),
        of(c, "relu", real("x", -3, 3))
            .where(a -> Math.abs(a.d("x")) > 0.01)
            .twin(a -> a.d("x") > 0 ? a.g("x") : a.c(0)),
        of(c, "reluMax", real("x", -3, 3))
            .where(a -> Math.abs(a.d("x")) > 0.01)
            .twin(a -> a.d("x") > 0 ? a.g("x") : a.c(0)),
        of(c, "geluTanh", real("x", -4, 4)).twin(a -> {
          Gradient x = a.g("x");
          Gradient inner = x.add(x.pow(3).multiply(0.044715)).multiply(SQRT_2_OVER_PI);
          return x.multiply(0.5).multiply(inner.tanh().add(1));
        }),
        of(c, "hiddenUnit", real("x", -3, 3), real("w", -3, 3), real("b", -3, 3), real("v", -3, 3))
            .twin(a -> {
              Gradient z = a.g("w").multiply(a.g("x")).add(a.g("b"));
              return a.g("v").multiply(z.negate().exp().add(1).reciprocal());
            }));
  }

  static List<FunctionCase> quadratics() {
    Class<?> c = SeedQuadratics.class;
    return List.of(
        of(c, "quadraticForm", real("x1", -5, 5), real("x2", -5, 5)).twin(a -> {
          Gradient x1 = a.g("x1");
          Gradient x2 = a.g("x2");
          return x1.square().add(x1.multiply(x2).multiply(2)).add(x2.square().multiply(3));
        }),
        of(c, "saddle", real("x", -5, 5), real("y", -5, 5))
            .twin(a -> a.g("x").square().subtract(a.g("y").square())),
        of(c, "jacobianRow1", real("x1", -5, 5), real("x2", -5, 5))
            .twin(a -> a.g("x1").square().add(a.g("x2"))),
        of(c, "jacobianRow2", real("x1", -5, 5), real("x2", -5, 5))
            .twin(a -> a.g("x1").multiply(a.g("x2"))),
        of(c, "euclideanNorm", real("x1", -5, 5), real("x2", -5, 5))
            .where(a -> Math.hypot(a.d("x1"), a.d("x2")) > 0.1)
            .twin(a -> a.g("x1").hypot(a.g("x2"))));
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
