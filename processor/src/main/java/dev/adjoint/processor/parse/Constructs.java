package dev.adjoint.processor.parse;

import com.sun.source.tree.Tree;
import dev.adjoint.processor.ir.Binary;

/**
 * Names the Java constructs Adjoint does not handle and says what to do instead, so every
 * "unsupported" diagnostic tells the user a way forward.
 */
final class Constructs {
  private Constructs() {}

  static Binary.Op binaryOp(Tree.Kind kind) {
    switch (kind) {
      case PLUS:
        return Binary.Op.ADD;
      case MINUS:
        return Binary.Op.SUB;
      case MULTIPLY:
        return Binary.Op.MUL;
      case DIVIDE:
        return Binary.Op.DIV;
      case REMAINDER:
        return Binary.Op.REM;
      case LESS_THAN:
        return Binary.Op.LT;
      case LESS_THAN_EQUAL:
        return Binary.Op.LE;
      case GREATER_THAN:
        return Binary.Op.GT;
      case GREATER_THAN_EQUAL:
        return Binary.Op.GE;
      case EQUAL_TO:
        return Binary.Op.EQ;
      case NOT_EQUAL_TO:
        return Binary.Op.NE;
      case CONDITIONAL_AND:
        return Binary.Op.AND;
      case CONDITIONAL_OR:
        return Binary.Op.OR;
      default:
        return null;
    }
  }

  /** What a construct is called in a message, and what to write instead. */
  private record Advice(String what, String instead) {}

  private static final java.util.Map<Tree.Kind, Advice> ADVICE =
      new java.util.EnumMap<>(Tree.Kind.class);

  static {
    advise("arrays are used here in a way Adjoint does not support yet;",
        "index a local array or a parameter, as a[i] or m[i][j]",
        Tree.Kind.ARRAY_ACCESS, Tree.Kind.NEW_ARRAY);
    advise("switch is not supported in @Differentiable methods;", "use if/else or the ?: operator",
        Tree.Kind.SWITCH, Tree.Kind.SWITCH_EXPRESSION);
    advise("try/catch is not supported in @Differentiable methods;",
        "check the input and throw instead, or catch around the call", Tree.Kind.TRY);
    advise("lambdas and method references are not supported in @Differentiable methods;",
        "call a static method directly", Tree.Kind.LAMBDA_EXPRESSION, Tree.Kind.MEMBER_REFERENCE);
    advise("creating objects is not supported in @Differentiable methods;",
        "compute with doubles and double arrays", Tree.Kind.NEW_CLASS);
    advise("an assignment inside an expression is not supported;",
        "write it as a statement of its own", Tree.Kind.ASSIGNMENT, Tree.Kind.PLUS_ASSIGNMENT,
        Tree.Kind.MINUS_ASSIGNMENT, Tree.Kind.MULTIPLY_ASSIGNMENT, Tree.Kind.DIVIDE_ASSIGNMENT,
        Tree.Kind.PREFIX_INCREMENT, Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.PREFIX_DECREMENT,
        Tree.Kind.POSTFIX_DECREMENT);
  }

  private static void advise(String what, String instead, Tree.Kind... kinds) {
    for (Tree.Kind kind : kinds) {
      ADVICE.put(kind, new Advice(what, instead));
    }
  }

  /** "switch is not supported", in words a user recognises. */
  static String describe(Tree tree) {
    if (tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      return "'" + tree + "' is not a parameter, local or static final constant;";
    }
    Advice advice = ADVICE.get(tree.getKind());
    return advice != null ? advice.what()
        : "this " + tree.getKind().toString().toLowerCase().replace('_', ' ')
            + " is not supported in @Differentiable methods;";
  }

  /** What to write instead. */
  static String advice(Tree tree) {
    if (tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      return "pass the value as a parameter";
    }
    Advice advice = ADVICE.get(tree.getKind());
    return advice != null ? advice.instead()
        : "rewrite it with double arithmetic, Math functions and if/else";
  }
}
