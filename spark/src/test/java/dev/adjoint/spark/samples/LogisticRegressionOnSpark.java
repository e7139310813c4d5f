package dev.adjoint.spark.samples;

import dev.adjoint.spark.AdjointGradient;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SquaredL2Updater;
import org.apache.spark.mllib.regression.LabeledPoint;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Logistic regression with an L2 penalty, trained by Spark's L-BFGS on Adjoint gradients, then
 * by Spark ML's own {@code LogisticRegression} on the same rows: the coefficients should agree
 * to the optimizers' tolerance.
 */
public final class LogisticRegressionOnSpark {
  static final double[] TRUE_W = {-0.5, 1.0, -2.0, 0.5, 0.0, 1.5, -1.0, 0.25, 0.75, -0.25};
  static final double L2 = 1e-3;

  private LogisticRegressionOnSpark() {}

  /** Trains both on {@code rows} rows; returns the largest coefficient difference. */
  public static double run(SparkSession spark, int rows) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = 2 * sc.defaultParallelism();
    JavaRDD<LabeledPoint> points = SyntheticData.logistic(sc, rows, TRUE_W, partitions, 42).cache();
    System.out.printf(Locale.ROOT, "logistic regression: %,d rows, %d features, L2 %.0e%n",
        points.count(), TRUE_W.length, L2);

    // Adjoint's gradient of one row's log-loss, handed to Spark's L-BFGS
    AdjointGradient gradient = AdjointGradient.of((w, x, y, wBar) ->
        LogisticLossDerivatives.lossVjp(w, x, y, 1.0, wBar));
    JavaRDD<Tuple2<Object, Vector>> labelled = points.map(p -> new Tuple2<>(p.label(), p.features()));
    long start = System.nanoTime();
    Tuple2<Vector, double[]> fit = LBFGS.runLBFGS(labelled.rdd(), gradient,
        new SquaredL2Updater(), 10, 1e-12, 200, L2, Vectors.zeros(TRUE_W.length));
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] history = fit._2();
    for (int k = 0; k < history.length; k++) {
      System.out.printf(Locale.ROOT, "  iteration %3d  loss %.12f%n", k, history[k]);
    }
    double[] w = fit._1().toArray();
    System.out.printf(Locale.ROOT, "  Adjoint + L-BFGS: %d iterations in %.1f s, accuracy %.4f%n",
        history.length - 1, seconds, accuracy(points, w));

    // Spark ML's own fitter on the same rows and the same objective: mean log-loss + L2/2 |w|²
    Dataset<Row> frame = spark.createDataFrame(
        points.map(p -> RowFactory.create(p.label(), p.features().asML())),
        new StructType()
            .add("label", DataTypes.DoubleType)
            .add("features", SQLDataTypes.VectorType()));
    start = System.nanoTime();
    LogisticRegressionModel ml = new LogisticRegression().setRegParam(L2).setElasticNetParam(0.0)
        .setFitIntercept(false).setStandardization(false).setMaxIter(500).setTol(1e-12)
        .fit(frame);
    seconds = (System.nanoTime() - start) / 1e9;
    double[] mlW = ml.coefficients().toArray();
    System.out.printf(Locale.ROOT, "  Spark ML LogisticRegression: %d iterations in %.1f s,"
        + " accuracy %.4f%n", ml.summary().totalIterations(), seconds, accuracy(points, mlW));

    double largest = 0.0;
    System.out.println("  coefficient   true      Adjoint+L-BFGS   Spark ML");
    for (int j = 0; j < w.length; j++) {
      System.out.printf(Locale.ROOT, "  w[%d]      %7.3f   %14.9f  %14.9f%n", j, TRUE_W[j], w[j],
          mlW[j]);
      largest = Math.max(largest, Math.abs(w[j] - mlW[j]));
    }
    System.out.printf(Locale.ROOT, "  largest coefficient difference: %.2e%n", largest);
    points.unpersist();
    return largest;
  }

  /** The fraction of rows whose label the coefficients predict. */
  static double accuracy(JavaRDD<LabeledPoint> points, double[] w) {
    long right = points.filter(p -> {
      double[] x = p.features().toArray();
      double z = 0.0;
      for (int j = 0; j < w.length; j++) {
        z += w[j] * x[j];
      }
      return (z > 0.0 ? 1.0 : 0.0) == p.label();
    }).count();
    return (double) right / points.count();
  }
}
