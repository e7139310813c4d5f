package dev.adjoint.spark.samples;

import org.apache.spark.sql.SparkSession;

/**
 * Trains the two sample models on Spark, in local mode unless {@code spark.master} says
 * otherwise, and times a gradient pass. Exits with status 1 when a result is off.
 */
public final class SparkSamples {
  private SparkSamples() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SparkSession spark = SparkSession.builder().appName("Adjoint on Spark")
        .master(System.getProperty("spark.master", "local[*]"))
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    boolean ok = true;
    try {
      ok &= check("Adjoint and Spark ML coefficients", LogisticRegressionOnSpark.run(spark, rows),
          1e-4);
      System.out.println();
      ok &= check("fitted oscillator parameters", OscillatorFitOnSpark.run(spark, rows), 0.01);
      System.out.println();
      GradientPassTiming.run(spark, rows);
    } finally {
      spark.stop();
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static boolean check(String what, double difference, double tolerance) {
    boolean ok = difference <= tolerance;
    System.out.printf("  %s: %s (differ by %.1e, tolerance %.0e)%n", what,
        ok ? "agree" : "DISAGREE", difference, tolerance);
    return ok;
  }
}
