package dev.adjoint.processor.parse;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import dev.adjoint.processor.diag.AbortMethod;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.FieldRef;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Member;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Lowers {@code switch} on an {@code int}, an enum, a {@code String} or a {@code char} to an
 * {@code if}/{@code else} chain on the selector, evaluated once ({@code kind == Kind.LINEAR},
 * {@code Objects.equals(name, "tanh")}, {@code op == '+'}): statements in both forms
 * ({@code case 1: ... break;} and {@code case 1, 2 -> ...}), and switch expressions yielding a
 * value, which assign it to the variable the statement declares or assigns. The chain is what
 * the analyses and both modes already know; the default case is its last {@code else}.
 *
 * <p>A case that falls through to the next one, or a {@code break} or {@code yield} other than a
 * case's last statement, is refused with a positioned error: each would need control flow the
 * chain does not have.
 */
final class SwitchLowering {
  private final Scope scope;
  private final Symbols symbols;
  private final ExpressionLowering expressions;
  private final Source source;
  private final Reporter reporter;
  private final CaseLowering lowerCase;
  private int selectors;

  /** Lowers one case as a nested block of its own. */
  interface CaseLowering {
    /**
     * @param value for a switch expression, the value the case gives {@code target} after its
     *     statements (in their scope); null for a switch statement
     */
    Block lower(CaseTree c, List<? extends StatementTree> stmts, ExpressionTree value,
        Var target);
  }

  SwitchLowering(Scope scope, Symbols symbols, ExpressionLowering expressions, Source source,
      Reporter reporter, CaseLowering lowerCase) {
    this.scope = scope;
    this.symbols = symbols;
    this.expressions = expressions;
    this.source = source;
    this.reporter = reporter;
    this.lowerCase = lowerCase;
  }

  /** A switch statement. */
  void statement(SwitchTree s, List<Stmt> out) {
    Selector key = selector(s.getExpression(), out);
    if (key == null) {
      throw new AbortMethod(); // without its cases, the method's ending would be misread too
    }
    List<Arm> arms = new ArrayList<>();
    List<Expr> pending = new ArrayList<>(); // case 1: case 2: share the next case's body
    boolean pendingDefault = false;
    List<? extends CaseTree> cases = s.getCases();
    for (int k = 0; k < cases.size(); k++) {
      CaseTree c = cases.get(k);
      boolean last = k + 1 == cases.size();
      pending.addAll(labels(c, key));
      pendingDefault |= c.getExpressions().isEmpty();
      List<? extends StatementTree> body;
      if (c.getCaseKind() == CaseTree.CaseKind.STATEMENT) {
        if (c.getStatements().isEmpty() && !last) {
          continue;
        }
        body = withoutFinalBreak(c, c.getStatements(), last);
      } else {
        body = c.getBody() instanceof BlockTree b ? b.getStatements()
            : c.getBody() instanceof StatementTree st ? List.of(st) : null;
        if (body == null) {
          error(c.getBody(), "a case of a switch statement runs a statement; write it as a"
              + " block { ...; }");
        }
      }
      if (body != null && checkExits(body)) {
        arms.add(new Arm(c, pendingDefault ? List.of() : List.copyOf(pending),
            lowerCase.lower(c, body, null, null)));
      }
      pending.clear();
      pendingDefault = false;
    }
    out.addAll(chain(key, arms));
  }

  /**
   * A switch expression whose value goes to {@code target}: each case assigns it, from its
   * expression or from the {@code yield} that ends its block.
   */
  void expression(SwitchExpressionTree s, Var target, List<Stmt> out) {
    Selector key = selector(s.getExpression(), out);
    if (key == null) {
      return;
    }
    List<Arm> arms = new ArrayList<>();
    for (CaseTree c : s.getCases()) {
      if (c.getCaseKind() != CaseTree.CaseKind.RULE) {
        error(c, "a switch expression is supported in the arrow form, case 1 -> value; write"
            + " each case with ->");
        return;
      }
      List<? extends StatementTree> stmts = List.of();
      ExpressionTree value = null;
      if (c.getBody() instanceof ExpressionTree e) {
        value = e;
      } else if (c.getBody() instanceof BlockTree b && !b.getStatements().isEmpty()
          && b.getStatements().get(b.getStatements().size() - 1) instanceof YieldTree y) {
        stmts = b.getStatements().subList(0, b.getStatements().size() - 1);
        value = y.getValue();
      } else if (c.getBody() instanceof ThrowTree t) {
        stmts = List.of(t);
      } else {
        error(c.getBody(), "each block of a switch expression must end with yield; end it with"
            + " yield value;");
        return;
      }
      if (!checkExits(stmts)) {
        return;
      }
      arms.add(new Arm(c, labels(c, key), lowerCase.lower(c, stmts, value, target)));
    }
    out.addAll(chain(key, arms));
  }

