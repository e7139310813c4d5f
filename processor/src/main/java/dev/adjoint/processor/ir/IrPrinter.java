package dev.adjoint.processor.ir;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints IR as Java source text, adding parentheses only where precedence needs them. The emitter
 * uses it for expressions; {@link #print(Block)} prints whole blocks for debugging and tests.
 */
public final class IrPrinter {
  private static final int ASSIGN = 1;
  private static final int TERNARY = 2;
  private static final int UNARY = 13;
  private static final int PRIMARY = 15;

  /** Opens a qualified class name in text printed with {@link #marksTypes}; {@link #TYPE_END} closes it. */
  public static final char TYPE_START = '\u0001';
  public static final char TYPE_END = '\u0002';

  private final Function<Var, String> names;
  private final boolean marksTypes;

  public IrPrinter(Function<Var, String> names) {
    this(names, false);
  }

  /**
   * @param marksTypes whether a qualified class name is printed between {@link #TYPE_START} and
   *     {@link #TYPE_END}, for an emitter that imports it
   */
  public IrPrinter(Function<Var, String> names, boolean marksTypes) {
    this.names = names;
    this.marksTypes = marksTypes;
  }

  /** A printer that uses every variable's hint as its name. */
  public static IrPrinter withHints() {
    return new IrPrinter(Var::hint);
  }

  public String name(Var v) {
    return names.apply(v);
  }

  public String expr(Expr e) {
    return expr(e, 0);
  }

  private String type(String name) {
    return marksTypes && name.indexOf('.') >= 0 ? TYPE_START + name + TYPE_END : name;
  }

  /** Prints the assignment, written back as {@code t op= v} when it has that shape. */
  public String assignment(Assign a) {
    String target = expr(a.target(), PRIMARY);
    if (a.value() instanceof Binary b && a.target().type().isIntegral()
        && (b.op() == Binary.Op.ADD || b.op() == Binary.Op.SUB)
        && Exprs.sameLocation(b.left(), a.target())
        && b.right() instanceof Literal one && one.is(1.0)) {
      return target + (b.op() == Binary.Op.ADD ? "++" : "--");
    }
    if (a.value() instanceof Binary b
        && b.op().isArithmetic()
        && b.type() == a.target().type()
        && Exprs.sameLocation(b.left(), a.target())) {
      return target + " " + b.op().symbol + "= " + expr(b.right(), ASSIGN);
    }
    return target + " = " + expr(a.value(), ASSIGN);
  }

  private String expr(Expr e, int context) {
    int own = precedence(e);
    String text = bare(e);
    return own < context ? "(" + text + ")" : text;
  }

  private String bare(Expr e) {
    if (e instanceof Literal l) {
      return l.text();
    }
    if (e instanceof Ref r) {
      return names.apply(r.var());
    }
    if (e instanceof TypeRef t) {
      return type(t.name());
    }
    if (e instanceof FieldRef f) {
      int dot = f.qualifiedName().lastIndexOf('.');
      return type(f.qualifiedName().substring(0, dot)) + f.qualifiedName().substring(dot);
    }
    if (e instanceof Unary u) {
      Expr o = u.operand();
      boolean clash = u.op() == Unary.Op.NEG && (o instanceof Unary || isNegativeLiteral(o));
      return u.op().symbol + (clash ? "(" + expr(o) + ")" : expr(o, UNARY));
    }
    if (e instanceof Binary b) {
      int p = b.op().precedence;
      Expr right = b.right();
      // a - -b and a + -b read badly: parenthesise a negated right operand of + and -.
      int rightContext =
          (b.op() == Binary.Op.ADD || b.op() == Binary.Op.SUB) && startsWithMinus(right)
              ? PRIMARY
              : p + 1;
      return expr(b.left(), p) + " " + b.op().symbol + " " + expr(right, rightContext);
    }
    if (e instanceof Call c) {
      String owner = c.owner().isEmpty() ? "" : type(c.owner()) + "."; // "": this class's
      return owner + c.name() + "(" + args(c.args()) + ")";
    }
    if (e instanceof Conditional c) {
      return expr(c.cond(), TERNARY + 1)
          + " ? "
          + expr(c.ifTrue(), TERNARY + 1)
          + " : "
          + expr(c.ifFalse(), TERNARY);
    }
    if (e instanceof Cast c) {
      return "(" + c.type().javaName() + ") " + expr(c.operand(), UNARY);
    }
    if (e instanceof Index i) {
      return expr(i.array(), PRIMARY) + "[" + expr(i.index()) + "]";
    }
    if (e instanceof NewRecord n) {
      return "new " + n.typeName() + "(" + args(n.args()) + ")";
    }
    if (e instanceof Member m) {
      return expr(m.receiver(), PRIMARY) + "." + m.name();
    }
    if (e instanceof Invoke i) {
      return type(i.owner()) + "." + i.name() + "(" + args(i.args()) + ")";
    }
    if (e instanceof Length l) {
      return expr(l.array(), PRIMARY) + ".length";
    }
    if (e instanceof ArrayInit a) {
      return "new " + a.type().javaName() + " {" + args(a.elements()) + "}";
    }
    if (e instanceof NewArray n) {
      String base = n.type().javaName().replace("[]", "");
      StringBuilder out = new StringBuilder("new ").append(base);
      for (Expr d : n.dims()) {
        out.append('[').append(expr(d)).append(']');
      }
      int missing = n.type().javaName().split("\\[\\]", -1).length - 1 - n.dims().size();
      return out.append("[]".repeat(Math.max(0, missing))).toString();
    }
    throw new IllegalArgumentException("unknown expression " + e);
  }

  private String args(java.util.List<Expr> args) {
    return args.stream().map(a -> expr(a, ASSIGN)).collect(Collectors.joining(", "));
  }

  private static boolean isNegativeLiteral(Expr e) {
    return e instanceof Literal l && l.isNegative();
  }

  private static boolean startsWithMinus(Expr e) {
    return isNegativeLiteral(e) || (e instanceof Unary u && u.op() == Unary.Op.NEG);
  }

  private static int precedence(Expr e) {
    if (e instanceof Binary b) {
      return b.op().precedence;
    }
    if (e instanceof Conditional) {
      return TERNARY;
    }
    if (e instanceof Unary || e instanceof Cast || isNegativeLiteral(e)) {
      return UNARY;
    }
    return PRIMARY;
  }

  /** An effect's text with its holes filled: the user's statement under the generated names. */
  public String effect(Effect e) {
    StringBuilder out = new StringBuilder(e.text().get(0));
    for (int k = 0; k < e.values().size(); k++) {
      out.append(expr(e.values().get(k), PRIMARY)).append(e.text().get(k + 1));
    }
    return out.toString();
  }

  /** A declaration or assignment as it stands in a {@code for} header, without semicolon. */
  public String simpleStatement(Stmt s) {
    if (s instanceof Declare d) {
      return d.var().type().javaName() + " " + name(d.var())
          + (d.init() == null ? "" : " = " + expr(d.init(), ASSIGN));
    }
    if (s instanceof Assign a) {
      return assignment(a);
    }
    throw new IllegalArgumentException("not a simple statement: " + s);
  }

  /** The whole block as indented text: one statement per line. */
  public String print(Block block) {
    StringBuilder out = new StringBuilder();
    print(block, "", out);
    return out.toString();
  }

  private void print(Block block, String indent, StringBuilder out) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Declare d) {
        out.append(indent).append(d.var().type().javaName()).append(' ').append(name(d.var()));
        if (d.init() != null) {
          out.append(" = ").append(expr(d.init(), ASSIGN));
        }
        out.append(";\n");
      } else if (s instanceof Assign a) {
        out.append(indent).append(assignment(a)).append(";\n");
      } else if (s instanceof Return r) {
        out.append(indent).append("return ").append(expr(r.value())).append(";\n");
      } else if (s instanceof Comment c) {
        out.append(indent).append("// ").append(c.text()).append('\n');
      } else if (s instanceof Effect e) {
        out.append(indent).append(effect(e)).append('\n');
      } else if (s instanceof Loop l) {
        out.append(indent).append(l.testFirst() ? "while (" + expr(l.cond()) + ") {\n" : "do {\n");
        print(Block.of(l.init()), indent + "  // init ", out);
        print(l.body(), indent + "  ", out);
        print(Block.of(l.update()), indent + "  ", out);
        out.append(indent).append(l.testFirst() ? "}\n" : "} while (" + expr(l.cond()) + ");\n");
      } else if (s instanceof If i) {
        out.append(indent).append("if (").append(expr(i.cond())).append(") {\n");
        print(i.then(), indent + "  ", out);
        if (!i.otherwise().stmts().isEmpty()) {
          out.append(indent).append("} else {\n");
          print(i.otherwise(), indent + "  ", out);
        }
        out.append(indent).append("}\n");
      }
    }
  }
}
