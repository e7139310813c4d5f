package dev.adjoint.processor.parse;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import dev.adjoint.processor.diag.AbortMethod;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @Differentiable} method: checks its signature and annotation, decides which
 * parameters are differentiable, and lowers its body to IR. Every problem is reported at the
 * exact tree; the method is then abandoned with {@link AbortMethod}.
 */
public final class MethodReader {
  private final Trees trees;
  private final Elements elements;
  private final Reporter reporter;

  public MethodReader(Trees trees, Elements elements, Reporter reporter) {
    this.trees = trees;
    this.elements = elements;
    this.reporter = reporter;
  }

  public Function read(ExecutableElement method) {
    TreePath path = trees.getPath(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree)) {
      reporter.error(Problem.NO_BODY, method, "Adjoint needs the source of "
          + method.getSimpleName() + " to differentiate it; compile it from source");
      throw new AbortMethod();
    }
    Source source = new Source(trees, path.getCompilationUnit());
    int errorsBefore = reporter.errorCount();
    checkSignature(method, tree, source);
    Set<String> wrt = wrtNames(method, tree, source);

    Scope scope = new Scope();
    List<Function.Param> params = new ArrayList<>();
    boolean anyDifferentiable = false;
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      // an instance method: the receiver comes first, and its fields are constants of the call
      Var receiver = new Var("self", Type.OBJECT, Var.Kind.PARAM);
      scope.declare("this", receiver);
      params.add(new Function.Param(receiver, false));
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      VariableTree pt = tree.getParameters().get(i);
      Optional<Type> type = Symbols.typeOf(p.asType());
      String name = p.getSimpleName().toString();
      Optional<String> passedThrough = Symbols.passThroughTypeOf(p.asType());
      if (type.isEmpty() && passedThrough.isPresent()) {
        // an enum, String or char that selects a case: passed through, never differentiated
        if (p.asType() instanceof javax.lang.model.type.DeclaredType d
            && d.asElement().getModifiers().contains(Modifier.PRIVATE)) {
          reporter.error(Problem.UNSUPPORTED_TYPE, pt.getType(), source.unit(), "parameter '"
              + name + "' has the private type " + d.asElement().getSimpleName() + ", which"
              + " the generated class cannot name; make it package-private");
          continue;
        }
        Var var = new Var(name, Type.OBJECT, Var.Kind.PARAM, passedThrough.get());
        scope.declare(name, var);
        params.add(new Function.Param(var, false));
        continue;
      }
      if (type.isEmpty()) {
        reporter.error(Problem.UNSUPPORTED_TYPE, pt.getType(), source.unit(), "parameter '"
            + p.getSimpleName() + "' has type " + p.asType() + "; @Differentiable methods take"
            + " double, double[], double[][], int, long, boolean and int[], long[], boolean[]"
            + " parameters, and enum, String and char parameters to switch on");
        continue;
      }
      boolean differentiable = type.get().isDifferentiable()
          && p.getAnnotation(NoDerivative.class) == null
          && (wrt.isEmpty() || wrt.contains(name));
      anyDifferentiable |= differentiable;
      Var var = new Var(name, type.get(), Var.Kind.PARAM);
      scope.declare(name, var);
      params.add(new Function.Param(var, differentiable));
    }
    for (String name : new java.util.LinkedHashSet<>(
        Arrays.asList(method.getAnnotation(Differentiable.class).wrt()))) { // in wrt's order
      Optional<VariableElement> named = wrtField(method, name);
      if (method.getParameters().stream().noneMatch(v -> v.getSimpleName().contentEquals(name))
          && named.isPresent()) {
        VariableElement field = named.get();
        Var var = new Var(name, Symbols.typeOf(field.asType()).orElseThrow(), Var.Kind.PARAM);
        scope.declareField(name, var);
        params.add(new Function.Param(var, true, true));
        anyDifferentiable = true;
      }
    }
    if (!anyDifferentiable && reporter.errorCount() == errorsBefore) {
      reporter.error(Problem.NO_DIFFERENTIABLE_PARAMETER, tree, source.unit(), "method "
          + method.getSimpleName() + " has no parameter to differentiate: give it a double"
          + " parameter that is not @NoDerivative");
    }
    if (reporter.errorCount() > errorsBefore) {
      throw new AbortMethod();
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    Symbols symbols = new Symbols(elements, source.unit(), owner);
    Type resultType = Symbols.typeOf(method.getReturnType()).orElse(Type.DOUBLE);
    StatementLowering lowering = new StatementLowering(scope, symbols, source, reporter,
        resultType, this::reachable);
    Block body = lowering.body(tree.getBody(), tree);
    body = ExitLowering.apply(body, resultType);
    if (reporter.errorCount() > errorsBefore) {
      throw new AbortMethod();
    }
    return new Function(method.getSimpleName().toString(), symbols.nameFrom(owner),
        source.fileName(), params, resultType, body, lowering.constants());
  }

  private static boolean differentiableMatrix(ExecutableElement method) {
    List<Boolean> flags = differentiableFlags(method);
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i) && Symbols.typeOf(method.getParameters().get(i).asType()).orElse(null)
          == Type.DOUBLE_MATRIX) {
        return true;
      }
    }
    return false;
  }

  /** A callee's derivatives are reachable: from source now, or an existing companion class. */
  private boolean reachable(ExecutableElement callee) {
    if (trees.getTree(callee) != null) {
      return true;
    }
    TypeElement owner = (TypeElement) callee.getEnclosingElement();
    String companion = elements.getPackageOf(owner).getQualifiedName() + "."
        + Symbols.companionSimpleName(owner);
    return elements.getTypeElement(companion.startsWith(".") ? companion.substring(1)
        : companion) != null;
  }

  /**
   * For each parameter of a {@code @Differentiable} method, whether its generated API gives it a
   * tangent and an accumulator: a double, double[] or double[][] parameter that is not
   * {@code @NoDerivative} and, when {@code wrt} is given, is named there.
   */
  public static List<Boolean> differentiableFlags(ExecutableElement method) {
    Differentiable d = method.getAnnotation(Differentiable.class);
    Set<String> wrt = d == null ? Set.of() : new TreeSet<>(Arrays.asList(d.wrt()));
    List<Boolean> flags = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      flags.add(Symbols.typeOf(p.asType()).map(Type::isDifferentiable).orElse(false)
          && p.getAnnotation(NoDerivative.class) == null
          && (wrt.isEmpty() || wrt.contains(p.getSimpleName().toString())));
    }
    return flags;
  }

  private void checkSignature(ExecutableElement method, MethodTree tree, Source source) {
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.NATIVE)
        || tree.getBody() == null) {
      reporter.error(Problem.NO_BODY, tree, source.unit(), "method " + method.getSimpleName()
          + " has no body to differentiate; @Differentiable goes on a method with a body");
      throw new AbortMethod();
    }
    if (!modifiers.contains(Modifier.STATIC)
        && ((TypeElement) method.getEnclosingElement()).getKind().isInterface()) {
      reporter.error(Problem.NOT_STATIC, tree, source.unit(), "method " + method.getSimpleName()
          + " is a default method of an interface; make it static");
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(Problem.UNSUPPORTED, tree.getTypeParameters().get(0), source.unit(),
          "generic @Differentiable methods are not supported; remove the type parameter");
    }
    Optional<Type> result = Symbols.typeOf(method.getReturnType());
    if (result.isEmpty() || !result.get().isDifferentiable()) {
      reporter.error(Problem.UNSUPPORTED_TYPE, tree.getReturnType(), source.unit(), "method "
          + method.getSimpleName() + " returns " + method.getReturnType()
          + "; a @Differentiable method must return double, double[] or double[][], an array as"
          + " a local it builds (double[] y = new double[n]; ... return y;)");
    }
    AnnotationMirror annotation = annotation(method);
    Differentiable d = method.getAnnotation(Differentiable.class);
    if (d.order() != 1 && d.order() != 2) {
      reporter.error(Problem.UNSUPPORTED, method, annotation, value(annotation, "order"),
          "order = " + d.order() + " is not supported yet; Adjoint generates first derivatives"
              + " (order = 1) and Hessians (order = 2)");
    } else if (d.order() == 2 && (result.isEmpty() || result.get() != Type.DOUBLE)) {
      reporter.error(Problem.UNSUPPORTED, method, annotation, value(annotation, "order"),
          "order = 2 needs a method returning double: the Hessian of a scalar function");
    } else if (d.order() == 2 && differentiableMatrix(method)) {
      reporter.error(Problem.UNSUPPORTED, method, annotation, value(annotation, "order"),
          "order = 2 supports double and double[] parameters; flatten the double[][]"
              + " parameter");
    }
  }

  private Set<String> wrtNames(ExecutableElement method, MethodTree tree, Source source) {
    Differentiable d = method.getAnnotation(Differentiable.class);
    Set<String> names = new TreeSet<>(Arrays.asList(d.wrt()));
    if (names.isEmpty()) {
      return names;
    }
    AnnotationMirror annotation = annotation(method);
    AnnotationValue value = value(annotation, "wrt");
    for (String name : d.wrt()) {
      AnnotationValue element = element(value, name);
      Optional<? extends VariableElement> p = method.getParameters().stream()
          .filter(v -> v.getSimpleName().contentEquals(name)).findFirst();
      if (p.isEmpty() && wrtField(method, name).isPresent()) {
        VariableElement field = wrtField(method, name).get();
        if (d.order() == 2) {
          reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names the field '"
              + name + "', which order = 2 does not support yet; pass it as a parameter");
        } else if (!Symbols.typeOf(field.asType()).map(Type::isDifferentiable).orElse(false)) {
          reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names the field '"
              + name + "', which has type " + field.asType() + "; only double, double[] and"
              + " double[][] fields can be differentiated");
        } else if (field.getModifiers().contains(Modifier.PRIVATE)) {
          reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names the field '"
              + name + "', which is private, so the generated class cannot read it; make it"
              + " package-private");
        }
      } else if (p.isEmpty()) {
        reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names '" + name
            + "', which is not a parameter of " + method.getSimpleName()
            + (method.getModifiers().contains(Modifier.STATIC) ? "" : " nor a field of its class")
            + "; name one of its double parameters");
      } else if (!Symbols.typeOf(p.get().asType()).map(Type::isDifferentiable).orElse(false)) {
        reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names '" + name
            + "', which has type " + p.get().asType() + "; only double parameters can be"
            + " differentiated");
      } else if (p.get().getAnnotation(NoDerivative.class) != null) {
        reporter.error(Problem.BAD_WRT, method, annotation, element, "wrt names '" + name
            + "', which is marked @NoDerivative; remove one of the two");
      }
    }
    return names;
  }

  /** The instance field {@code name} of an instance method's class or its superclasses. */
  private Optional<VariableElement> wrtField(ExecutableElement method, String name) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return javax.lang.model.util.ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
        .filter(f -> f.getSimpleName().contentEquals(name)
            && !f.getModifiers().contains(Modifier.STATIC))
        .map(VariableElement.class::cast).findFirst();
  }

  /** The entry of an array-valued annotation value that holds {@code name}, for its position. */
  private static AnnotationValue element(AnnotationValue array, String name) {
    if (array != null && array.getValue() instanceof List<?> entries) {
      for (Object entry : entries) {
        if (entry instanceof AnnotationValue v && name.equals(v.getValue())) {
          return v;
        }
      }
    }
    return array;
  }

  private static AnnotationMirror annotation(ExecutableElement method) {
    for (AnnotationMirror m : method.getAnnotationMirrors()) {
      if (m.getAnnotationType().toString().equals(Differentiable.class.getCanonicalName())) {
        return m;
      }
    }
    return null;
  }

  private static AnnotationValue value(AnnotationMirror annotation, String name) {
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : annotation.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