  /** One case: its labels (empty for default) and its body. */
  private record Arm(CaseTree tree, List<Expr> labels, Block body) {}

  /**
   * The value switched on: an int, or a value Adjoint passes through and only compares (an enum,
   * a {@code String}, a {@code char}), whose Java type is {@code declaredType}.
   */
  private record Selector(Expr key, String declaredType) {
    boolean isString() {
      return "java.lang.String".equals(declaredType);
    }
  }

  /**
   * The selector: an int, evaluated once into a local unless it is a variable or a literal; or an
   * enum, String or char parameter or field of the receiver. Java's switch throws on a null enum
   * or String, and so does the chain: it starts with {@code Objects.requireNonNull}.
   */
  private Selector selector(ExpressionTree tree, List<Stmt> out) {
    if (tree instanceof com.sun.source.tree.ParenthesizedTree p) {
      tree = p.getExpression(); // switch (n): the parentheses belong to the switch
    }
    int errorsBefore = reporter.errorCount();
    Selector passed = passedThrough(tree);
    if (reporter.errorCount() > errorsBefore) {
      return null;
    }
    if (passed != null) {
      if (!passed.declaredType().equals("char")) {
        out.add(new Effect(List.of("java.util.Objects.requireNonNull(", ");"),
            List.of(passed.key()), source.pos(tree)));
      }
      return passed;
    }
    Expr e = expressions.lower(tree);
    if (e.type() != Type.INT) {
      error(tree, "switch is supported on an int, and on an enum, String or char parameter or"
          + " field; this selector is a " + e.type().javaName() + ". Use if/else, or switch on"
          + " an int code");
      return null;
    }
    if (e instanceof Ref || e instanceof Literal) {
      return new Selector(e, null);
    }
    Var key = new Var(selectors++ == 0 ? "key" : "key" + selectors, Type.INT, Var.Kind.LOCAL);
    out.add(new Declare(key, e, source.pos(tree)));
    return new Selector(new Ref(key, source.pos(tree)), null);
  }

  /** An enum, String or char parameter, or such a field of the receiver; else null. */
  private Selector passedThrough(ExpressionTree tree) {
    Pos pos = source.pos(tree);
    Optional<VariableElement> field = Optional.empty();
    if (tree instanceof IdentifierTree id) {
      Var v = scope.lookup(id.getName().toString());
      if (v != null) {
        return v.declaredType() == null ? null : new Selector(new Ref(v, pos), v.declaredType());
      }
      field = symbols.resolveField(id.getName().toString());
    } else if (tree instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree id
        && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
      field = symbols.field(symbols.enclosing(), select.getIdentifier().toString());
    }
    Var receiver = scope.lookup("this");
    if (field.isEmpty() || field.get().getModifiers().contains(Modifier.STATIC)
        || receiver == null) {
      return null;
    }
    Optional<String> type = Symbols.passThroughTypeOf(field.get().asType());
    if (type.isEmpty()) {
      return null;
    }
    String name = field.get().getSimpleName().toString();
    if (!symbols.accessibleFromCompanion(field.get())) {
      error(tree, "the generated code switches on '" + name + "' too, but cannot read it: it is"
          + " private; make it package-private");
      return null;
    }
    return new Selector(new Member(new Ref(receiver, pos), name, Type.OBJECT, pos), type.get());
  }

  /** The case's labels: int constants, or the constants of the selector's enum, String or char. */
  private List<Expr> labels(CaseTree c, Selector key) {
    List<Expr> labels = new ArrayList<>();
    for (ExpressionTree label : c.getExpressions()) {
      if (key.declaredType() == null) {
        Expr e = expressions.lower(label);
        if (e.type() != Type.INT) {
          error(label, "a case label must be an int constant here");
        }
        labels.add(e);
      } else if (key.declaredType().equals("char") || key.isString()) {
        Class<?> kind = key.isString() ? String.class : Character.class;
        if (label instanceof LiteralTree l && kind.isInstance(l.getValue())) {
          labels.add(new Literal(Type.OBJECT, source.text(l), source.pos(label)));
        } else {
          error(label, "a case label of this switch must be a " + (key.isString()
              ? "string" : "char") + " literal; write the constant's value");
        }
      } else if (label instanceof IdentifierTree id) {
        Optional<String> constant =
            symbols.enumConstant(key.declaredType(), id.getName().toString());
        if (constant.isPresent()) {
          labels.add(new FieldRef(constant.get(), Type.OBJECT, source.pos(label)));
        } else {
          error(label, "the generated code cannot name the constant '" + id.getName() + "';"
              + " make its enum package-private or public");
        }
      } else {
        error(label, "a case label of this switch must be a constant of its enum");
      }
    }
    return labels;
  }

