package dev.adjoint.spark;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.Gradient;
import scala.Tuple2;

/**
 * A generated VJP as Spark's {@link Gradient}, so that Spark's own optimizers
 * ({@code GradientDescent}, {@code LBFGS}) train on Adjoint gradients. Spark gives each example
 * as a label and a feature vector; Spark's optimizers then minimize the mean loss plus their
 * updater's penalty.
 *
 * <pre>{@code
 * Gradient gradient = AdjointGradient.of((w, x, y, wBar) ->
 *     LogisticDerivatives.lossVjp(w, x, y, 1.0, wBar));
 * Tuple2<Vector, double[]> fit = LBFGS.runLBFGS(data.rdd(), gradient, new SquaredL2Updater(),
 *     10, 1e-9, 100, 0.01, Vectors.zeros(d));
 * }</pre>
 *
 * <p>Dense weights and features reach the VJP as Spark's own arrays, without a copy; sparse
 * features are densified per example.
 */
public final class AdjointGradient extends Gradient {
  private static final long serialVersionUID = 1L;

  /** One labelled example's loss, the way a generated VJP gives it. */
  @FunctionalInterface
  public interface LabeledVjp extends Serializable {

    /** Adds {@code ∂loss(weights; features, label)/∂weights} into {@code weightsBar}; returns the loss. */
    double addGradient(double[] weights, double[] features, double label, double[] weightsBar);
  }

  private final LabeledVjp vjp;

  private AdjointGradient(LabeledVjp vjp) {
    this.vjp = Objects.requireNonNull(vjp, "vjp");
  }

  public static AdjointGradient of(LabeledVjp vjp) {
    return new AdjointGradient(vjp);
  }

  @Override
  public double compute(Vector features, double label, Vector weights, Vector cumGradient) {
    if (!(cumGradient instanceof DenseVector sum)) {
      throw new IllegalArgumentException("Spark passed a " + cumGradient.getClass().getSimpleName()
          + " to add the gradient into; Adjoint's VJP adds into a dense vector");
    }
    return vjp.addGradient(weights.toArray(), features.toArray(), label, sum.values());
  }

  @Override
  public Tuple2<Vector, Object> compute(Vector features, double label, Vector weights) {
    double[] gradient = new double[weights.size()];
    double loss = vjp.addGradient(weights.toArray(), features.toArray(), label, gradient);
    return new Tuple2<>(Vectors.dense(gradient), loss);
  }
}
