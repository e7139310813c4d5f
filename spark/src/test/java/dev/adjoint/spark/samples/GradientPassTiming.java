package dev.adjoint.spark.samples;

import dev.adjoint.spark.DistributedLoss;
import dev.adjoint.spark.ExampleVjp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.regression.LabeledPoint;
import org.apache.spark.sql.SparkSession;

/**
 * What a gradient pass over a cached dataset costs: Adjoint's VJP per example against the same
 * gradient written by hand, both inside the same Spark job, and the Spark job against the same
 * loop in one JVM without Spark. Medians of repeated passes after a warm-up.
 */
public final class GradientPassTiming {
  private static final int WARMUP = 5;
  private static final int PASSES = 15;

  private GradientPassTiming() {}

  /** Times passes over {@code rows} logistic-regression rows; returns Adjoint's time over the hand-written one's. */
  public static double run(SparkSession spark, int rows) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = sc.defaultParallelism();
    double[] w = LogisticRegressionOnSpark.TRUE_W.clone();
    JavaRDD<LabeledPoint> points =
        SyntheticData.logistic(sc, rows, w, partitions, 3).cache();
    points.count();
    ExampleVjp<LabeledPoint> adjoint = (theta, p, thetaBar) ->
        LogisticLossDerivatives.lossVjp(theta, p.features().toArray(), p.label(), 1.0, thetaBar);
    ExampleVjp<LabeledPoint> byHand = (theta, p, thetaBar) ->
        LogisticLoss.lossByHand(theta, p.features().toArray(), p.label(), thetaBar);
    DistributedLoss<LabeledPoint> adjointLoss = DistributedLoss.over(points, w.length, adjoint);
    DistributedLoss<LabeledPoint> handLoss = DistributedLoss.over(points, w.length, byHand);

    List<LabeledPoint> local = points.collect();
    double[][] x = new double[local.size()][];
    double[] y = new double[local.size()];
    for (int i = 0; i < y.length; i++) {
      x[i] = local.get(i).features().toArray();
      y[i] = local.get(i).label();
    }

    double sparkAdjoint = median(() -> adjointLoss.at(w).loss());
    double sparkHand = median(() -> handLoss.at(w).loss());
    double oneJvm = median(() -> {
      double[] wBar = new double[w.length];
      double loss = 0.0;
      for (int i = 0; i < y.length; i++) {
        loss += LogisticLossDerivatives.lossVjp(w, x[i], y[i], 1.0, wBar);
      }
      return loss + wBar[0];
    });
    System.out.printf(Locale.ROOT, "gradient pass over %,d rows x %d features, %d partitions"
        + " (median of %d):%n", rows, w.length, partitions, PASSES);
    System.out.printf(Locale.ROOT, "  Spark, Adjoint VJP per row       %8.1f ms%n", sparkAdjoint);
    System.out.printf(Locale.ROOT, "  Spark, hand-written gradient     %8.1f ms%n", sparkHand);
    System.out.printf(Locale.ROOT, "  one JVM, one thread, Adjoint VJP %8.1f ms%n", oneJvm);
    System.out.printf(Locale.ROOT, "  Adjoint / hand-written in Spark: %.2f;"
        + " Spark job / one-JVM loop: %.2f%n", sparkAdjoint / sparkHand, sparkAdjoint / oneJvm);
    points.unpersist();
    return sparkAdjoint / sparkHand;
  }

  private interface Pass {
    double run();
  }

  /** The median time of a pass in milliseconds; the sum it returns is kept so no pass is skipped. */
  private static double median(Pass pass) {
    double[] ms = new double[PASSES];
    double sink = 0.0;
    for (int k = 0; k < WARMUP + PASSES; k++) {
      long start = System.nanoTime();
      sink += pass.run();
      if (k >= WARMUP) {
        ms[k - WARMUP] = (System.nanoTime() - start) / 1e6;
      }
    }
    if (Double.isNaN(sink)) {
      throw new IllegalStateException("a pass returned NaN");
    }
    Arrays.sort(ms);
    return ms[PASSES / 2];
  }
}
