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
 * class {@code p.CDerivatives} (for a nested class {@code Outer.Inner}, {@code
 * Outer_InnerDerivatives}) with plain, public, static Java methods:
 *
 * <ul>
 *   <li>{@code fJvp} (forward mode): takes every parameter, each differentiable one followed by
 *       its tangent {@code <name>Dot} of the same type, and returns the tangent of the result,
 *       the directional derivative {@code J·v} (an array for an array result).
 *   <li>{@code fVjp} (reverse mode, backpropagation): takes the parameters, the output cotangent
 *       {@code seed} (of the result's type), then one accumulator per differentiable parameter (a
 *       {@code double[1]} for a scalar, the same shape for an array). It <em>adds</em>
 *       {@code seed·∂f/∂param} into the accumulators and returns the value of {@code f}, bit for
 *       bit.
 *   <li>{@code fGrad} ({@code double} result): the value and the whole gradient in one call, as
 *       the record {@code FGradient(double value, ...)} with one component per differentiable
 *       parameter, named after it.
 *   <li>{@code fJacobian} ({@code double[]} result and exactly one differentiable {@code double[]}
 *       parameter): the {@code m × n} Jacobian, by forward or reverse passes, whichever are fewer.
 *   <li>{@code fHvp} and {@code fHessian}, with {@code order = 2} and a {@code double} result: the
 *       Hessian-vector product along directions {@code <name>Dir}, and the Hessian over all
 *       differentiable inputs flattened in parameter order.
 * </ul>
 *
 * <pre>{@code
 * final class Model {
 *   @Differentiable
 *   static double f(double x, double[] w) {
 *     double s = 0;
 *     for (int i = 0; i < w.length; i++) {
 *       s += Math.sin(x * w[i]);
 *     }
 *     return s;
 *   }
 * }
 * // elsewhere:
 * ModelDerivatives.FGradient g = ModelDerivatives.fGrad(0.5, new double[] {1, 2});
 * double dfdx = g.x();
 * double[] dfdw = g.w();
 * }</pre>
 *
 * <p>The method may be {@code static} or an instance method (whose generated methods take the
 * receiver first, {@code fJvp(Model self, ...)}, and read its fields as constants unless
 * {@link #wrt()} names them), and must have a body. Parameters may be {@code double},
 * {@code double[]}, {@code double[][]}, {@code int}, {@code long}, {@code boolean} and
 * {@code int[]}, {@code long[]}, {@code boolean[]}; the result {@code double}, {@code double[]}
 * or {@code double[][]}. Every {@code double}, {@code double[]} and {@code double[][]} parameter
 * is differentiable unless it is marked {@link NoDerivative} or left out of {@link #wrt()}. The
 * body may use loops, branches, {@code switch} on an {@code int}, local and scratch arrays, row
 * aliases, {@code Math}, {@code StrictMath} and {@code FastMath} functions, {@link AdjointMath},
 * calls of other {@code @Differentiable} methods (private ones too) and argument checks that
 * throw; the README lists what is supported. A construct Adjoint cannot differentiate is a compile
 * error at that expression that says what to do, never a silently wrong derivative. The generated
 * code keeps no state and never writes to the caller's arrays except the accumulators it is
 * given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Differentiable {

  /**
   * The names of the inputs to differentiate with respect to: parameters and, for an instance
   * method, fields of the receiver ({@code @Differentiable(wrt = {"w", "b"})} for a model that
   * holds its weights; their tangents and accumulators follow the parameters', in this order).
   * Empty (the default) means every {@code double}, {@code double[]} and {@code double[][]}
   * parameter that is not marked {@link NoDerivative}. A name that is neither, or names an input
   * of another type, is a compile error at that name.
   */
  String[] wrt() default {};

  /**
   * The highest derivative order to generate. {@code 1} (the default) generates {@code Jvp},
   * {@code Vjp}, {@code Grad} and {@code Jacobian}; {@code 2} also generates {@code Hvp} and
   * {@code Hessian}, for a {@code double} result, and needs every {@code @Differentiable} method
   * it calls to be {@code order = 2} too. Other orders are a compile error.
   */
  int order() default 1;
}
