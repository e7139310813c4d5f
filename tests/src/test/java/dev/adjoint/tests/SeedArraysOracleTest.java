package dev.adjoint.tests;

import static dev.adjoint.tests.ReductionsOracleTest.dot;
import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.SeedArrays;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs the random-point oracles on the array seed examples; {@link SeedArrayExamplesTest} checks their numbers. */
class SeedArraysOracleTest {

  static List<FunctionCase> cases() {
    Class<?> c = SeedArrays.class;
    return List.of(
        of(c, "leastSquaresMean", vector("theta", "d", -2, 2), constantMatrix("x", "n", "d", -2, 2),
                constantVector("y", "n", -2, 2)).dim("n", 1, 8).dim("d", 1, 5)
            .twin(a -> residualSquares(a.gv("theta"), a.m("x"), a.v("y"), a).divide(a.m("x").length)),
        of(c, "leastSquaresHalf", vector("w", "d", -2, 2), constantMatrix("x", "n", "d", -2, 2),
                constantVector("y", "n", -2, 2)).dim("n", 1, 8).dim("d", 1, 5)
            .twin(a -> residualSquares(a.gv("w"), a.m("x"), a.v("y"), a).divide(2)),
        of(c, "leastSquaresAxB", constantMatrix("a", "n", "d", -2, 2), vector("x", "d", -2, 2),
                constantVector("b", "n", -2, 2)).dim("n", 1, 8).dim("d", 1, 5)
            .twin(a -> residualSquares(a.gv("x"), a.m("a"), a.v("b"), a)),
        of(c, "backpropTwoLayer", vector("x", "2", -3, 3))
            .twin(a -> {
              Gradient[] x = a.gv("x");
              return x[0].add(x[1]).square().add(x[0].subtract(x[1]).square());
            }),
        of(c, "softmax", vector("z", "n", -4, 4)).dim("n", 1, 8)
            .vectorTwin(a -> softmax(a.gv("z"))),
        of(c, "aTx", vector("a", "n", -3, 3), vector("x", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> dot(a.gv("a"), a.gv("x"))),
        of(c, "xTx", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .twin(a -> dot(a.gv("x"), a.gv("x"))),
        of(c, "xTAx", matrix("a", "n", "n", -2, 2), vector("x", "n", -2, 2)).dim("n", 1, 6)
            .twin(a -> dot(a.gv("x"), IterationsOracleTest.matVec(a.gm("a"), a.gv("x")))),
        of(c, "norm", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .where(a -> ReductionsOracleTest.norm(a.v("x")) > 0.1)
            .twin(a -> dot(a.gv("x"), a.gv("x")).sqrt()),
        of(c, "jacobianExample", vector("x", "2", -3, 3))
            .vectorTwin(a -> {
              Gradient[] x = a.gv("x");
              return new Gradient[] {x[0].square().add(x[1]), x[0].multiply(x[1])};
            }),
        of(c, "linearMap", constantMatrix("a", "m", "n", -2, 2), vector("x", "n", -2, 2)).dim("m", 1, 7).dim("n", 1, 7)
            .vectorTwin(a -> IterationsOracleTest.matVec(a.gm("a"), a.gv("x"))),
        of(c, "elementwiseSquare", vector("x", "n", -3, 3)).dim("n", 1, 8)
            .vectorTwin(a -> VectorMapsOracleTest.map(a.gv("x"), Gradient::square)),
        of(c, "elementwiseSigmoid", vector("x", "n", -5, 5)).dim("n", 1, 8)
            .vectorTwin(a -> VectorMapsOracleTest.map(a.gv("x"), v -> v.negate().exp().add(1).reciprocal())),
        of(c, "polyGeneral", vector("a", "n", -2, 2), real("x", -1.5, 1.5)).dim("n", 1, 8)
            .twin(a -> RecurrencesOracleTest.horner(a.gv("a"), a.g("x"))),
        of(c, "hiddenLayer", real("x", -2, 2), vector("w", "k", -2, 2), vector("b", "k", -2, 2),
                vector("v", "k", -2, 2)).dim("k", 1, 6)
            .twin(a -> {
              Gradient[] w = a.gv("w");
              Gradient[] b = a.gv("b");
              Gradient[] v = a.gv("v");
              Gradient y = a.c(0);
              for (int k = 0; k < w.length; k++) {
                Gradient h = w[k].multiply(a.g("x")).add(b[k]).negate().exp().add(1).reciprocal();
                y = y.add(v[k].multiply(h));
              }
              return y;
            }));
  }

  /** |X theta - y|^2 for data X and y. */
  static Gradient residualSquares(Gradient[] theta, double[][] x, double[] y, dev.adjoint.tests.oracle.Args a) {
    Gradient s = a.c(0);
    for (int i = 0; i < x.length; i++) {
      Gradient r = a.c(-y[i]);
      for (int j = 0; j < theta.length; j++) {
        r = r.add(theta[j].multiply(x[i][j]));
      }
      s = s.add(r.square());
    }
    return s;
  }

  static Gradient[] softmax(Gradient[] z) {
    Gradient lse = ReductionsOracleTest.logSumExp(z);
    return VectorMapsOracleTest.map(z, v -> v.subtract(lse).exp());
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
