package dev.adjoint.processor.parse;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.FieldRef;
import dev.adjoint.processor.ir.Member;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.TypeRef;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Lowers a statement that acts only through its effect ({@code throw}, {@code assert}, a call that
 * only reads its arguments) to an {@link Effect}: the user's text, with every name in it made to
 * mean the same in the companion. A local or parameter becomes a hole filled with its generated
 * name; a field, a type or a method of the user's class is spelled so that the companion reaches
 * it. What the companion cannot reach, or what could change a value the derivatives depend on, is
 * a positioned error.
 */
final class EffectLowering {
  private final Scope scope;
  private final Symbols symbols;
  private final Source source;
  private final Reporter reporter;
  private final ExpressionLowering expressions;

  EffectLowering(Scope scope, Symbols symbols, Source source, Reporter reporter,
      ExpressionLowering expressions) {
    this.scope = scope;
    this.symbols = symbols;
    this.source = source;
    this.reporter = reporter;
    this.expressions = expressions;
  }

  /**
   * One replacement in the statement's text: the characters [start, end) become {@code value}, an
   * expression, a text, or a list of both.
   */
  private record Hole(long end, Object value) {}

  /** The effect, or empty after reporting why it cannot be kept. */
  Optional<Effect> lower(StatementTree statement) {
    TreeMap<Long, Hole> holes = new TreeMap<>();
    int errorsBefore = reporter.errorCount();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        name(id, holes);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        if (select.getExpression() instanceof IdentifierTree id
            && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
          // this.scale, super.scale: a field of the receiver
          replace(select, expressions.lower(select), holes);
          return null;
        }
        return super.visitMemberSelect(select, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (symbols.callsMathClass(call)) {
          return super.visitMethodInvocation(call, unused); // AdjointMath.sum(a) only reads a
        }
        for (Tree arg : call.getArguments()) {
          if (arg instanceof IdentifierTree id && scope.lookup(id.getName().toString()) != null
              && scope.lookup(id.getName().toString()).type().isArray()
              && scope.lookup(id.getName().toString()).kind() != Var.Kind.PARAM) {
            error(arg, "Adjoint cannot see whether this call writes into the local array '"
                + id.getName() + "', and its derivatives would miss such a write; copy or fill it"
                + " with a loop, Arrays.fill or System.arraycopy instead");
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        error(lambda, "a lambda in a statement Adjoint copies into the generated code is not"
            + " supported; build the message without one");
        return null;
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree ref, Void unused) {
        error(ref, "a method reference in a statement Adjoint copies into the generated code is"
            + " not supported; build the message without one");
        return null;
      }

      @Override
      public Void visitAssignment(AssignmentTree a, Void unused) {
        error(a, "an assignment inside this statement would change a value behind the"
            + " derivatives' back; write it as a statement of its own");
        return null;
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree a, Void unused) {
        error(a, "an assignment inside this statement would change a value behind the"
            + " derivatives' back; write it as a statement of its own");
        return null;
      }

      @Override
      public Void visitUnary(UnaryTree u, Void unused) {
        if (u.getKind().name().contains("CREMENT")) {
          error(u, "an increment inside this statement would change a value behind the"
              + " derivatives' back; write it as a statement of its own");
          return null;
        }
        return super.visitUnary(u, unused);
      }

      @Override
      public Void visitLiteral(LiteralTree l, Void unused) {
        if (source.text(l).startsWith("\"\"\"")) {
          error(l, "a text block in a statement Adjoint copies into the generated code is not"
              + " supported; write an ordinary string literal");
        }
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree n, Void unused) {
        if (n.getClassBody() != null) {
          error(n, "an anonymous class in a statement Adjoint copies into the generated code is"
              + " not supported; create an object of a named class");
          return null;
        }
        return super.visitNewClass(n, unused);
      }
    }.scan(statement, null);
    if (reporter.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(effect(statement, holes));
  }

  /** What a simple name in the statement means, spelled for the companion. */
  private void name(IdentifierTree id, TreeMap<Long, Hole> holes) {
    String name = id.getName().toString();
    Var v = scope.lookup(name);
    if (v != null) {
      replace(id, new Ref(v), holes); // includes this, the receiver
      return;
    }
    if (scope.alias(name) != null) {
      replace(id, scope.alias(name), holes);
      return;
    }
    Optional<VariableElement> field = symbols.resolveField(name);
    if (field.isPresent()) {
      field(id, field.get(), holes);
      return;
    }
    Optional<TypeElement> type = symbols.resolveType(id);
    if (type.isPresent()) {
      // the companion has none of the user's imports: it imports the class itself
      replace(id, new TypeRef(symbols.nameFrom(type.get()), source.pos(id)), holes);
      return;
    }
    Optional<ExecutableElement> method = symbols.enclosingMethodNamed(name);
    if (method.isPresent()) {
      method(id, method.get(), holes);
    }
    // anything else (a package name, a label) means the same in the companion
  }

  /** A call by simple name: of the receiver ({@code self.check}) or static ({@code Base.check}). */
  private void method(IdentifierTree id, ExecutableElement m, TreeMap<Long, Hole> holes) {
    String name = m.getSimpleName().toString();
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (!symbols.accessibleFromCompanion(m) || !symbols.accessibleFromCompanion(owner)) {
      error(id, "the generated code runs this statement too, but cannot call '" + name + "',"
          + (m.getModifiers().contains(Modifier.PRIVATE)
              ? " which is private; make it package-private"
              : " which only subclasses of " + owner.getSimpleName() + " can reach; make it"
                  + " public")
          + ", or move the call out of the @Differentiable method");
    } else if (m.getModifiers().contains(Modifier.STATIC)) {
      replace(id, List.of(new TypeRef(symbols.nameFrom(owner), source.pos(id)), "." + name),
          holes);
    } else if (scope.lookup("this") != null && symbols.isMemberOfEnclosing(m)) {
      replace(id, new Member(new Ref(scope.lookup("this")), name, Type.OBJECT, source.pos(id)),
          holes);
    } else {
      error(id, "'" + name + "' is an instance method of " + owner.getSimpleName() + ", which"
          + " this method has no object of; make it static");
    }
  }

  private void field(IdentifierTree id, VariableElement f, TreeMap<Long, Hole> holes) {
    String name = f.getSimpleName().toString();
    TypeElement owner = (TypeElement) f.getEnclosingElement();
    boolean isStatic = f.getModifiers().contains(Modifier.STATIC);
    if (symbols.accessibleFromCompanion(f)) {
      Var receiver = scope.lookup("this");
      if (isStatic) {
        replace(id, new FieldRef(symbols.nameFrom(owner) + "." + name, Type.OBJECT,
            source.pos(id)), holes);
      } else if (receiver != null) {
        replace(id, new Member(new Ref(receiver), name, Type.OBJECT, source.pos(id)), holes);
      } else {
        error(id, "'" + name + "' is an instance field, which a static method cannot read");
      }
      return;
    }
    if (isStatic && f.getModifiers().contains(Modifier.FINAL)
        && Symbols.typeOf(f.asType()).isPresent()) {
      replace(id, expressions.lower(id), holes); // a private constant: inlined or copied
      return;
    }
    error(id, "the generated code runs this statement too, but cannot reach the private field '"
        + name + "'; make it package-private, or move the statement out of the @Differentiable"
        + " method");
  }

  private void replace(Tree tree, Object value, TreeMap<Long, Hole> holes) {
    long start = source.startOf(tree);
    long end = source.endOf(tree);
    if (start >= 0 && end >= start) {
      holes.put(start, new Hole(end, value));
    }
  }

  private Effect effect(StatementTree statement, TreeMap<Long, Hole> holes) {
    long at = source.startOf(statement);
    List<String> text = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (var e : holes.entrySet()) {
      pending.append(source.between(at, e.getKey()));
      Object value = e.getValue().value();
      for (Object part : value instanceof List<?> parts ? parts : List.of(value)) {
        if (part instanceof Expr expr) {
          text.add(pending.toString());
          values.add(expr);
          pending.setLength(0);
        } else {
          pending.append(part);
        }
      }
      at = e.getValue().end();
    }
    pending.append(source.between(at, source.endOf(statement)));
    text.add(pending.toString());
    return new Effect(text, values, source.pos(statement));
  }

  private void error(Tree tree, String message) {
    reporter.error(Problem.UNSUPPORTED, tree, source.unit(), message);
  }
}
