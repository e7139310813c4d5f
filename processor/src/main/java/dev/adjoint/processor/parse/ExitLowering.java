package dev.adjoint.processor.parse;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Exit;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites {@code break}, {@code continue} and early {@code return} into structured code with
 * boolean flags, so the analyses and both modes only ever see loops that exit through their
 * condition and a single final {@code return}:
 *
 * <pre>{@code
 * for (...) { a; if (c) break; b; }    ->   boolean broke = false;
 *                                           for (...; !broke && cond; ...) { a; if (c) broke = true;
 *                                                                             if (!broke) { b; } }
 * }</pre>
 *
 * The statements after one that may exit run under {@code if (!flag)}; a loop whose body may
 * exit tests the flag in its condition and runs its update only when no exit happened. An early
 * return stores the value in {@code result} and sets {@code returned}.
 */
final class ExitLowering {
  private final Var returned = new Var("returned", Type.BOOLEAN, Var.Kind.LOCAL);
  private final Var result;

  private ExitLowering(Type resultType) {
    this.result = new Var("returnValue", resultType, Var.Kind.LOCAL);
  }

  /** The body with every exit made structured; unchanged when it has only its final return. */
  static Block apply(Block body, Type resultType) {
    List<Stmt> stmts = body.stmts();
    boolean simple = countReturns(stmts) == 1 && !stmts.isEmpty()
        && stmts.get(stmts.size() - 1) instanceof Return;
    ExitLowering lowering = new ExitLowering(resultType);
    if (simple) {
      return Block.of(lowering.loops(stmts));
    }
    List<Stmt> out = new ArrayList<>();
    out.add(new Declare(lowering.returned, new Literal(Type.BOOLEAN, "false", Pos.NONE), Pos.NONE));
    out.add(new Declare(lowering.result, resultType.zero(), Pos.NONE));
    out.addAll(lowering.block(stmts, null));
    out.add(new Return(new Ref(lowering.result), Pos.NONE));
    return Block.of(out);
  }

