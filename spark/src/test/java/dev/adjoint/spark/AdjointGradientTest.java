package dev.adjoint.spark;

import static dev.adjoint.spark.DistributedLossTest.assertRelativelyClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.spark.samples.LogisticLossDerivatives;
import dev.adjoint.spark.samples.SyntheticData;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.GradientDescent;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SquaredL2Updater;
import org.apache.spark.mllib.regression.LabeledPoint;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Spark's own optimizers trained on Adjoint gradients, against the same model fitted in one JVM. */
class AdjointGradientTest extends LocalSpark {
  private static final double[] TRUE_W = {0.5, -1.0, 2.0, 0.0, -0.5};
  private static final double L2 = 0.01;

  private static final AdjointGradient GRADIENT = AdjointGradient.of((w, x, y, wBar) ->
      LogisticLossDerivatives.lossVjp(w, x, y, 1.0, wBar));

  private static JavaRDD<Tuple2<Object, Vector>> labelled(JavaRDD<LabeledPoint> points) {
    return points.map(p -> new Tuple2<>(p.label(), p.features()));
  }

  @Test
  void sparksLbfgsReachesTheOptimumFoundInOneJvm() {
    List<LabeledPoint> rows = SyntheticData.logistic(sc, 2_000, TRUE_W, 3, 21).collect();
    JavaRDD<LabeledPoint> points = sc.parallelize(rows, 3);
    Tuple2<Vector, double[]> fit = LBFGS.runLBFGS(labelled(points).rdd(), GRADIENT,
        new SquaredL2Updater(), 10, 1e-14, 500, L2, Vectors.zeros(TRUE_W.length));
    double[] onSpark = fit._1().toArray();

    // the same objective, mean log-loss + L2/2 |w|², minimized in one JVM by Newton's method on
    // its closed-form gradient and Hessian
    double[][] x = rows.stream().map(p -> p.features().toArray()).toArray(double[][]::new);
    double[] y = rows.stream().mapToDouble(LabeledPoint::label).toArray();
    double[] oneJvm = new double[TRUE_W.length];
    for (int step = 0; step < 50 && norm(objectiveGradient(oneJvm, x, y)) > 1e-13; step++) {
      RealVector newton = new CholeskyDecomposition(objectiveHessian(oneJvm, x))
          .getSolver().solve(new ArrayRealVector(objectiveGradient(oneJvm, x, y)));
      for (int j = 0; j < oneJvm.length; j++) {
        oneJvm[j] -= newton.getEntry(j);
      }
    }
    assertTrue(norm(objectiveGradient(oneJvm, x, y)) <= 1e-13, "Newton's method did not converge");
    assertTrue(norm(objectiveGradient(onSpark, x, y)) < 1e-6,
        "Spark's L-BFGS stopped short of the optimum");
    assertRelativelyClose(oneJvm, onSpark, 1e-5);
  }

  /** {@code (1/n) Σ (σ(w·x) − y) x + L2 w}. */
  private static double[] objectiveGradient(double[] w, double[][] x, double[] y) {
    double[] g = new double[w.length];
    for (int i = 0; i < y.length; i++) {
      double residual = sigmoid(dot(w, x[i])) - y[i];
      for (int j = 0; j < w.length; j++) {
        g[j] += residual * x[i][j] / y.length;
      }
    }
    for (int j = 0; j < w.length; j++) {
      g[j] += L2 * w[j];
    }
    return g;
  }

  /** {@code (1/n) Σ σ(1 − σ) x xᵀ + L2 I}. */
  private static RealMatrix objectiveHessian(double[] w, double[][] x) {
    RealMatrix h = MatrixUtils.createRealIdentityMatrix(w.length).scalarMultiply(L2);
    for (double[] row : x) {
      double p = sigmoid(dot(w, row));
      double weight = p * (1 - p) / x.length;
      for (int j = 0; j < w.length; j++) {
        for (int k = 0; k < w.length; k++) {
          h.addToEntry(j, k, weight * (row[j] * row[k]));
        }
      }
    }
    return h;
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
  @Test
  void gradientDescentLowersTheLoss() {
    JavaRDD<LabeledPoint> points = SyntheticData.logistic(sc, 1_000, TRUE_W, 2, 22);
    Tuple2<Vector, double[]> fit = GradientDescent.runMiniBatchSGD(labelled(points).rdd(),
        GRADIENT, new SquaredL2Updater(), 1.0, 50, L2, 1.0, Vectors.zeros(TRUE_W.length));
    double[] history = fit._2();
    assertTrue(history[history.length - 1] < 0.8 * history[0],
        () -> "loss went from " + history[0] + " to " + history[history.length - 1]);
  }

  @Test
  void bothOfSparksEntryPointsGiveTheSameGradient() {
    Vector x = Vectors.dense(0.3, -1.2, 0.8, 2.0, -0.1);
    Vector w = Vectors.dense(0.1, 0.2, -0.3, 0.4, 0.5);
    Tuple2<Vector, Object> fresh = GRADIENT.compute(x, 1.0, w);
    Vector sum = Vectors.dense(1, 1, 1, 1, 1);
    double loss = GRADIENT.compute(x, 1.0, w, sum);
    assertEquals((double) fresh._2(), loss);
    double[] added = sum.toArray();
    for (int j = 0; j < added.length; j++) {
      assertEquals(1.0 + fresh._1().apply(j), added[j], 1e-15);
    }
    Vector sparse = Vectors.sparse(5, new int[] {1}, new double[] {2.0});
    assertThrows(IllegalArgumentException.class, () -> GRADIENT.compute(x, 1.0, w, sparse));
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0.0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }
}
