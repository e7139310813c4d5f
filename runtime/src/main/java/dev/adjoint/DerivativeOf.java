package dev.adjoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Supplies the derivative of a method that Adjoint should not, or cannot, look into: a special
 * function, a call into a library, a numerically stable formula. The annotated method is the
 * forward mode or the reverse mode of the method named by {@link #value()}, in the same class,
 * with exactly the signature Adjoint itself would generate:
 *
 * <pre>{@code
 * static double logGamma(double x) { return Gamma.logGamma(x); }   // a library call
 *
 * @DerivativeOf("logGamma")                                        // forward mode (JVP)
 * static double logGammaJvp(double x, double xDot) { return Gamma.digamma(x) * xDot; }
 *
 * static double softClip(double x, double limit) { ... }
 *
 * @DerivativeOf("softClip")                                        // or reverse mode (VJP)
 * static double softClipVjp(double x, double limit, double seed, double[] xBar,
 *     double[] limitBar) {
 *   xBar[0] += seed * ...;                                         // add, never overwrite
 *   limitBar[0] += seed * ...;
 *   return softClip(x, limit);
 * }
 * }</pre>
 *
 * <p>Adjoint then generates the usual {@code logGammaJvp}, {@code logGammaVjp} and
 * {@code logGammaGrad} (or {@code fJacobian} for a {@code double[]} to {@code double[]} method) in
 * the companion class from the one you gave (a VJP from a JVP takes one
 * forward pass per input; a JVP from a VJP one reverse pass per output), and every
 * {@link Differentiable} method that calls {@code logGamma} uses them. Give both modes, each with
 * its own annotation, to avoid the extra passes. Parameters are differentiable exactly as for
 * {@code @Differentiable}: every {@code double}, {@code double[]} parameter of the primal that is
 * not {@link NoDerivative}.
 *
 * <p>A derivative whose signature does not match is a compile error, never silently ignored; so
 * is a call, on the path from a differentiable input to the result, of a method that has neither
 * {@code @Differentiable} nor {@code @DerivativeOf}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DerivativeOf {
  /** The name of the primal method, declared in the same class and not overloaded. */
  String value();
}
