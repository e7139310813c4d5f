package dev.adjoint.tests.oracle;

import java.util.Map;
import java.util.Random;

/**
 * Draws one parameter's value at a point, in place of the uniform sampling of {@link Param}: for
 * entries with different natural ranges (a camera's rotation, translation and focal length in one
 * array) and for the receiver of an instance method.
 */
@FunctionalInterface
public interface Sampler {
  /** A value for the parameter; {@code dims} holds the dimensions drawn for this point. */
  Object sample(Random random, Map<String, Integer> dims);
}
