package dev.adjoint.spark.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.regression.LabeledPoint;

/**
 * Datasets drawn on the executors, partition by partition from seeds, so that the same
 * arguments give the same rows whatever the cluster.
 */
public final class SyntheticData {
  private SyntheticData() {}

  /** Standard normal features, and labels 0 and 1 drawn from the logistic model with coefficients {@code w}. */
  public static JavaRDD<LabeledPoint> logistic(JavaSparkContext sc, int rows, double[] w,
      int partitions, long seed) {
    return generated(sc, rows, partitions, seed, (random, out) -> {
      double[] x = new double[w.length];
      double z = 0.0;
      for (int j = 0; j < x.length; j++) {
        x[j] = random.nextGaussian();
        z += w[j] * x[j];
      }
      double label = random.nextDouble() < 1.0 / (1.0 + Math.exp(-z)) ? 1.0 : 0.0;
      out.add(new LabeledPoint(label, Vectors.dense(x)));
    });
  }

  /** Measurements of {@link DampedOscillator} at times uniform in [0, 10), with Gaussian noise. */
  public static JavaRDD<LabeledPoint> oscillator(JavaSparkContext sc, int rows, double[] theta,
      double noise, int partitions, long seed) {
    return generated(sc, rows, partitions, seed, (random, out) -> {
      double t = 10.0 * random.nextDouble();
      double v = DampedOscillator.value(theta, t) + noise * random.nextGaussian();
      out.add(new LabeledPoint(v, Vectors.dense(t)));
    });
  }

  private interface RowDrawer extends java.io.Serializable {
    void draw(Random random, List<LabeledPoint> out);
  }

  private static JavaRDD<LabeledPoint> generated(JavaSparkContext sc, int rows, int partitions,
      long seed, RowDrawer row) {
    List<Integer> parts = IntStream.range(0, partitions).boxed().toList();
    return sc.parallelize(parts, partitions).flatMap(p -> {
      Random random = new Random(seed * 1_000_003L + p);
      int count = rows / partitions + (p < rows % partitions ? 1 : 0);
      List<LabeledPoint> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        row.draw(random, out);
      }
      return out.iterator();
    });
  }
}