  /** Rewrites only the loops of a body whose one return is its last statement. */
  private List<Stmt> loops(List<Stmt> stmts) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : stmts) {
      if (s instanceof Loop l) {
        out.addAll(loop(l));
      } else if (s instanceof If i) {
        out.add(new If(i.cond(), Block.of(loops(i.then().stmts())),
            Block.of(loops(i.otherwise().stmts())), i.pos()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The flags of the loop whose body is being rewritten (null outside loops). */
  private record LoopFlags(Var broke, Var continued) {}

  private List<Stmt> block(List<Stmt> stmts, LoopFlags loop) {
    List<Stmt> out = new ArrayList<>();
    for (int k = 0; k < stmts.size(); k++) {
      Stmt s = stmts.get(k);
      out.addAll(statement(s, loop));
      Expr stillRunning = stillRunning(s, loop);
      if (stillRunning != null && k + 1 < stmts.size()) {
        List<Stmt> rest = block(stmts.subList(k + 1, stmts.size()), loop);
        out.add(new If(stillRunning, Block.of(rest), Block.of(List.of()), Pos.NONE));
        break;
      }
    }
    return out;
  }

  private List<Stmt> statement(Stmt s, LoopFlags loop) {
    if (s instanceof Return r) {
      return List.of(new Assign(new Ref(result), r.value(), r.pos()),
          new Assign(new Ref(returned), new Literal(Type.BOOLEAN, "true", Pos.NONE), r.pos()));
    }
    if (s instanceof Exit e) {
      Var flag = e.isBreak() ? loop.broke() : loop.continued();
      return List.of(new Assign(new Ref(flag), new Literal(Type.BOOLEAN, "true", Pos.NONE),
          e.pos()));
    }
    if (s instanceof If i) {
      return List.of(new If(i.cond(), Block.of(block(i.then().stmts(), loop)),
          Block.of(block(i.otherwise().stmts(), loop)), i.pos()));
    }
    if (s instanceof Loop l) {
      return loop(l);
    }
    if (s instanceof Declare d && d.init() == null) {
      // javac no longer sees that every path assigns it once the exits are flags
      return List.of(new Declare(d.var(), d.var().type().zero(), d.pos()));
    }
    return List.of(s);
  }

  private List<Stmt> loop(Loop l) {
    boolean breaks = contains(l.body().stmts(), true);
    boolean continues = contains(l.body().stmts(), false);
    boolean returns = countReturns(l.body().stmts()) > 0;
    if (!breaks && !continues && !returns) {
      return List.of(l.withBody(l.init(), l.update(), Block.of(block(l.body().stmts(), null))));
    }
    List<Stmt> out = new ArrayList<>();
    LoopFlags flags = new LoopFlags(
        breaks ? new Var("broke", Type.BOOLEAN, Var.Kind.LOCAL) : null,
        continues ? new Var("continued", Type.BOOLEAN, Var.Kind.LOCAL) : null);
    if (breaks) {
      out.add(new Declare(flags.broke(), new Literal(Type.BOOLEAN, "false", Pos.NONE), Pos.NONE));
    }
    if (continues) {
      out.add(new Declare(flags.continued(), new Literal(Type.BOOLEAN, "false", Pos.NONE),
          Pos.NONE));
    }
    List<Stmt> body = new ArrayList<>();
    if (continues) {
      body.add(new Assign(new Ref(flags.continued()), new Literal(Type.BOOLEAN, "false",
          Pos.NONE), Pos.NONE));
    }
    body.addAll(block(l.body().stmts(), flags));
    Expr exited = or(breaks ? new Ref(flags.broke()) : null, returns ? new Ref(returned) : null);
    if (exited == null) {
      // only continue: the update still runs every iteration, and the loop stays counted
      out.add(new Loop(l.init(), l.cond(), l.update(), Block.of(body), l.testFirst(), l.pos()));
      return out;
    }
    if (!l.update().isEmpty()) {
      // Java skips the update after break or return
      body.add(new If(not(exited), Block.of(l.update()), Block.of(List.of()), Pos.NONE));
    }
    Expr cond = new Binary(Binary.Op.AND, not(exited), l.cond(), Type.BOOLEAN, l.cond().pos());
    out.add(new Loop(l.init(), cond, List.of(), Block.of(body), l.testFirst(), l.pos()));
    return out;
  }

  /** The condition under which the statements after {@code s} still run, or null if always. */
  private Expr stillRunning(Stmt s, LoopFlags loop) {
    Expr exited = null;
    if (countReturns(List.of(s)) > 0) {
      exited = new Ref(returned);
    }
    if (loop != null && loop.broke() != null && containsOutsideLoops(s, true)) {
      exited = or(exited, new Ref(loop.broke()));
    }
    if (loop != null && loop.continued() != null && containsOutsideLoops(s, false)) {
      exited = or(exited, new Ref(loop.continued()));
    }
    return exited == null ? null : not(exited);
  }

  private static Expr or(Expr a, Expr b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new Binary(Binary.Op.OR, a, b, Type.BOOLEAN, Pos.NONE);
  }

  private static Expr not(Expr e) {
    return new Unary(Unary.Op.NOT, e, Pos.NONE);
  }

  /** Whether the statements hold a break (or continue) of the loop around them. */
  private static boolean contains(List<Stmt> stmts, boolean isBreak) {
    return stmts.stream().anyMatch(s -> containsOutsideLoops(s, isBreak));
  }

  private static boolean containsOutsideLoops(Stmt s, boolean isBreak) {
    if (s instanceof Exit e) {
      return e.isBreak() == isBreak;
    }
    if (s instanceof If i) {
      return contains(i.then().stmts(), isBreak) || contains(i.otherwise().stmts(), isBreak);
    }
    return false; // an inner loop owns its own break and continue
  }

  private static int countReturns(List<Stmt> stmts) {
    int n = 0;
    for (Stmt s : stmts) {
      if (s instanceof Return) {
        n++;
      } else if (s instanceof If i) {
        n += countReturns(i.then().stmts()) + countReturns(i.otherwise().stmts());
      } else if (s instanceof Loop l) {
        n += countReturns(l.body().stmts());
      }
    }
    return n;
  }
}
