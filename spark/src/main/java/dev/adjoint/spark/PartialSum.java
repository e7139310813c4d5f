package dev.adjoint.spark;

import java.io.Serializable;

/**
 * One partition's running loss and gradient. The generated VJP adds straight into
 * {@link #gradient}, so an example costs no allocation of ours; partitions' sums are added
 * pairwise into the left one.
 */
final class PartialSum implements Serializable {
  private static final long serialVersionUID = 1L;

  double loss;
  long count;
  final double[] gradient;

  PartialSum(int dimension) {
    this.gradient = new double[dimension];
  }

  <E> PartialSum add(ExampleVjp<E> vjp, double[] theta, E example) {
    loss += vjp.addGradient(theta, example, gradient);
    count++;
    return this;
  }

  PartialSum add(PartialSum other) {
    loss += other.loss;
    count += other.count;
    for (int j = 0; j < gradient.length; j++) {
      gradient[j] += other.gradient[j];
    }
    return this;
  }
}
