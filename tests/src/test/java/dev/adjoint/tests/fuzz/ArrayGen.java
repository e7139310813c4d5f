package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Local arrays: declarations at the top level of a method, in-place element updates with
 * indices from loops, constants or data, {@code Arrays.fill}, and reductions of an array
 * stored back into it ({@code a[0] = AdjointMath.sum(a)}).
 */
final class ArrayGen {
  private final Gen gen;
  private final BodyGen body;

  ArrayGen(Gen gen, BodyGen body) {
    this.gen = gen;
    this.body = body;
  }

  /** {@code new double[n]} filled by a loop, a {@code {...}} initializer, or a helper's result. */
  List<Stmt> declaration(Scope scope) {
    String name = gen.fresh("a");
    ExprGen exprs = body.exprs();
    List<Stmt> out = new ArrayList<>();
    int roll = gen.below(100);
    Stmt call = roll < 20 && scope.topLevel
        ? body.calls().arrayDeclaration(name, scope, exprs) : null;
    if (call != null) {
      out.add(call);
    } else if (roll < 55) {
      out.add(new Stmt.DeclareArray(name, gen.length,
          exprs.several(scope, gen.length, 2), null));
    } else {
      out.add(new Stmt.DeclareArray(name, gen.length, List.of(), null));
      if (gen.chance(0.8)) {
        String i = gen.fresh("i");
        Scope loop = scope.block(true);
        loop.indexVars.add(i);
        loop.ints.add(i);
        Stmt init = new Stmt.Assign(new Expr.Elem(name, new Expr.Ref(i, true)), "=",
            exprs.expr(loop, 2));
        out.add(new Stmt.For(i, "0", i + " < " + gen.length, i + "++", null, List.of(init)));
      }
    }
    scope.arrays.add(name);
    scope.localArrays.add(name);
    return out;
  }