  /** A case's statements without its final {@code break}, or null if it falls through. */
  private List<? extends StatementTree> withoutFinalBreak(CaseTree c,
      List<? extends StatementTree> body, boolean last) {
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof BreakTree b
        && b.getLabel() == null) {
      return body.subList(0, body.size() - 1);
    }
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof BlockTree block) {
      // case 3: { ...; break; }: the block's statements, in the case's own scope
      List<? extends StatementTree> inner = withoutFinalBreak(c, block.getStatements(), last);
      if (inner == null) {
        return null;
      }
      List<StatementTree> out = new ArrayList<>(body.subList(0, body.size() - 1));
      out.addAll(inner);
      return out;
    }
    if (last || (!body.isEmpty() && exits(body.get(body.size() - 1)))) {
      return body;
    }
    error(c, "this case falls through to the next one, which Adjoint does not support; end it"
        + " with break (or give the two cases one body: case 1: case 2: ...)");
    return null;
  }

  private static boolean exits(StatementTree s) {
    return s instanceof ReturnTree || s instanceof ThrowTree || s instanceof ContinueTree
        || (s instanceof BlockTree b && !b.getStatements().isEmpty()
            && exits(b.getStatements().get(b.getStatements().size() - 1)));
  }

  /**
   * Refuses a {@code break} of the switch (or a {@code yield}) anywhere but at a case's end:
   * inside the chain it would mean the enclosing loop. Loops inside the case own their breaks.
   * Whether the body is free of them.
   */
  private boolean checkExits(List<? extends StatementTree> body) {
    int errorsBefore = reporter.errorCount();
    for (StatementTree s : body) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitBreak(BreakTree b, Void unused) {
          if (b.getLabel() == null) {
            error(b, "a break out of a switch is supported only as the last statement of a"
                + " case; use if/else inside the case instead");
          }
          return null;
        }

        @Override
        public Void visitYield(YieldTree y, Void unused) {
          error(y, "yield is supported only as the last statement of a case's block; use"
              + " if/else to compute the value, then yield it");
          return null;
        }

        @Override
        public Void visitForLoop(ForLoopTree f, Void unused) {
          return null;
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree f, Void unused) {
          return null;
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree w, Void unused) {
          return null;
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree d, Void unused) {
          return null;
        }

        @Override
        public Void visitSwitch(SwitchTree inner, Void unused) {
          return null; // lowered on its own
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree inner, Void unused) {
          return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
          return null;
        }
      }.scan(s, null);
    }
    return reporter.errorCount() == errorsBefore;
  }

  /** {@code if (key == 1 || key == 2) {...} else if (...) {...} else {default}}. */
  private List<Stmt> chain(Selector key, List<Arm> arms) {
    Block otherwise = Block.of(List.of());
    for (Arm arm : arms) {
      if (arm.labels().isEmpty()) {
        otherwise = arm.body();
      }
    }
    Stmt result = null;
    for (int k = arms.size() - 1; k >= 0; k--) {
      Arm arm = arms.get(k);
      if (arm.labels().isEmpty()) {
        continue;
      }
      Pos pos = source.pos(arm.tree());
      Expr cond = null;
      for (Expr label : arm.labels()) {
        // Objects.equals, a library function as the IR knows them; the selector is not null here
        Expr test = key.isString()
            ? new Call("java.util.Objects", "equals", List.of(key.key(), label), Type.BOOLEAN, pos)
            : new Binary(Binary.Op.EQ, key.key(), label, Type.BOOLEAN, pos);
        cond = cond == null ? test : new Binary(Binary.Op.OR, cond, test, Type.BOOLEAN, pos);
      }
      result = new If(cond, arm.body(), result == null ? otherwise : Block.of(List.of(result)),
          pos);
    }
    return result == null ? otherwise.stmts() : List.of(result); // only a default: its body
  }

  private void error(Tree tree, String message) {
    reporter.error(Problem.UNSUPPORTED, tree, source.unit(), message);
  }
}
