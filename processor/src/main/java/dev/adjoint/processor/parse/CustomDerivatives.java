package dev.adjoint.processor.parse;

import dev.adjoint.DerivativeOf;
import dev.adjoint.Differentiable;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads and checks {@code @DerivativeOf} methods: the primal they name must exist once in the
 * same class, and their signature must be exactly the forward-mode or reverse-mode signature
 * Adjoint would generate for it. A mismatch is an error at the derivative, never ignored.
 */
public final class CustomDerivatives {

  /** Which mode a user-supplied derivative is. */
  public enum Mode {
    JVP,
    VJP
  }

  /** A checked user-supplied derivative of {@code primal}. */
  public record Custom(ExecutableElement primal, ExecutableElement derivative, Mode mode,
      List<Boolean> differentiable, List<Type> paramTypes, Type resultType) {}

  private final Reporter reporter;

  public CustomDerivatives(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether some method of {@code primal}'s class declares itself its derivative. */
  static boolean hasDerivative(ExecutableElement primal) {
    TypeElement owner = (TypeElement) primal.getEnclosingElement();
    return ElementFilter.methodsIn(owner.getEnclosedElements()).stream()
        .map(m -> m.getAnnotation(DerivativeOf.class))
        .anyMatch(d -> d != null && d.value().contentEquals(primal.getSimpleName()));
  }

  /** The checked derivative, or empty after reporting why it is wrong. */
  public Optional<Custom> read(ExecutableElement derivative) {
    String name = derivative.getAnnotation(DerivativeOf.class).value();
    TypeElement owner = (TypeElement) derivative.getEnclosingElement();
    List<ExecutableElement> primals = ElementFilter.methodsIn(owner.getEnclosedElements())
        .stream().filter(m -> m.getSimpleName().contentEquals(name)).toList();
    if (primals.isEmpty()) {
      return fail(derivative, "there is no method '" + name + "' in " + owner.getSimpleName()
          + "; @DerivativeOf names a method of the same class");
    }
    if (primals.size() > 1) {
      return fail(derivative, "'" + name + "' is overloaded, so @DerivativeOf(\"" + name
          + "\") is ambiguous; give the overloads different names");
    }
    ExecutableElement primal = primals.get(0);
    if (primal.getAnnotation(Differentiable.class) != null) {
      return fail(derivative, name + " is @Differentiable, so Adjoint derives it from its"
          + " body; remove @Differentiable or this @DerivativeOf");
    }
    if (!primal.getModifiers().contains(Modifier.STATIC)
        || !derivative.getModifiers().contains(Modifier.STATIC)) {
      return fail(derivative, "both " + name + " and its derivative must be static");
    }
    if (primal.getModifiers().contains(Modifier.PRIVATE)
        || derivative.getModifiers().contains(Modifier.PRIVATE)) {
      return fail(derivative, "the generated class calls " + name + " and its derivative, so"
          + " neither may be private");
    }
    List<Type> params = new ArrayList<>();
    List<Boolean> differentiable = new ArrayList<>();
    for (VariableElement p : primal.getParameters()) {
      Optional<Type> t = Symbols.typeOf(p.asType());
      if (t.isEmpty() || t.get() == Type.DOUBLE_MATRIX) {
        return fail(derivative, name + "'s parameter '" + p.getSimpleName() + "' has type "
            + p.asType() + "; custom derivatives support double, double[], int, long and"
            + " boolean parameters");
      }
      params.add(t.get());
      differentiable.add(t.get().isDifferentiable()
          && p.getAnnotation(dev.adjoint.NoDerivative.class) == null);
    }
    Optional<Type> result = Symbols.typeOf(primal.getReturnType());
    if (result.isEmpty() || !(result.get() == Type.DOUBLE || result.get() == Type.DOUBLE_ARRAY)) {
      return fail(derivative, name + " returns " + primal.getReturnType() + "; custom"
          + " derivatives support methods returning double or double[]");
    }
    List<Type> jvp = new ArrayList<>();
    List<Type> vjp = new ArrayList<>(params);
    vjp.add(result.get());
    for (int i = 0; i < params.size(); i++) {
      jvp.add(params.get(i));
      if (differentiable.get(i)) {
        jvp.add(params.get(i));
        vjp.add(Type.DOUBLE_ARRAY);
      }
    }
    List<Type> actual = new ArrayList<>();
    for (VariableElement p : derivative.getParameters()) {
      actual.add(Symbols.typeOf(p.asType()).orElse(null));
    }
    Optional<Type> returns = Symbols.typeOf(derivative.getReturnType());
    boolean returnsOk = returns.isPresent() && returns.get() == result.get();
    Mode mode = returnsOk && actual.equals(jvp) ? Mode.JVP
        : returnsOk && actual.equals(vjp) ? Mode.VJP : null;
    if (mode == null) {
      return fail(derivative, "this signature matches neither mode of " + name + ". Forward"
          + " mode (JVP): " + signature(result.get(), jvp) + "; reverse mode (VJP), which adds"
          + " into the accumulators and returns the value: " + signature(result.get(), vjp));
    }
    return Optional.of(new Custom(primal, derivative, mode, differentiable, params,
        result.get()));
  }

  private static String signature(Type result, List<Type> params) {
    return result.javaName() + " (" + String.join(", ", params.stream().map(Type::javaName)
        .toList()) + ")";
  }

  private Optional<Custom> fail(ExecutableElement derivative, String message) {
    AnnotationMirror mirror = derivative.getAnnotationMirrors().stream()
        .filter(a -> a.getAnnotationType().toString().equals(DerivativeOf.class.getName()))
        .findFirst().orElse(null);
    AnnotationValue value = mirror == null ? null : mirror.getElementValues().values().stream()
        .findFirst().orElse(null);
    if (mirror != null) {
      reporter.error(Problem.BAD_DERIVATIVE, derivative, mirror, value, message);
    } else {
      reporter.error(Problem.BAD_DERIVATIVE, derivative, message);
    }
    return Optional.empty();
  }
}
