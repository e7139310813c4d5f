package dev.adjoint.spark;

import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;

/**
 * A loss that is a sum over the examples of a Spark dataset, with its gradient: one
 * {@code treeAggregate} per evaluation, in which each partition runs the generated VJP of the
 * per-example loss into one accumulator and the partitions' sums are added pairwise.
 *
 * <pre>{@code
 * DistributedLoss<Point> loss = DistributedLoss.over(points, 3, (theta, p, thetaBar) ->
 *     ModelDerivatives.lossVjp(theta, p.x(), p.y(), 1.0, thetaBar));
 * LossAndGradient at = loss.at(theta);
 * }</pre>
 *
 * <p>{@code theta} goes to the executors once per evaluation, as a broadcast. An exception the
 * VJP throws fails the Spark job; Spark reports it with the user's exception as its cause.
 *
 * @param <E> the type of one example
 */
public final class DistributedLoss<E> {
  private final JavaRDD<E> examples;
  private final int dimension;
  private final ExampleVjp<E> vjp;
  private final int depth;

  private DistributedLoss(JavaRDD<E> examples, int dimension, ExampleVjp<E> vjp, int depth) {
    if (dimension < 0) {
      throw new IllegalArgumentException("dimension must not be negative, was " + dimension);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
    this.examples = Objects.requireNonNull(examples, "examples");
    this.dimension = dimension;
    this.vjp = Objects.requireNonNull(vjp, "vjp");
    this.depth = depth;
  }

  /**
   * The summed loss of {@code examples}, each example's loss and gradient given by {@code vjp}.
   *
   * @param dimension how many parameters {@code theta} has
   */
  public static <E> DistributedLoss<E> over(JavaRDD<E> examples, int dimension,
      ExampleVjp<E> vjp) {
    return new DistributedLoss<>(examples, dimension, vjp, 2);
  }

  /** The same over a typed {@code Dataset}, for instance one of {@code Row}s. */
  public static <E> DistributedLoss<E> over(Dataset<E> examples, int dimension,
      ExampleVjp<E> vjp) {
    return over(examples.toJavaRDD(), dimension, vjp);
  }

  /** The same loss with partial sums combined in a tree of depth {@code depth} (2 by default). */
  public DistributedLoss<E> withTreeDepth(int depth) {
    return new DistributedLoss<>(examples, dimension, vjp, depth);
  }

  /** The number of parameters. */
  public int dimension() {
    return dimension;
  }

  /** The summed loss and gradient at {@code theta}. */
  public LossAndGradient at(double[] theta) {
    if (theta.length != dimension) {
      throw new IllegalArgumentException(
          "theta has " + theta.length + " components, the loss " + dimension);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(examples.context());
    Broadcast<double[]> shared = context.broadcast(theta.clone());
    ExampleVjp<E> f = vjp; // the closure captures this, not the whole object
    try {
      PartialSum sum = examples.treeAggregate(new PartialSum(dimension),
          (partial, example) -> partial.add(f, shared.value(), example),
          PartialSum::add, depth);
      return new LossAndGradient(sum.loss, sum.gradient, sum.count);
    } finally {
      shared.destroy();
    }
  }
}
