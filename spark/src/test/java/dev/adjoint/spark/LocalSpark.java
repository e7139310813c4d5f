package dev.adjoint.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** One Spark in local mode with two worker threads, shared by the tests of a class. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    SparkSession spark = SparkSession.builder().appName("adjoint-spark tests").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }

  static JavaSparkContext context(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }
}
