package dev.adjoint.processor.transform;

import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Conditional;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits every active expression into one operation per statement, over operands that are
 * variables, literals or inactive expressions: {@code s = Math.sin(x) * y} becomes
 * {@code sinX = Math.sin(x); s = sinX * y}. Both modes then apply one rule per statement, and
 * reverse mode reads intermediate values instead of recomputing them. An active {@code ?:}
 * becomes an {@code if}, which keeps its lazy evaluation. Inactive code is left as written.
 *
 * <p>Every index that reads an element of an array the method writes becomes an int local, so
 * that the reverse sweep, which evaluates indices again, finds it as a value to restore rather
 * than an expression over an array that has changed since.
 */
public final class Linearize {
  private final Activity activity;
  private final Set<Var> writtenArrays;
  private final TemporaryNames temporaryNames = new TemporaryNames();

  private Linearize(Activity activity, Set<Var> writtenArrays) {
    this.activity = activity;
    this.writtenArrays = writtenArrays;
  }

  public static Function apply(Function f, Activity activity) {
    return f.withBody(new Linearize(activity, Stmts.elementsWritten(f.body())).block(f.body()));
  }

  private Block block(Block b) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : b.stmts()) {
      statement(s, out);
    }
    return Block.of(out);
  }

  private void statement(Stmt s, List<Stmt> out) {
    if (s instanceof Declare d && d.init() != null && activity.isActive(d.var())
        && activity.varies(d.init())) {
      write(new Ref(d.var(), d.pos()), d.init(), true, d.pos(), out);
    } else if (s instanceof Assign a && activity.isActiveLocation(a.target())
        && activity.varies(a.value())) {
      write(pinned(a.target(), out), a.value(), false, a.pos(), out);
    } else if (s instanceof Assign a && a.target() instanceof Index) {
      out.add(new Assign(pinned(a.target(), out), a.value(), a.pos()));
    } else if (s instanceof If i) {
      out.add(new If(i.cond(), block(i.then()), block(i.otherwise()), i.pos()));
    } else if (s instanceof Loop l) {
      out.add(l.withBody(block(Block.of(l.init())).stmts(), block(Block.of(l.update())).stmts(),
          block(l.body())));
    } else if (s instanceof Return r && activity.varies(r.value())
        && !(r.value() instanceof Ref)) {
      Var result = new Var("result", r.value().type(), Var.Kind.TEMP);
      write(new Ref(result), r.value(), true, r.pos(), out);
      out.add(new Return(new Ref(result), r.pos()));
    } else {
      out.add(s instanceof Comment ? s : s);
    }
  }

  /** {@code target = e} (or its declaration) as a sequence of single operations. */
  private void write(Expr target, Expr e, boolean declare, Pos pos, List<Stmt> out) {
    if (e instanceof Conditional c && activity.varies(c)) {
      if (declare) {
        out.add(new Declare(((Ref) target).var(), null, pos));
      }
      List<Stmt> then = new ArrayList<>();
      write(target, c.ifTrue(), false, pos, then);
      List<Stmt> otherwise = new ArrayList<>();
      write(target, c.ifFalse(), false, pos, otherwise);
      out.add(new If(c.cond(), Block.of(then), Block.of(otherwise), c.pos()));
      return;
    }
    Expr op = operation(e, out);
    out.add(declare ? new Declare(((Ref) target).var(), op, pos) : new Assign(target, op, pos));
  }

  /**
   * The location {@code a[index]} with every index that reads an element of an array the method
   * writes evaluated into an int local first ({@code b[(int) b[1]] = x}): the reverse sweep
   * evaluates indices again, and by then the element the index read may hold another value. An
   * int local is restored like any other value the reverse sweep needs.
   */
  private Expr pinned(Expr location, List<Stmt> out) {
    if (!(location instanceof Index ix)) {
      return location;
    }
    Expr index = ix.index();
    if (readsWrittenElement(index)) {
      Var at = new Var(Exprs.root(ix).hint() + "Index", Type.INT, Var.Kind.TEMP);
      out.add(new Declare(at, index, index.pos()));
      index = new Ref(at);
    }
    return new Index(pinned(ix.array(), out), index, ix.type(), ix.pos());
  }

  private boolean readsWrittenElement(Expr e) {
    if (e instanceof Index ix && writtenArrays.contains(Exprs.root(ix))) {
      return true;
    }
    return Exprs.children(e).stream().anyMatch(this::readsWrittenElement);
  }

  /** {@code e} with each operand reduced to an atom; temporaries go to {@code out}. */
  private Expr operation(Expr e, List<Stmt> out) {
    if (e instanceof Index && activity.varies(e)) {
      e = pinned(e, out);
    }
    if (Exprs.isAtom(e) || !activity.varies(e)) {
      return e;
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), atom(u.operand(), out), u.pos());
    }
    if (e instanceof Binary b) {
      return new Binary(b.op(), atom(b.left(), out), atom(b.right(), out), b.type(), b.pos());
    }
    if (e instanceof Call c) {
      List<Expr> args = new ArrayList<>();
      for (Expr a : c.args()) {
        args.add(atom(a, out));
      }
      return new Call(c.owner(), c.name(), args, c.type(), c.pos());
    }
    if (e instanceof Cast c) {
      return new Cast(c.type(), atom(c.operand(), out), c.pos());
    }
    if (e instanceof Index ix) {
      // x[mirror(i, n)]: the index gets a temporary, so the element is a plain location
      return new Index(operationOrAtom(ix.array(), out),
          atom(ix.index(), out), ix.type(), ix.pos());
    }
    if (e instanceof Invoke call) {
      List<Expr> args = new ArrayList<>();
      for (Expr a : call.args()) {
        args.add(atom(a, out));
      }
      return call.withArgs(args);
    }
    return atom(e, out);
  }

  private Expr operationOrAtom(Expr e, List<Stmt> out) {
    return e instanceof Index ? operation(e, out) : e;
  }

  private Expr atom(Expr e, List<Stmt> out) {
    if (e instanceof Index && activity.varies(e)) {
      e = pinned(e, out);
    }
    if (Exprs.isAtom(e) || (!activity.varies(e) && !Exprs.containsCall(e))) {
      return e;
    }
    Var t = new Var(hint(e), e.type(), Var.Kind.TEMP);
    write(new Ref(t), e, true, e.pos(), out);
    return new Ref(t);
  }

  /** {@code sinX} for {@code Math.sin(x)}, {@code pX} for {@code p * x}, else {@code t0}, ... */
  private String hint(Expr e) {
    if (e instanceof Invoke call && call.type().isArray()) {
      return call.name() + "Value";
    }
    return temporaryNames.of(e);
  }
}
