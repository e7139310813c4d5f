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

  /** "for loops are not supported yet", in words a user recognises. */
  static String describe(Tree tree) {
    switch (tree.getKind()) {
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
        return "loops are not supported yet in @Differentiable methods;";
      case ARRAY_ACCESS:
      case NEW_ARRAY:
        return "arrays are not supported yet in @Differentiable methods;";
      case SWITCH:
      case SWITCH_EXPRESSION:
        return "switch is not supported in @Differentiable methods;";
      case TRY:
      case THROW:
        return "exceptions (try, throw) are not supported in @Differentiable methods;";
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
        return "lambdas and method references are not supported in @Differentiable methods;";
      case NEW_CLASS:
        return "creating objects is not supported in @Differentiable methods;";
      case ASSIGNMENT:
      case PLUS_ASSIGNMENT:
      case MINUS_ASSIGNMENT:
      case MULTIPLY_ASSIGNMENT:
      case DIVIDE_ASSIGNMENT:
      case PREFIX_INCREMENT:
      case POSTFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_DECREMENT:
        return "an assignment inside an expression is not supported;";
      case BREAK:
      case CONTINUE:
      case LABELED_STATEMENT:
        return "break, continue and labels are not supported yet in @Differentiable methods;";
      case MEMBER_SELECT:
        return "'" + tree + "' is not a parameter, local or static final constant;";
      default:
        return "this " + tree.getKind().toString().toLowerCase().replace('_', ' ')
            + " is not supported in @Differentiable methods;";
    }
  }

  static String advice(Tree tree) {
    switch (tree.getKind()) {
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
        return "write the computation without a loop for now, or keep the loop in a method"
            + " that is not @Differentiable";
      case ASSIGNMENT:
      case PLUS_ASSIGNMENT:
      case MINUS_ASSIGNMENT:
      case MULTIPLY_ASSIGNMENT:
      case DIVIDE_ASSIGNMENT:
      case PREFIX_INCREMENT:
      case POSTFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_DECREMENT:
        return "write it as a statement of its own";
      case SWITCH:
      case SWITCH_EXPRESSION:
        return "use if/else or the ?: operator";
      case MEMBER_SELECT:
        return "pass the value as a parameter";
      default:
        return "rewrite it with double arithmetic, Math functions and if/else";
    }
  }
}
