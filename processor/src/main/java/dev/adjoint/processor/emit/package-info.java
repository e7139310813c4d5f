/**
 * Stage 4: writes the companion class with JavaPoet, following the public contract (method names,
 * parameter order, the gradient record), and names every variable: the user's names where they
 * do not clash, {@code xDot}/{@code xBar} for derivatives. Adds no logic of its own beyond
 * assembling the contract's convenience methods ({@code fGrad}, {@code fJacobian},
 * {@code fHessian}) from the modes.
 */
package dev.adjoint.processor.emit;
