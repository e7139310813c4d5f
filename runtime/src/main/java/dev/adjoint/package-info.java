/**
 * Adjoint's public API: the annotations a user writes on the methods to differentiate.
 *
 * <p>See {@link dev.adjoint.Differentiable} to start.
 */
package dev.adjoint;
