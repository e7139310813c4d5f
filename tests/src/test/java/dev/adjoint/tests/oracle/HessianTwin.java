package dev.adjoint.tests.oracle;

import org.hipparchus.analysis.differentiation.DerivativeStructure;

/**
 * A hand-written copy of an order-2 corpus function over Hipparchus {@link DerivativeStructure} of
 * order 2 ({@link Args#s}, {@link Args#sv}, {@link Args#sc}): one twin gives the value, the gradient
 * and the Hessian over the differentiable inputs flattened in parameter order.
 */
@FunctionalInterface
public interface HessianTwin {
  DerivativeStructure eval(Args a);
}
