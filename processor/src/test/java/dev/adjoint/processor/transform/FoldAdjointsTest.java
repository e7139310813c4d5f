package dev.adjoint.processor.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.IrPrinter;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which adjoints lose their bookkeeping, and which keep it because their value would change. */
class FoldAdjointsTest {
  private final Var tBar = local("tBar");
  private final Var sBar = local("sBar");
  private final Var xBar = local("xBar");
  private final Var mBar = local("mBar");
  private final Var y = local("y");
  private final Var c = local("c");
  private final Var i = new Var("i", Type.INT, Var.Kind.LOCAL);

  @Test
  void anAdjointAddedIntoOnceAndReadOnceBecomesItsValue() {
    Block folded = FoldAdjoints.fold(Block.of(List.of(
        declareZero(tBar),
        addInto(tBar, Build.mul(ref(sBar), ref(y))),
        addInto(xBar, Build.mul(ref(tBar), ref(c))))), Set.of(tBar));
    assertEquals(List.of("xBar += sBar * y * c;"), print(folded));
  }

  @Test
  void inALoopItIsDeclaredWhereItIsComputedAndItsClearGoes() {
    Block folded = FoldAdjoints.fold(Block.of(List.of(
        declareZero(tBar),
        loop(
            addInto(tBar, ref(sBar)),
            clear(sBar),
            addInto(sBar, Build.mul(ref(tBar), ref(y))),
            addInto(xBar, Build.mul(ref(tBar), ref(c))),
            clear(tBar)))), Set.of(tBar));
    assertEquals(List.of("for {", "double tBar = sBar;", "sBar = tBar * y;", "xBar += tBar * c;",
        "}"), print(folded));
  }

  @Test
  void anAdjointCarriedAcrossIterationsStays() {
    List<Stmt> body = List.of(
        declareZero(tBar),
        loop(
            addInto(tBar, ref(sBar)),
            addInto(xBar, Build.mul(ref(tBar), ref(c)))));
    assertEquals(print(Block.of(body)), print(FoldAdjoints.fold(Block.of(body), Set.of(tBar))));
  }

  @Test
  void aValueWhoseOperandIsWrittenBeforeTheUseIsNotMoved() {
    Block folded = FoldAdjoints.fold(Block.of(List.of(
        declareZero(tBar),
        loop(
            subtractFrom(tBar, ref(mBar)),
            clear(mBar),
            guarded(tBar, addInto(xBar, Build.mul(ref(tBar), ref(y))), clear(tBar))))),
        Set.of(tBar));
    assertEquals(List.of("for {", "double tBar = -mBar;", "mBar = 0.0;", "if (tBar != 0.0) {",
        "xBar += tBar * y;", "}", "}"), print(folded));
  }

  @Test
  void twoAdditionsOrAReadAfterAClearKeepTheBookkeeping() {
    List<Stmt> twice = List.of(
        declareZero(tBar),
        addInto(tBar, ref(sBar)),
        addInto(tBar, ref(y)),
        addInto(xBar, ref(tBar)));
    assertEquals(print(Block.of(twice)), print(FoldAdjoints.fold(Block.of(twice), Set.of(tBar))));
    List<Stmt> readAfterClear = List.of(
        declareZero(tBar),
        loop(
            addInto(tBar, ref(sBar)),
            addInto(xBar, ref(tBar)),
            clear(tBar),
            addInto(mBar, ref(tBar))));
    assertEquals(print(Block.of(readAfterClear)),
        print(FoldAdjoints.fold(Block.of(readAfterClear), Set.of(tBar))));
  }

  @Test
  void onlyTheCandidatesFold() {
    List<Stmt> body = List.of(
        declareZero(tBar),
        addInto(tBar, ref(sBar)),
        addInto(xBar, ref(tBar)));
    assertEquals(print(Block.of(body)), print(FoldAdjoints.fold(Block.of(body), Set.of())));
  }

  // ---- building and printing ----

  private static Var local(String name) {
    return new Var(name, Type.DOUBLE, Var.Kind.LOCAL);
  }

  private static Expr ref(Var v) {
    return new Ref(v);
  }

  private static Stmt declareZero(Var v) {
    return new Declare(v, Build.ZERO, Pos.NONE);
  }

  private static Stmt addInto(Var v, Expr e) {
    return new Assign(ref(v), Build.add(ref(v), e), Pos.NONE);
  }

  private static Stmt subtractFrom(Var v, Expr e) {
    return new Assign(ref(v), Build.sub(ref(v), e), Pos.NONE);
  }

  private static Stmt clear(Var v) {
    return new Assign(ref(v), Build.ZERO, Pos.NONE);
  }

  private static Stmt guarded(Var v, Stmt... then) {
    return new If(Build.cmp(Binary.Op.NE, ref(v), Build.ZERO), Block.of(List.of(then)),
        Block.of(List.of()), Pos.NONE);
  }

  private Stmt loop(Stmt... body) {
    return new Loop(List.of(new Declare(i, Literal.ofInt(0), Pos.NONE)),
        Build.cmp(Binary.Op.LT, ref(i), Literal.ofInt(3)), List.of(Build.increment(i, 1)),
        Block.of(List.of(body)), true, Pos.NONE);
  }

  private static List<String> print(Block block) {
    List<String> out = new ArrayList<>();
    print(block.stmts(), IrPrinter.withHints(), out);
    return out;
  }

  private static void print(List<Stmt> stmts, IrPrinter p, List<String> out) {
    for (Stmt s : stmts) {
      if (s instanceof Declare d) {
        out.add("double " + p.name(d.var()) + " = " + p.expr(d.init()) + ";");
      } else if (s instanceof Assign a) {
        out.add(p.assignment(a) + ";");
      } else if (s instanceof If i) {
        out.add("if (" + p.expr(i.cond()) + ") {");
        print(i.then().stmts(), p, out);
        out.add("}");
      } else if (s instanceof Loop l) {
        out.add("for {");
        print(l.body().stmts(), p, out);
        out.add("}");
      }
    }
  }
}
