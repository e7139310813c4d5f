package dev.adjoint.processor.parse;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.List;

/**
 * The library calls that write into an array, lowered to the element assignments they stand for,
 * so the derivatives of copy and fill come from the rule of a plain copy:
 * {@code Arrays.fill(a, v)}, {@code Arrays.fill(a, from, to, v)} and
 * {@code System.arraycopy(src, srcPos, dst, dstPos, n)}. Each argument is evaluated once, before
 * the first element is written, as Java does.
 */
final class ArrayStatements {
  private final ExpressionLowering expressions;
  private final Source source;
  private final Reporter reporter;

  ArrayStatements(ExpressionLowering expressions, Source source, Reporter reporter) {
    this.expressions = expressions;
    this.source = source;
    this.reporter = reporter;
  }

  /** Whether {@code call} is one of the calls this class lowers. */
  static boolean handles(MethodInvocationTree call) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree m)) {
      return false;
    }
    String owner = m.getExpression().toString();
    int args = call.getArguments().size();
    if (m.getIdentifier().contentEquals("fill")) {
      return (owner.equals("Arrays") || owner.equals("java.util.Arrays"))
          && (args == 2 || args == 4);
    }
    return m.getIdentifier().contentEquals("arraycopy") && args == 5
        && (owner.equals("System") || owner.equals("java.lang.System"));
  }

  void lower(MethodInvocationTree call, List<Stmt> out) {
    if (call.getMethodSelect() instanceof MemberSelectTree m
        && m.getIdentifier().contentEquals("fill")) {
      fill(call, out);
    } else {
      arraycopy(call, out);
    }
  }

  /** {@code Arrays.fill(a, [from, to,] v)} as {@code for (int k = from; k < to; k++) a[k] = v;}. */
  private void fill(MethodInvocationTree call, List<Stmt> out) {
    List<? extends ExpressionTree> args = call.getArguments();
    Expr target = writable(args.get(0), "Arrays.fill");
    Expr value = expressions.lower(args.get(args.size() - 1));
    if (target == null) {
      return;
    }
    if (!value.type().isNumeric()) {
      error(args.get(args.size() - 1), "Arrays.fill needs a number here");
      return;
    }
    Expr from = Literal.ofInt(0);
    Expr to = new dev.adjoint.processor.ir.Length(target, Pos.NONE);
    if (args.size() == 4) {
      from = once(index(args.get(1)), "from", out);
      to = once(index(args.get(2)), "to", out);
    }
    value = once(value, "fillValue", out);
    Var k = new Var("k", Type.INT, Var.Kind.LOCAL);
    Pos pos = source.pos(call);
    out.add(counted(k, from, to, new Assign(element(target, new Ref(k, pos), pos), value, pos)));
  }

  /**
   * {@code System.arraycopy(src, s, dst, d, n)} as {@code dst[d + k] = src[s + k]} for k from 0
   * to n, backwards when {@code src} is {@code dst} and the copy moves up: Java copies as if
   * through a temporary array.
   */
  private void arraycopy(MethodInvocationTree call, List<Stmt> out) {
    List<? extends ExpressionTree> args = call.getArguments();
    Expr src = expressions.lower(args.get(0));
    Expr dst = writable(args.get(2), "System.arraycopy");
    if (dst == null) {
      return;
    }
    if (src.type() != dst.type()) {
      error(args.get(0), "System.arraycopy copies between two " + dst.type().javaName()
          + " arrays here");
      return;
    }
    Expr srcPos = once(index(args.get(1)), "srcPos", out);
    Expr dstPos = once(index(args.get(3)), "dstPos", out);
    Expr n = once(index(args.get(4)), "length", out);
    Pos pos = source.pos(call);
    Var k = new Var("k", Type.INT, Var.Kind.LOCAL);
    Expr kRef = new Ref(k, pos);
    Stmt copy = new Assign(element(dst, plus(dstPos, kRef), pos),
        element(src, plus(srcPos, kRef), pos), pos);
    Loop up = counted(k, Literal.ofInt(0), n, copy);
    if (!Exprs.sameLocation(src, dst)) {
      out.add(up);
      return;
    }
    Var j = new Var("k", Type.INT, Var.Kind.LOCAL);
    Expr jRef = new Ref(j, pos);
    Stmt copyDown = new Assign(element(dst, plus(dstPos, jRef), pos),
        element(src, plus(srcPos, jRef), pos), pos);
    Loop down = new Loop(List.of(new Declare(j, new Binary(Binary.Op.SUB, n, Literal.ofInt(1),
        Type.INT, pos), pos)), Build.cmp(Binary.Op.GE, jRef, Literal.ofInt(0)),
        List.of(Build.increment(j, -1)), Block.of(List.of(copyDown)), true, pos);
    out.add(new If(Build.cmp(Binary.Op.LT, srcPos, dstPos), Block.of(List.of(down)),
        Block.of(List.of(up)), pos));
  }

  /** The array a call writes into: a local {@code double[]}, or a row of a local matrix. */
  private Expr writable(ExpressionTree tree, String what) {
    Expr target = expressions.lower(tree);
    Var root = Exprs.root(target);
    if (root == null || target.type() != Type.DOUBLE_ARRAY) {
      error(tree, what + " is supported into a local double[] or a row of a local double[][]");
      return null;
    }
    if (root.kind() == Var.Kind.PARAM) {
      error(tree, "writing into the parameter array '" + root.hint() + "' would change the"
          + " caller's array (and its accumulator no longer matches); copy it into a local array"
          + " first");
      return null;
    }
    return target;
  }

  private Expr index(ExpressionTree tree) {
    Expr e = expressions.lower(tree);
    if (e.type() != Type.INT) {
      error(tree, "an array position must be an int");
    }
    return e;
  }

  /** {@code e} itself when it cannot change while the loop runs, else a local holding it. */
  private static Expr once(Expr e, String hint, List<Stmt> out) {
    if (e instanceof Literal || e instanceof Ref) {
      return e;
    }
    Var v = new Var(hint, e.type(), Var.Kind.LOCAL);
    out.add(new Declare(v, e, e.pos()));
    return new Ref(v, e.pos());
  }

  private static Loop counted(Var k, Expr from, Expr to, Stmt body) {
    return new Loop(List.of(new Declare(k, from, Pos.NONE)),
        Build.cmp(Binary.Op.LT, new Ref(k), to), List.of(Build.increment(k, 1)),
        Block.of(List.of(body)), true, Pos.NONE);
  }

  private static Expr element(Expr array, Expr index, Pos pos) {
    return new Index(array, index, Type.DOUBLE, pos);
  }

  private static Expr plus(Expr a, Expr b) {
    if (a instanceof Literal l && l.is(0.0)) {
      return b;
    }
    return new Binary(Binary.Op.ADD, a, b, Type.INT, Pos.NONE);
  }

  private void error(ExpressionTree tree, String message) {
    reporter.error(Problem.UNSUPPORTED, tree, source.unit(), message);
  }
}
