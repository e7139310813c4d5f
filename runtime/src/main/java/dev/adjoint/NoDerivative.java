package dev.adjoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code double}, {@code double[]} or {@code double[][]} parameter of a
 * {@link Differentiable} method as a constant: Adjoint
 * generates no tangent ({@code xDot}) and no accumulator ({@code xBar}) for it, and the gradient
 * record has no component for it.
 *
 * <pre>{@code
 * @Differentiable
 * static double scaledSquare(double x, @NoDerivative double scale) {
 *   return scale * x * x;          // generates d/dx only
 * }
 * }</pre>
 *
 * <p>Use it for data (observations, hyper-parameters) that the caller never differentiates. It is
 * equivalent to leaving the parameter out of {@link Differentiable#wrt()}; naming a parameter in
 * {@code wrt} that is also marked {@code @NoDerivative} is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface NoDerivative {}
