package dev.adjoint.processor.parse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import dev.adjoint.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves the names a method body uses without javac's attribution (bodies are not attributed
 * while processors run): type names through the enclosing classes, imports, the package and
 * {@code java.lang}; fields; and overloads of {@code Math}/{@code StrictMath} methods, from the
 * declared types alone.
 */
final class Symbols {
  static final List<String> MATH_CLASSES =
      List.of("java.lang.Math", "java.lang.StrictMath", "dev.adjoint.AdjointMath",
          "org.hipparchus.util.FastMath", "org.apache.commons.math3.util.FastMath");

  private final Elements elements;
  private final CompilationUnitTree unit;
  private final TypeElement enclosing;

  Symbols(Elements elements, CompilationUnitTree unit, TypeElement enclosing) {
    this.elements = elements;
    this.unit = unit;
    this.enclosing = enclosing;
  }

  TypeElement enclosing() {
    return enclosing;
  }

  /** The class a qualifier such as {@code Math}, {@code Outer.Inner} or {@code a.b.C} names. */
  Optional<TypeElement> resolveType(ExpressionTree tree) {
    if (tree instanceof IdentifierTree id) {
      return resolveSimpleType(id.getName().toString());
    }
    if (tree instanceof MemberSelectTree select) {
      String name = select.getIdentifier().toString();
      Optional<TypeElement> outer = resolveType(select.getExpression());
      if (outer.isPresent()) {
        return memberType(outer.get(), name);
      }
      return Optional.ofNullable(elements.getTypeElement(select.toString()));
    }
    return Optional.empty();
  }

