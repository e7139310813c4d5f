package dev.adjoint.tests.oracle;

import org.hipparchus.analysis.differentiation.Gradient;

/** A hand-written copy of a corpus function over Hipparchus {@link Gradient}: the forward-mode oracle. */
@FunctionalInterface
public interface Twin {
  Gradient eval(Args a);
}
