package dev.adjoint.processor.parse;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a method body to IR statements. Compound assignments and increments become plain
 * assignments; each source statement is preceded by a {@link Comment} that the generated code
 * prints as a pointer back to the user's line.
 */
final class StatementLowering {
  private final Scope scope;
  private final Source source;
  private final Reporter reporter;
  private final ExpressionLowering expressions;

  StatementLowering(Scope scope, Symbols symbols, Source source, Reporter reporter) {
    this.scope = scope;
    this.source = source;
    this.reporter = reporter;
    this.expressions = new ExpressionLowering(scope, symbols, source, reporter);
  }

  /** The method body: straight-line statements and branches, ending in one return. */
  Block body(BlockTree body, Tree methodTree) {
    List<Stmt> out = new ArrayList<>();
    List<? extends StatementTree> stmts = body.getStatements();
    for (int i = 0; i < stmts.size(); i++) {
      StatementTree s = stmts.get(i);
      if (s instanceof ReturnTree r && i == stmts.size() - 1) {
        comment(s, out);
        if (r.getExpression() == null) {
          error(Problem.UNSUPPORTED, r, "return needs a value");
        } else {
          out.add(new Return(numeric(r.getExpression()), source.pos(r)));
        }
        return Block.of(out);
      }
      statement(s, out);
    }
    error(Problem.UNSUPPORTED, methodTree,
        "a @Differentiable method must end with 'return <expression>;'");
    return Block.of(out);
  }

  private void statement(StatementTree s, List<Stmt> out) {
    if (s instanceof VariableTree v) {
      comment(s, out);
      declaration(v, out);
    } else if (s instanceof ExpressionStatementTree e) {
      comment(s, out);
      expressionStatement(e.getExpression(), out);
    } else if (s instanceof IfTree i) {
      out.add(Comment.of(source.fileName(), source.pos(s).line(), "if " + source.text(i.getCondition())));
      Expr cond = expressions.condition(i.getCondition());
      Block then = nested(i.getThenStatement());
      Block otherwise = i.getElseStatement() == null ? Block.of(List.of())
          : nested(i.getElseStatement());
      out.add(new If(cond, then, otherwise, source.pos(i)));
    } else if (s instanceof BlockTree b) {
      scope.push();
      b.getStatements().forEach(inner -> statement(inner, out));
      scope.pop();
    } else if (s instanceof ReturnTree) {
      error(Problem.UNSUPPORTED, s, "return is supported only as the last statement of the"
          + " method for now; assign the result to a local and return it at the end");
    } else if (s.getKind() == Tree.Kind.EMPTY_STATEMENT) {
      // nothing to do
    } else {
      error(Problem.UNSUPPORTED, s, Constructs.describe(s) + " " + Constructs.advice(s));
    }
  }

  private Block nested(StatementTree s) {
    List<Stmt> out = new ArrayList<>();
    scope.push();
    if (s instanceof BlockTree b) {
      b.getStatements().forEach(inner -> statement(inner, out));
    } else {
      statement(s, out);
    }
    scope.pop();
    return Block.of(out);
  }

  private void declaration(VariableTree v, List<Stmt> out) {
    Expr init = v.getInitializer() == null ? null : expressions.lower(v.getInitializer());
    Optional<Type> declared = ExpressionLowering.primitive(v.getType());
    Type type;
    if (declared.isPresent()) {
      type = declared.get();
    } else if (isVar(v.getType()) && init != null) {
      type = init.type();
    } else {
      error(Problem.UNSUPPORTED_TYPE, v.getType() == null ? v : v.getType(),
          "local '" + v.getName() + "' has type " + v.getType()
              + "; @Differentiable methods support double, int, long and boolean locals");
      type = Type.DOUBLE;
    }
    if (init != null) {
      init = convert(init, type, v.getInitializer());
    }
    Var var = new Var(v.getName().toString(), type, Var.Kind.LOCAL);
    scope.declare(v.getName().toString(), var);
    out.add(new Declare(var, init, source.pos(v)));
  }

  private static boolean isVar(Tree type) {
    return type == null || (type instanceof IdentifierTree id && id.getName().contentEquals("var"));
  }

