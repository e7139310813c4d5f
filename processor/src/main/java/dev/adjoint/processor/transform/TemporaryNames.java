package dev.adjoint.processor.transform;

import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.FieldRef;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Unary;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Names a temporary after what it holds, as a person would: {@code sinX} for
 * {@code Math.sin(x)}, {@code pX} for {@code p * x}, {@code aMinusB} for {@code a - b},
 * {@code cI} for {@code c[i]}. When that takes too long to say, the name says what kind of
 * value it is ({@code exp}, {@code product}, {@code ratio}); only what has neither gets a
 * numbered name ({@code t0}, {@code t1}, ...).
 */
final class TemporaryNames {
  /** Longer descriptions read worse than the numbered name. */
  private static final int LONGEST = 10;

  private int numbered;

  String of(Expr e) {
    String described = e instanceof Ref ? null : describe(e);
    if (described != null && described.length() <= LONGEST && SourceVersion.isName(described)) {
      return described;
    }
    String kind = kind(e);
    return kind != null ? kind : "t" + numbered++;
  }

  /** What {@code e} computes, when its operands take too long to say: {@code exp}, {@code ratio}. */
  private static String kind(Expr e) {
    if (e instanceof Call c) {
      return c.name();
    }
    if (e instanceof Invoke call) {
      return call.name();
    }
    if (e instanceof Unary u && u.op() == Unary.Op.NEG) {
      return "neg";
    }
    if (e instanceof Binary b) {
      return switch (b.op()) {
        case MUL -> "product";
        case DIV -> "ratio";
        case ADD -> "sum";
        case SUB -> "diff";
        default -> null;
      };
    }
    return null;
  }

  /** A camel-case description of {@code e}, or null when it has none worth the length. */
  private static String describe(Expr e) {
    if (e instanceof Ref r) {
      return r.var().hint().matches("t\\d+") ? null : r.var().hint();
    }
    if (e instanceof FieldRef f) {
      String field = f.qualifiedName().substring(f.qualifiedName().lastIndexOf('.') + 1);
      return field.equals(field.toUpperCase(Locale.ROOT)) ? lowerCamel(field) : field;
    }
    if (e instanceof Literal l) {
      return l.is(2) ? "two" : l.is(0.5) ? "half" : null;
    }
    if (e instanceof Cast c) {
      return describe(c.operand());
    }
    if (e instanceof Unary u && u.op() == Unary.Op.NEG) {
      return joined("neg", describe(u.operand()));
    }
    if (e instanceof Index ix) {
      return joined(describe(ix.array()), describe(ix.index()));
    }
    if (e instanceof Call c) {
      String name = c.name();
      for (Expr arg : c.args()) {
        name = joined(name, describe(arg));
      }
      return name;
    }
    if (e instanceof Invoke call) {
      String name = call.name();
      for (Expr arg : call.args()) {
        name = joined(name, describe(arg));
      }
      return name;
    }
    if (e instanceof Binary b) {
      String word = switch (b.op()) {
        case MUL -> "";
        case DIV -> "Over";
        case ADD -> "Plus";
        case SUB -> "Minus";
        default -> null;
      };
      return word == null ? null
          : joined(joined(describe(b.left()), word), describe(b.right()));
    }
    return null;
  }

  private static String joined(String first, String second) {
    if (first == null || second == null) {
      return null;
    }
    return second.isEmpty() ? first
        : first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
  }

  /** {@code learningRate} for a constant {@code LEARNING_RATE}. */
  private static String lowerCamel(String constant) {
    StringBuilder out = new StringBuilder();
    for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
      out.append(out.length() == 0 ? part : joined("x", part).substring(1));
    }
    return out.toString();
  }
}