  private Optional<TypeElement> resolveSimpleType(String name) {
    for (Element e = enclosing; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getSimpleName().contentEquals(name)) {
        return Optional.of(t);
      }
      Optional<TypeElement> member = memberType(t, name);
      if (member.isPresent()) {
        return member;
      }
    }
    for (ImportTree imp : unit.getImports()) {
      if (!imp.isStatic() && imp.getQualifiedIdentifier() instanceof MemberSelectTree q
          && q.getIdentifier().contentEquals(name)) {
        return Optional.ofNullable(elements.getTypeElement(q.toString()));
      }
    }
    PackageElement pkg = elements.getPackageOf(enclosing);
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
    TypeElement samePackage = elements.getTypeElement(prefix + name);
    if (samePackage != null) {
      return Optional.of(samePackage);
    }
    for (ImportTree imp : unit.getImports()) {
      if (!imp.isStatic() && imp.getQualifiedIdentifier() instanceof MemberSelectTree q
          && q.getIdentifier().contentEquals("*")) {
        TypeElement t = elements.getTypeElement(q.getExpression() + "." + name);
        if (t != null) {
          return Optional.of(t);
        }
      }
    }
    return Optional.ofNullable(elements.getTypeElement("java.lang." + name));
  }

  private static Optional<TypeElement> memberType(TypeElement owner, String name) {
    return ElementFilter.typesIn(owner.getEnclosedElements()).stream()
        .filter(t -> t.getSimpleName().contentEquals(name))
        .findFirst();
  }

  /** A field visible by simple name: declared in an enclosing class or statically imported. */
  Optional<VariableElement> resolveField(String name) {
    for (Element e = enclosing; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      Optional<VariableElement> f = field(t, name);
      if (f.isPresent()) {
        return f;
      }
    }
    for (TypeElement owner : staticImportOwners(name)) {
      Optional<VariableElement> f = field(owner, name);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /**
   * The field {@code name} of {@code owner}: declared there, or inherited from a superclass or an
   * interface (a problem class reading the sizes its abstract base holds).
   */
  Optional<VariableElement> field(TypeElement owner, String name) {
    Optional<VariableElement> declared = ElementFilter.fieldsIn(owner.getEnclosedElements())
        .stream().filter(f -> f.getSimpleName().contentEquals(name)).findFirst();
    if (declared.isPresent()) {
      return declared;
    }
    return ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
        .filter(f -> f.getSimpleName().contentEquals(name))
        .findFirst();
  }

  /** The direct superclass of {@code t}, if it has one besides {@code Object}. */
  Optional<TypeElement> superclass(TypeElement t) {
    if (t.getSuperclass() instanceof javax.lang.model.type.DeclaredType d
        && d.asElement() instanceof TypeElement s
        && !s.getQualifiedName().contentEquals("java.lang.Object")) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The classes whose static member {@code name} is imported (single or on demand). */
  List<TypeElement> staticImportOwners(String name) {
    List<TypeElement> owners = new ArrayList<>();
    for (ImportTree imp : unit.getImports()) {
      if (imp.isStatic() && imp.getQualifiedIdentifier() instanceof MemberSelectTree q) {
        String member = q.getIdentifier().toString();
        if (member.equals(name) || member.equals("*")) {
          TypeElement owner = elements.getTypeElement(q.getExpression().toString());
          if (owner != null) {
            owners.add(owner);
          }
        }
      }
    }
    return owners;
  }

  /**
   * Whether {@code call} calls a function of a math class ({@code AdjointMath.sum(a)},
   * {@code Math.abs(x)}), all of which only read their arguments.
   */
  boolean callsMathClass(com.sun.source.tree.MethodInvocationTree call) {
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      return resolveType(select.getExpression()).map(Symbols::isMathClass).orElse(false);
    }
    if (call.getMethodSelect() instanceof IdentifierTree id) {
      return staticImportOwners(id.getName().toString()).stream().anyMatch(Symbols::isMathClass);
    }
    return false;
  }

  static boolean isMathClass(TypeElement t) {
    return MATH_CLASSES.contains(t.getQualifiedName().toString());
  }

  /**
   * The overload of {@code owner.name} that Java would pick for arguments of these types: an exact
   * match first, then the most specific one reachable by widening. Float overloads never apply,
   * since Adjoint's expressions have no float type.
   */
  Optional<ExecutableElement> resolveStaticMethod(TypeElement owner, String name, List<Type> args) {
    List<ExecutableElement> applicable = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!m.getSimpleName().contentEquals(name)
          || !m.getModifiers().contains(Modifier.STATIC)
          || !m.getModifiers().contains(Modifier.PUBLIC)
          || m.getParameters().size() != args.size()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < args.size() && ok; i++) {
        ok = widensTo(args.get(i), m.getParameters().get(i).asType());
      }
      if (ok) {
        applicable.add(m);
      }
    }
    ExecutableElement best = null;
    for (ExecutableElement m : applicable) {
      if (best == null || moreSpecific(m, best)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean moreSpecific(ExecutableElement a, ExecutableElement b) {
    for (int i = 0; i < a.getParameters().size(); i++) {
      if (rank(a.getParameters().get(i).asType()) > rank(b.getParameters().get(i).asType())) {
        return false;
      }
    }
    return true;
  }

  private static boolean widensTo(Type from, TypeMirror to) {
    int target = rank(to);
    return switch (from) {
      case BOOLEAN -> to.getKind() == TypeKind.BOOLEAN;
      case INT -> target >= 1 && target != 3;
      case LONG -> target >= 2 && target != 3;
      case DOUBLE -> target == 4;
      case DOUBLE_ARRAY, DOUBLE_MATRIX -> typeOf(to).orElse(null) == from;
      // an enum, String or char passed on to a method that switches on it too; javac has
      // already checked that the types agree
      case OBJECT -> passThroughTypeOf(to).isPresent();
      default -> false;
    };
  }

  // int < long < (float, never chosen) < double; 0 for anything else.
  private static int rank(TypeMirror t) {
    return switch (t.getKind()) {
      case INT -> 1;
      case LONG -> 2;
      case FLOAT -> 3;
      case DOUBLE -> 4;
      default -> 0;
    };
  }

  /** The IR type of a primitive type mirror, if Adjoint supports it. */
  static Optional<Type> typeOf(TypeMirror t) {
    return switch (t.getKind()) {
      case DOUBLE -> Optional.of(Type.DOUBLE);
      case INT -> Optional.of(Type.INT);
      case LONG -> Optional.of(Type.LONG);
      case BOOLEAN -> Optional.of(Type.BOOLEAN);
      case ARRAY -> arrayTypeOf(((javax.lang.model.type.ArrayType) t).getComponentType());
      default -> Optional.empty();
    };
  }

  /**
   * For a type Adjoint passes through without modelling it, its Java name: {@code char}, or the
   * qualified name of {@code String} or of an enum. Such values are only compared: the selector of
   * a {@code switch}.
   */
  static Optional<String> passThroughTypeOf(TypeMirror t) {
    if (t.getKind() == TypeKind.CHAR) {
      return Optional.of("char");
    }
    if (t instanceof javax.lang.model.type.DeclaredType d
        && d.asElement() instanceof TypeElement e
        && (e.getKind() == ElementKind.ENUM
            || e.getQualifiedName().contentEquals("java.lang.String"))) {
      return Optional.of(e.getQualifiedName().toString());
    }
    return Optional.empty();
  }

  private static Optional<Type> arrayTypeOf(TypeMirror component) {
    switch (component.getKind()) {
      case DOUBLE:
        return Optional.of(Type.DOUBLE_ARRAY);
      case INT:
        return Optional.of(Type.INT_ARRAY); // labels, counts, index tables: read-only data
      case LONG:
        return Optional.of(Type.LONG_ARRAY);
      case BOOLEAN:
        return Optional.of(Type.BOOLEAN_ARRAY);
      default:
        break;
    }
    if (component.getKind() == TypeKind.ARRAY
        && ((javax.lang.model.type.ArrayType) component).getComponentType().getKind()
            == TypeKind.DOUBLE) {
      return Optional.of(Type.DOUBLE_MATRIX);
    }
    return Optional.empty();
  }

  /** The enclosing classes, innermost first, that declare a method called {@code name}. */
  List<TypeElement> enclosingOwnersOf(String name) {
    List<TypeElement> out = new ArrayList<>();
    for (Element e = enclosing; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (ElementFilter.methodsIn(t.getEnclosedElements()).stream()
          .anyMatch(m -> m.getSimpleName().contentEquals(name))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The method a simple name calls from the method's class: the innermost enclosing class that
   * declares or inherits a method of that name, and that method (the first overload; they share
   * their owner and, in a statement that only calls, how it is spelled).
   */
  Optional<ExecutableElement> enclosingMethodNamed(String name) {
    for (Element e = enclosing; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      Optional<ExecutableElement> m = ElementFilter.methodsIn(elements.getAllMembers(t)).stream()
          .filter(x -> x.getSimpleName().contentEquals(name)).findFirst();
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Kind.LINEAR} as the generated code spells it, for the constant {@code name} of the enum
   * {@code enumName} (qualified); empty if there is none or the companion cannot name it.
   */
  Optional<String> enumConstant(String enumName, String name) {
    TypeElement e = elements.getTypeElement(enumName);
    if (e == null || !accessibleFromCompanion(e) || e.getEnclosedElements().stream().noneMatch(
        c -> c.getKind() == ElementKind.ENUM_CONSTANT && c.getSimpleName().contentEquals(name))) {
      return Optional.empty();
    }
    return Optional.of(nameFrom(e) + "." + name);
  }

  /** Whether {@code m} is a member of the method's own class, declared or inherited. */
  boolean isMemberOfEnclosing(ExecutableElement m) {
    return elements.getAllMembers(enclosing).contains(m);
  }

  /** Like {@link #resolveStaticMethod}, for any method of a user's class, static or not. */
  Optional<ExecutableElement> resolveMethod(TypeElement owner, String name, List<Type> args) {
    ExecutableElement best = null;
    for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!m.getSimpleName().contentEquals(name) || m.getParameters().size() != args.size()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < args.size() && ok; i++) {
        ok = widensTo(args.get(i), m.getParameters().get(i).asType());
      }
      if (ok && (best == null || moreSpecific(m, best))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code Outer_InnerDerivatives}: the simple name of a class's companion. */
  static String companionSimpleName(TypeElement owner) {
    StringBuilder name = new StringBuilder(owner.getSimpleName());
    for (Element e = owner.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name + "Derivatives";
  }

  /** The companion of {@code owner} as generated code in this class's package names it. */
  String companionOf(TypeElement owner) {
    PackageElement pkg = elements.getPackageOf(owner);
    if (pkg.equals(elements.getPackageOf(enclosing)) || pkg.isUnnamed()) {
      return companionSimpleName(owner);
    }
    return pkg.getQualifiedName() + "." + companionSimpleName(owner);
  }

  /** Whether the generated companion (in the enclosing class's package) can read {@code f}. */
  boolean accessibleFromCompanion(Element f) {
    if (f.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (f.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return elements.getPackageOf(f).equals(elements.getPackageOf(enclosing));
  }

  /** The name generated code uses for {@code t}: simple within the package, else qualified. */
  String nameFrom(TypeElement t) {
    PackageElement pkg = elements.getPackageOf(t);
    if (!pkg.equals(elements.getPackageOf(enclosing))
        && !pkg.getQualifiedName().contentEquals("java.lang")) {
      return t.getQualifiedName().toString();
    }
    StringBuilder name = new StringBuilder(t.getSimpleName());
    for (Element e = t.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + ".");
    }
    return name.toString();
  }
}
