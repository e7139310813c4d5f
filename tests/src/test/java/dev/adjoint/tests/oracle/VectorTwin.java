package dev.adjoint.tests.oracle;

import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A hand-written copy of an array-valued corpus function over Hipparchus {@link Gradient}: one entry
 * per output component, each with the partials over all differentiable inputs flattened in parameter
 * order ({@link Args#g}, {@link Args#gv}, {@link Args#gm}).
 */
@FunctionalInterface
public interface VectorTwin {
  Gradient[] eval(Args a);
}
