package dev.adjoint.spark.samples;

import dev.adjoint.spark.AdjointGradient;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SimpleUpdater;
import org.apache.spark.mllib.regression.LabeledPoint;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * A nonlinear least-squares fit Spark ML has no fitter for: a damped oscillator's amplitude,
 * damping, frequency and phase from noisy measurements, by Spark's L-BFGS on Adjoint gradients.
 */
public final class OscillatorFitOnSpark {
  static final double[] TRUE_THETA = {2.0, 0.3, 2.5, 0.4};
  static final double[] START = {1.5, 0.4, 2.4, 0.0};
  static final double NOISE = 0.05;

  private OscillatorFitOnSpark() {}

  /** Fits {@code rows} measurements; returns the largest error of the fitted parameters. */
  public static double run(SparkSession spark, int rows) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = 2 * sc.defaultParallelism();
    JavaRDD<LabeledPoint> measured =
        SyntheticData.oscillator(sc, rows, TRUE_THETA, NOISE, partitions, 7).cache();
    System.out.printf(Locale.ROOT, "damped oscillator: %,d measurements, noise %.2f%n",
        measured.count(), NOISE);

    AdjointGradient gradient = AdjointGradient.of((theta, t, v, thetaBar) ->
        DampedOscillatorDerivatives.lossVjp(theta, t[0], v, 1.0, thetaBar));
    JavaRDD<Tuple2<Object, Vector>> labelled =
        measured.map(p -> new Tuple2<>(p.label(), p.features()));
    long start = System.nanoTime();
    Tuple2<Vector, double[]> fit = LBFGS.runLBFGS(labelled.rdd(), gradient, new SimpleUpdater(),
        10, 1e-12, 200, 0.0, Vectors.dense(START.clone()));
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] history = fit._2();
    for (int k = 0; k < history.length; k++) {
      System.out.printf(Locale.ROOT, "  iteration %3d  mean loss %.10f%n", k, history[k]);
    }
    double[] theta = fit._1().toArray();
    String[] names = {"amplitude", "damping", "frequency", "phase"};
    System.out.printf(Locale.ROOT, "  %d iterations in %.1f s; residual rms %.4f (noise %.2f)%n",
        history.length - 1, seconds, Math.sqrt(2 * history[history.length - 1]), NOISE);
    double largest = 0.0;
    for (int j = 0; j < theta.length; j++) {
      System.out.printf(Locale.ROOT, "  %-9s  true %6.3f  start %6.3f  fitted %9.6f%n", names[j],
          TRUE_THETA[j], START[j], theta[j]);
      largest = Math.max(largest, Math.abs(theta[j] - TRUE_THETA[j]));
    }
    measured.unpersist();
    return largest;
  }
}