  private void expressionStatement(ExpressionTree e, List<Stmt> out) {
    Pos pos = source.pos(e);
    if (e instanceof AssignmentTree a) {
      Ref target = target(a.getVariable());
      if (target != null) {
        Expr value = convert(expressions.lower(a.getExpression()), target.type(), a.getExpression());
        out.add(new Assign(target, value, pos));
      }
    } else if (e instanceof CompoundAssignmentTree c) {
      Binary.Op op = compoundOp(c.getKind());
      Ref target = target(c.getVariable());
      Expr value = expressions.lower(c.getExpression());
      if (op == null) {
        error(Problem.UNSUPPORTED, c, "this compound assignment is not supported; write"
            + " x = x op y with +, -, * or /");
      } else if (target != null) {
        out.add(new Assign(target, update(target, op, value, c), pos));
      }
    } else if (e instanceof UnaryTree u && isIncrement(u.getKind())) {
      Ref target = target(u.getExpression());
      if (target != null) {
        Binary.Op op = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.POSTFIX_INCREMENT ? Binary.Op.ADD : Binary.Op.SUB;
        out.add(new Assign(target, update(target, op, Literal.ofInt(1), u), pos));
      }
    } else {
      error(Problem.UNSUPPORTED, e, "this statement computes a value and discards it;"
          + " assign it to a local or remove it");
    }
  }

  /** {@code t op= v} as {@code t = (T) (t op v)}, the cast only where Java narrows implicitly. */
  private Expr update(Ref target, Binary.Op op, Expr value, Tree tree) {
    if (!target.type().isNumeric() || !value.type().isNumeric()) {
      error(Problem.UNSUPPORTED_TYPE, tree, "compound assignment needs numbers");
      return target;
    }
    Type type = Type.promote(target.type(), value.type());
    if (op == Binary.Op.REM && type == Type.DOUBLE) {
      error(Problem.UNSUPPORTED, tree, "%= on doubles is not supported yet");
    }
    Expr result = new Binary(op, target, value, type, source.pos(tree));
    return type == target.type() ? result : new Cast(target.type(), result, source.pos(tree));
  }

  private Ref target(ExpressionTree variable) {
    if (variable instanceof IdentifierTree id) {
      Var v = scope.lookup(id.getName().toString());
      if (v != null) {
        return new Ref(v, source.pos(id));
      }
      error(Problem.UNSUPPORTED, variable, "assigning to '" + id.getName() + "', which is not a"
          + " local or parameter: @Differentiable methods must not change fields");
      return null;
    }
    error(Problem.UNSUPPORTED, variable, Constructs.describe(variable) + " "
        + "only locals and parameters can be assigned");
    return null;
  }

  private Expr convert(Expr value, Type to, Tree tree) {
    if (value.type() == to) {
      return value;
    }
    if (to.isNumeric() && value.type().isNumeric()) {
      return value; // implicit widening (int to double, int to long); javac rejects narrowing
    }
    error(Problem.UNSUPPORTED_TYPE, tree, "expected a " + to.javaName() + " here, found a "
        + value.type().javaName());
    return value;
  }

  private Expr numeric(ExpressionTree tree) {
    Expr e = expressions.lower(tree);
    if (!e.type().isNumeric()) {
      error(Problem.UNSUPPORTED_TYPE, tree, "the result must be a number");
    }
    return e;
  }

  private static Binary.Op compoundOp(Tree.Kind kind) {
    switch (kind) {
      case PLUS_ASSIGNMENT:
        return Binary.Op.ADD;
      case MINUS_ASSIGNMENT:
        return Binary.Op.SUB;
      case MULTIPLY_ASSIGNMENT:
        return Binary.Op.MUL;
      case DIVIDE_ASSIGNMENT:
        return Binary.Op.DIV;
      case REMAINDER_ASSIGNMENT:
        return Binary.Op.REM;
      default:
        return null;
    }
  }

  private static boolean isIncrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.POSTFIX_INCREMENT
        || kind == Tree.Kind.PREFIX_DECREMENT || kind == Tree.Kind.POSTFIX_DECREMENT;
  }

  private void comment(Tree s, List<Stmt> out) {
    out.add(Comment.of(source.fileName(), source.pos(s).line(), source.text(s)));
  }

  private void error(Problem problem, Tree tree, String message) {
    reporter.error(problem, tree, source.unit(), message);
  }
}
