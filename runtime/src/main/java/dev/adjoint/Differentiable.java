package dev.adjoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks Adjoint to generate derivative code for this method while {@code javac} compiles it.
 *
 * <p>For a method {@code f} in class {@code p.C}, the Adjoint annotation processor writes the
 * class {@code p.CDerivatives} with plain Java methods:
 *
 * <ul>
 *   <li>{@code fJvp} (forward mode): takes every parameter, each differentiable one followed by
 *       its tangent {@code <name>Dot}, and returns the tangent of the result: the directional
 *       derivative {@code J·v}.
 *   <li>{@code fVjp} (reverse mode, backpropagation): takes the parameters, the output cotangent
 *       {@code seed}, then one accumulator per differentiable parameter (a {@code double[1]} for a
 *       scalar). It <em>adds</em> {@code seed·∂f/∂param} into the accumulators and returns the
 *       value of {@code f}.
 *   <li>{@code fGrad} (scalar result only): the value and the whole gradient in one call, as the
 *       record {@code FGradient(double value, double x, ...)}.
 * </ul>
 *
 * <pre>{@code
 * final class Model {
 *   @Differentiable
 *   static double f(double x, double y) {
 *     double s = Math.sin(x) * y;
 *     return s * x;
 *   }
 * }
 * // elsewhere:
 * ModelDerivatives.FGradient g = ModelDerivatives.fGrad(0.5, 2.0);
 * double dfdx = g.x(), dfdy = g.y();
 * }</pre>
 *
 * <p>The method must be {@code static} and have a body. Parameters may be {@code double},
 * {@code int}, {@code long} or {@code boolean}; the result must be {@code double}. Every
 * {@code double} parameter is differentiable unless it is marked {@link NoDerivative} or left out
 * of {@link #wrt()}. A construct Adjoint cannot differentiate is a compile error at that
 * expression, never a silently wrong derivative. The generated code allocates nothing beyond what
 * the method itself allocates (and the gradient record), keeps no state, and never writes to the
 * caller's arrays except the accumulators it is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Differentiable {

  /**
   * The names of the parameters to differentiate with respect to. Empty (the default) means every
   * {@code double} parameter that is not marked {@link NoDerivative}. A name that is no parameter
   * of the method, or names a non-{@code double} parameter, is a compile error.
   */
  String[] wrt() default {};

  /**
   * The highest derivative order to generate. {@code 1} (the default) generates {@code Jvp},
   * {@code Vjp} and {@code Grad}. Higher orders are not supported yet and are a compile error.
   */
  int order() default 1;
}
