/**
 * Adjoint gradients on Apache Spark: {@link dev.adjoint.spark.DistributedLoss} sums a per-example
 * loss and its generated VJP over a dataset in one {@code treeAggregate}, and
 * {@link dev.adjoint.spark.AdjointGradient} hands the VJP to Spark's own optimizers.
 */
package dev.adjoint.spark;
