package dev.adjoint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.spark.samples.DampedOscillator;
import dev.adjoint.spark.samples.DampedOscillatorDerivatives;
import dev.adjoint.spark.samples.LogisticLoss;
import dev.adjoint.spark.samples.LogisticLossDerivatives;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loss and gradient summed on Spark against oracles computed in one JVM: the generated
 * {@code totalGrad} of the summed loss, the logistic gradient's closed form, and central
 * differences, over several partitionings, empty partitions among them.
 */
class DistributedLossTest extends LocalSpark {
  private static final int D = 6;

  private record Example(double[] x, double y) implements java.io.Serializable {}

  private static List<Example> logisticRows(int n, long seed) {
    Random random = new Random(seed);
    List<Example> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] x = new double[D];
      for (int j = 0; j < D; j++) {
        x[j] = random.nextGaussian();
      }
      rows.add(new Example(x, random.nextBoolean() ? 1.0 : 0.0));
    }
    return rows;
  }

  private static double[] point(long seed) {
    Random random = new Random(seed);
    double[] w = new double[D];
    for (int j = 0; j < D; j++) {
      w[j] = random.nextGaussian();
    }
    return w;
  }

  private static DistributedLoss<Example> logistic(JavaRDD<Example> rows) {
    return DistributedLoss.over(rows, D, (w, e, wBar) ->
        LogisticLossDerivatives.lossVjp(w, e.x(), e.y(), 1.0, wBar));
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 7})
  void theSumOverPartitionsIsTheGradientOfTheSummedLoss(int partitions) {
    List<Example> rows = logisticRows(500, 11);
    double[] w = point(5);
    LossAndGradient onSpark = logistic(sc.parallelize(rows, partitions)).at(w);

    double[][] x = rows.stream().map(Example::x).toArray(double[][]::new);
    double[] y = rows.stream().mapToDouble(Example::y).toArray();
    LogisticLossDerivatives.TotalGradient oneJvm = LogisticLossDerivatives.totalGrad(w, x, y);
    assertEquals(500, onSpark.count());
    assertEquals(oneJvm.value(), onSpark.loss(), 1e-12 * Math.abs(oneJvm.value()));
    assertRelativelyClose(oneJvm.w(), onSpark.gradient(), 1e-12);

    // the closed form: Σ (σ(w·x) − y) x
    double[] closed = new double[D];
    for (Example e : rows) {
      double z = 0.0;
      for (int j = 0; j < D; j++) {
        z += w[j] * e.x()[j];
      }
      double residual = 1.0 / (1.0 + Math.exp(-z)) - e.y();
      for (int j = 0; j < D; j++) {
        closed[j] += residual * e.x()[j];
      }
    }
    assertRelativelyClose(closed, onSpark.gradient(), 1e-12);
  }

  @Test
  void emptyPartitionsAddNothing() {
    List<Example> rows = logisticRows(3, 12); // seven partitions, four of them empty
    double[] w = point(6);
    LossAndGradient spread = logistic(sc.parallelize(rows, 7)).at(w);
    LossAndGradient together = logistic(sc.parallelize(rows, 1)).at(w);
    assertEquals(3, spread.count());
    assertEquals(together.loss(), spread.loss(), 1e-12 * Math.abs(together.loss()));
    assertRelativelyClose(together.gradient(), spread.gradient(), 1e-12);

    LossAndGradient none = logistic(sc.parallelize(List.<Example>of(), 3)).at(w);
    assertEquals(0, none.count());
    assertEquals(0.0, none.loss());
    assertRelativelyClose(new double[D], none.gradient(), 0.0);
  }

  @Test
  void aDatasetOfRowsGivesTheSameSumAsItsRdd() {
    List<Example> examples = logisticRows(200, 17);
    StructType schema = new StructType().add("y", DataTypes.DoubleType);
    for (int j = 0; j < D; j++) {
      schema = schema.add("x" + j, DataTypes.DoubleType);
    }
    List<Row> rows = new ArrayList<>();
    for (Example e : examples) {
      Object[] values = new Object[D + 1];
      values[0] = e.y();
      for (int j = 0; j < D; j++) {
        values[j + 1] = e.x()[j];
      }
      rows.add(RowFactory.create(values));
    }
    Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(3);
    double[] w = point(9);
    LossAndGradient fromRows = DistributedLoss.over(frame, D, (theta, row, thetaBar) -> {
      double[] x = new double[D];
      for (int j = 0; j < D; j++) {
        x[j] = row.getDouble(j + 1);
      }
      return LogisticLossDerivatives.lossVjp(theta, x, row.getDouble(0), 1.0, thetaBar);
    }).at(w);
    LossAndGradient fromRdd = logistic(sc.parallelize(examples, 2)).at(w);
    assertEquals(200, fromRows.count());
    assertEquals(fromRdd.loss(), fromRows.loss(), 1e-12 * Math.abs(fromRdd.loss()));
    assertRelativelyClose(fromRdd.gradient(), fromRows.gradient(), 1e-12);
  }

  @Test
  void aTreeOfAnyDepthGivesTheSameSum() {
    List<Example> rows = logisticRows(300, 13);
    double[] w = point(7);
    JavaRDD<Example> data = sc.parallelize(rows, 7);
    LossAndGradient flat = logistic(data).withTreeDepth(1).at(w);
    LossAndGradient deep = logistic(data).withTreeDepth(3).at(w);
    assertEquals(flat.loss(), deep.loss(), 1e-12 * Math.abs(flat.loss()));
    assertRelativelyClose(flat.gradient(), deep.gradient(), 1e-12);
  }

  @Test
  void aNonlinearModelsGradientMatchesCentralDifferences() {
    double[] truth = {2.0, 0.3, 2.5, 0.4};
    Random random = new Random(14);
    List<double[]> measured = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double t = 10.0 * random.nextDouble();
      measured.add(new double[] {t, DampedOscillator.value(truth, t) + 0.05 * random.nextGaussian()});
    }
    DistributedLoss<double[]> loss = DistributedLoss.over(sc.parallelize(measured, 3), 4,
        (theta, m, thetaBar) -> DampedOscillatorDerivatives.lossVjp(theta, m[0], m[1], 1.0, thetaBar));
    double[] theta = {1.7, 0.35, 2.45, 0.2};
    double[] gradient = loss.at(theta).gradient();
    for (int j = 0; j < 4; j++) {
      double h = 1e-6;
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += h;
      down[j] -= h;
      double difference = (sum(measured, up) - sum(measured, down)) / (2 * h);
      assertEquals(difference, gradient[j], 1e-6 * Math.max(1.0, Math.abs(difference)),
          "component " + j);
    }
  }

  private static double sum(List<double[]> measured, double[] theta) {
    double s = 0.0;
    for (double[] m : measured) {
      s += DampedOscillator.loss(theta, m[0], m[1]);
    }
    return s;
  }

  @Test
  void aLossThatThrowsFailsTheJobWithTheUsersMessage() {
    List<Example> rows = logisticRows(50, 15);
    DistributedLoss<Example> throwing = DistributedLoss.over(sc.parallelize(rows, 2), D,
        (w, e, wBar) -> {
          if (e.y() == 1.0) {
            throw new IllegalArgumentException("label 1 is not allowed here");
          }
          return LogisticLoss.loss(w, e.x(), e.y());
        });
    Exception failure = assertTimeoutPreemptively(Duration.ofMinutes(2),
        () -> assertThrows(Exception.class, () -> throwing.at(point(8))));
    assertTrue(chainMentions(failure, "label 1 is not allowed here"), failure::toString);
  }

  @Test
  void aThetaOfTheWrongLengthIsRefusedBeforeAnyJob() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> logistic(sc.parallelize(logisticRows(5, 16), 1)).at(new double[D + 1]));
    assertEquals("theta has 7 components, the loss 6", e.getMessage());
  }

  private static boolean chainMentions(Throwable t, String message) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (String.valueOf(c.getMessage()).contains(message)) {
        return true;
      }
    }
    return false;
  }

  /** {@code |actual − expected| ≤ tolerance · |expected|} in the Euclidean norm. */
  static void assertRelativelyClose(double[] expected, double[] actual, double tolerance) {
    assertEquals(expected.length, actual.length);
    double squares = 0.0;
    double norm = 0.0;
    for (int j = 0; j < expected.length; j++) {
      squares += (actual[j] - expected[j]) * (actual[j] - expected[j]);
      norm += expected[j] * expected[j];
    }
    double difference = Math.sqrt(squares);
    double scale = Math.sqrt(norm);
    assertTrue(difference <= tolerance * scale,
        () -> "difference " + difference + " above " + tolerance + " times the norm " + scale);
  }
}
