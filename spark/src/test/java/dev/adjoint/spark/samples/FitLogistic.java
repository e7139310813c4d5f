package dev.adjoint.spark.samples;

import dev.adjoint.Differentiable;
import dev.adjoint.spark.AdjointGradient;
import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SquaredL2Updater;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** The README's program: logistic regression on rows {@code label,x1,...,xd} of a CSV file. */
public final class FitLogistic {
  @Differentiable(wrt = "w")
  static double loss(double[] w, double[] x, double y) {
    double z = 0.0;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
  }

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("fit-logistic").getOrCreate();
    JavaRDD<Tuple2<Object, Vector>> rows = spark.read().textFile(args[0]).javaRDD().map(line -> {
      double[] v = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
      return new Tuple2<Object, Vector>(v[0], Vectors.dense(Arrays.copyOfRange(v, 1, v.length)));
    }).cache();
    int d = rows.first()._2().size();
    Tuple2<Vector, double[]> fit = LBFGS.runLBFGS(rows.rdd(),
        AdjointGradient.of((w, x, y, wBar) -> FitLogisticDerivatives.lossVjp(w, x, y, 1.0, wBar)),
        new SquaredL2Updater(), 10, 1e-9, 100, 1e-3, Vectors.zeros(d));
    System.out.println("coefficients " + fit._1() + ", mean loss " + fit._2()[fit._2().length - 1]);
    spark.stop();
  }
}