  /**
   * A local matrix ({@code new double[n][n]}, jagged {@code new double[n][]} with each row
   * allocated in the loop, or a {@code {{...}, {...}}} table) filled through row aliases, as
   * linear-algebra code writes it:
   * {@code double[] row = m[i];} in a loop over the rows, or {@code for (double[] row : m)},
   * with the row written through and read by the statements of the loop. Later statements read
   * rows of the matrix ({@code m[2][k]}).
   */
  List<Stmt> matrix(Scope scope) {
    String m = gen.fresh("m");
    String row = gen.fresh("row");
    int n = gen.length;
    List<Stmt> out = new ArrayList<>();
    int style = gen.below(3); // new double[n][n], jagged new double[n][], or {{...}, {...}}
    boolean forEach = style != 1 && gen.chance(0.4);
    if (style == 0) {
      out.add(new Stmt.Line("double[][] " + m + " = new double[" + n + "][" + n + "];"));
    } else if (style == 1) {
      out.add(new Stmt.Line("double[][] " + m + " = new double[" + n + "][];"));
    } else {
      List<String> table = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        List<String> entries = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          entries.add(this.body.exprs().constant().render());
        }
        table.add("{" + String.join(", ", entries) + "}");
      }
      out.add(new Stmt.Line("double[][] " + m + " = {" + String.join(", ", table) + "};"));
    }
    Scope rows = scope.block(true);
    String i = gen.fresh("i");
    if (!forEach) {
      rows.indexVars.add(i);
      rows.ints.add(i);
    }
    rows.arrays.add(row);
    rows.localArrays.add(row);
    List<Stmt> body = new ArrayList<>();
    if (style == 1) {
      body.add(new Stmt.Line(m + "[" + i + "] = " + (gen.chance(0.5) ? "new double[" + n + "];"
          : "new double[] {" + String.join(", ", java.util.Collections.nCopies(n, "0.0")) + "};")));
    }
    if (!forEach) {
      body.add(new Stmt.Line("double[] " + row + " = " + m + "[" + i + "];"));
    }
    String k = gen.fresh("i");
    Scope fill = rows.block(true);
    fill.indexVars.add(k);
    fill.ints.add(k);
    body.add(new Stmt.For(k, "0", k + " < " + row + ".length", k + "++", null, List.of(
        new Stmt.Assign(new Expr.Elem(row, new Expr.Ref(k, true)), "=",
            this.body.exprs().bounded(fill, 2)))));
    // a jagged matrix gets no more statements here: a break would leave rows unallocated
    body.addAll(this.body.statements(rows, style == 1 ? 0 : gen.below(2)));
    out.add(forEach ? new Stmt.ForEach("double[] " + row + " : " + m, body)
        : new Stmt.For(i, "0", i + " < " + m + ".length", i + "++", null, body));
    scope.arrays.add(m + "[" + gen.below(n) + "]");
    return out;
  }

  /** {@code a[k] op= e}, {@code a[i] = a[i] * a[j]}, or a reduction stored into an element. */
  List<Stmt> update(Scope scope) {
    if (scope.localArrays.isEmpty()) {
      return null;
    }
    String a = gen.pick(scope.localArrays);
    ExprGen exprs = body.exprs();
    Expr target = new Expr.Elem(a, exprs.index(scope));
    int roll = gen.below(100);
    if (roll < 25) {
      // a product of two elements of the same array, one of them maybe the target
      Expr read = gen.chance(0.5) ? target : new Expr.Elem(a, exprs.index(scope));
      Expr factor = new Expr.Elem(a, exprs.index(scope));
      Expr value = scope.inLoop() ? new Expr.Fn(gen.pick(ExprGen.BOUNDING),
          List.of(new Expr.Bin("*", read, factor))) : new Expr.Bin("*", read, factor);
      return List.of(new Stmt.Assign(target, "=", value));
    }
    if (roll < 40) {
      return List.of(new Stmt.Assign(target, gen.pick(List.of("=", "+=")),
          exprs.reduction(scope)));
    }
    String op = gen.pick(List.of("=", "+=", "+=", "-=", "*=", "/="));
    Expr value = switch (op) {
      case "*=" -> exprs.bounded(scope, 2);
      case "/=" -> new Expr.Fn("(2.0 + Math.tanh(%1$s))", List.of(exprs.expr(scope, 2)));
      case "+=" -> scope.inLoop() ? exprs.bounded(scope, 2) : exprs.expr(scope, 2);
      default -> exprs.expr(scope, 2);
    };
    return List.of(new Stmt.Assign(target, op, value));
  }

  /**
   * {@code Arrays.fill(a, e)}, where {@code e} often reads {@code a} itself, its ranged form
   * {@code Arrays.fill(a, from, to, e)}, or {@code System.arraycopy} from any array in scope,
   * {@code a} itself included.
   */
  List<Stmt> fill(Scope scope) {
    if (scope.localArrays.isEmpty()) {
      return null;
    }
    String a = gen.pick(scope.localArrays);
    int roll = gen.below(100);
    if (roll < 30) {
      int n = gen.below(gen.length + 1);
      int from = gen.below(gen.length - n + 1);
      int to = gen.below(gen.length - n + 1);
      String src = gen.pick(scope.arrays);
      return List.of(new Stmt.Eval(new Expr.Fn("System.arraycopy(" + src + ", " + from + ", "
          + a + ", " + to + ", " + n + ")", List.of())));
    }
    if (roll < 55) {
      int from = gen.below(gen.length);
      int to = from + gen.below(gen.length - from + 1);
      return List.of(new Stmt.Eval(new Expr.Fn("Arrays.fill(" + a + ", " + from + ", " + to
          + ", %1$s)", List.of(body.exprs().expr(scope, 2)))));
    }
    Expr value = gen.chance(0.5)
        ? new Expr.Bin("+", body.exprs().leaf(scope), new Expr.Elem(a, gen.constantIndex()))
        : body.exprs().expr(scope, 2);
    return List.of(new Stmt.Eval(new Expr.Fn("Arrays.fill(" + a + ", %1$s)", List.of(value))));
  }
}
