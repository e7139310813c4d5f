package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement of a generated program. Loops own their counters and bounds, so no shrinking
 * step can make a program run forever: deleting or rewriting statements never touches them.
 */
sealed interface Stmt {
  void render(StringBuilder out, String indent);

  /** The expressions directly in this statement, not in nested blocks. */
  default List<Expr> exprs() {
    return List.of();
  }

  default Stmt withExprs(List<Expr> exprs) {
    return this;
  }

  /** Nested statement lists (a loop body, the two branches of an if). */
  default List<List<Stmt>> blocks() {
    return List.of();
  }

  default Stmt withBlocks(List<List<Stmt>> blocks) {
    return this;
  }

  static void renderBlock(List<Stmt> body, StringBuilder out, String indent) {
    for (Stmt s : body) {
      s.render(out, indent);
    }
  }

  /** {@code double name = init;}, or {@code double name;} when {@code init} is null. */
  record Declare(String name, Expr init) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("double ").append(name);
      if (init != null) {
        out.append(" = ").append(init.render());
      }
      out.append(";\n");
    }

    public List<Expr> exprs() {
      return init == null ? List.of() : List.of(init);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new Declare(name, init == null ? null : exprs.get(0));
    }
  }

  /** {@code target op value;} with op one of {@code = += -= *= /=}; target a name or an element. */
  record Assign(Expr target, String op, Expr value) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append(target.render()).append(' ').append(op).append(' ')
          .append(value.render()).append(";\n");
    }

    /** The target's index (if any) and the value; the target itself is never replaced. */
    public List<Expr> exprs() {
      return target instanceof Expr.Elem e ? List.of(e.index(), value) : List.of(value);
    }

    public Stmt withExprs(List<Expr> exprs) {
      if (target instanceof Expr.Elem e) {
        return new Assign(new Expr.Elem(e.array(), exprs.get(0)), op, exprs.get(1));
      }
      return new Assign(target, op, exprs.get(0));
    }
  }

  /** {@code double[] name = init;} where init is {@code new double[n]}, {@code {...}} or a call. */
  record DeclareArray(String name, int length, List<Expr> elements, Expr call) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("double[] ").append(name).append(" = ");
      if (call != null) {
        out.append(call.render());
      } else if (elements.isEmpty()) {
        out.append("new double[").append(length).append(']');
      } else {
        out.append('{').append(String.join(", ", elements.stream().map(Expr::render).toList()))
            .append('}');
      }
      out.append(";\n");
    }

    public List<Expr> exprs() {
      return call != null ? List.of(call) : elements;
    }

    public Stmt withExprs(List<Expr> exprs) {
      return call != null ? new DeclareArray(name, length, elements, exprs.get(0))
          : new DeclareArray(name, length, exprs, null);
    }
  }

  /** A statement that is just an expression: {@code Arrays.fill(a, e);} or a call. */
  record Eval(Expr expr) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append(expr.render()).append(";\n");
    }

    public List<Expr> exprs() {
      return List.of(expr);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new Eval(exprs.get(0));
    }
  }

  record If(Expr cond, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("if (").append(cond.render()).append(") {\n");
      renderBlock(then, out, indent + "  ");
      if (!otherwise.isEmpty()) {
        out.append(indent).append("} else {\n");
        renderBlock(otherwise, out, indent + "  ");
      }
      out.append(indent).append("}\n");
    }

    public List<Expr> exprs() {
      return List.of(cond);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new If(exprs.get(0), then, otherwise);
    }

    public List<List<Stmt>> blocks() {
      return List.of(then, otherwise);
    }

    public Stmt withBlocks(List<List<Stmt>> blocks) {
      return new If(cond, blocks.get(0), blocks.get(1));
    }
  }

  /**
   * {@code for (int var = start; var cmp end [&& extra]; step)}: the header is fixed text apart
   * from the optional extra condition, and the body never assigns {@code var}.
   */
  record For(String var, String start, String test, String step, Expr extra, List<Stmt> body)
      implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("for (int ").append(var).append(" = ").append(start).append("; ")
          .append(test);
      if (extra != null) {
        out.append(" && ").append(extra.render());
      }
      out.append("; ").append(step).append(") {\n");
      renderBlock(body, out, indent + "  ");
      out.append(indent).append("}\n");
    }

    public List<Expr> exprs() {
      return extra == null ? List.of() : List.of(extra);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new For(var, start, test, step, extra == null ? null : exprs.get(0), body);
    }

    public List<List<Stmt>> blocks() {
      return List.of(body);
    }

    public Stmt withBlocks(List<List<Stmt>> blocks) {
      return new For(var, start, test, step, extra, blocks.get(0));
    }
  }

  /**
   * {@code int k = 0; while (cond && k < bound) { k++; ... }}, or the do/while form. The counter
   * is incremented first, so {@code continue} cannot skip it, and it stays in scope afterwards.
   */
  record While(String counter, int bound, Expr cond, boolean isDo, List<Stmt> body)
      implements Stmt {
    public void render(StringBuilder out, String indent) {
      String test = cond.render() + " && " + counter + " < " + bound;
      out.append(indent).append("int ").append(counter).append(" = 0;\n");
      out.append(indent).append(isDo ? "do {\n" : "while (" + test + ") {\n");
      out.append(indent).append("  ").append(counter).append("++;\n");
      renderBlock(body, out, indent + "  ");
      out.append(indent).append(isDo ? "} while (" + test + ");\n" : "}\n");
    }

    public List<Expr> exprs() {
      return List.of(cond);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new While(counter, bound, exprs.get(0), isDo, body);
    }

    public List<List<Stmt>> blocks() {
      return List.of(body);
    }

    public Stmt withBlocks(List<List<Stmt>> blocks) {
      return new While(counter, bound, cond, isDo, blocks.get(0));
    }
  }

  /** {@code break;} or {@code continue;}. */
  record Jump(String keyword) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append(keyword).append(";\n");
    }
  }

  record Return(Expr value) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("return ").append(value.render()).append(";\n");
    }

    public List<Expr> exprs() {
      return List.of(value);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new Return(exprs.get(0));
    }
  }

  /**
   * {@code switch (selector)}: case {@code k} has the labels {@code labels.get(k)} and the body
   * {@code bodies.get(k)}; a body past the last labels is the default. Classic cases end with
   * {@code break}, unless their body already leaves.
   */
  record Switch(Expr selector, List<List<String>> labels, List<List<Stmt>> bodies,
      boolean arrows) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("switch (").append(selector.render()).append(") {\n");
      for (int k = 0; k < bodies.size(); k++) {
        List<Stmt> body = bodies.get(k);
        if (arrows) {
          out.append(indent).append("  ").append(caseHead(labels, k)).append(" -> {\n");
          renderBlock(body, out, indent + "    ");
          out.append(indent).append("  }\n");
          continue;
        }
        if (k < labels.size()) {
          for (String label : labels.get(k)) {
            out.append(indent).append("  case ").append(label).append(":\n");
          }
        } else {
          out.append(indent).append("  default:\n");
        }
        renderBlock(body, out, indent + "    ");
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Return
            || body.get(body.size() - 1) instanceof Jump)) {
          out.append(indent).append("    break;\n");
        }
      }
      out.append(indent).append("}\n");
    }

    public List<Expr> exprs() {
      return List.of(selector);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new Switch(exprs.get(0), labels, bodies, arrows);
    }

    public List<List<Stmt>> blocks() {
      return bodies;
    }

    public Stmt withBlocks(List<List<Stmt>> blocks) {
      return new Switch(selector, labels, blocks, arrows);
    }
  }

  /** {@code double name = switch (selector) { case 0 -> e0; ... default -> eLast; };}. */
  record SwitchDeclare(String name, Expr selector, List<List<String>> labels, List<Expr> values)
      implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("double ").append(name).append(" = switch (")
          .append(selector.render()).append(") {\n");
      for (int k = 0; k < values.size(); k++) {
        out.append(indent).append("  ").append(caseHead(labels, k)).append(" -> ")
            .append(values.get(k).render()).append(";\n");
      }
      out.append(indent).append("};\n");
    }

    public List<Expr> exprs() {
      List<Expr> all = new ArrayList<>(List.of(selector));
      all.addAll(values);
      return all;
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new SwitchDeclare(name, exprs.get(0), labels, exprs.subList(1, exprs.size()));
    }
  }

  /**
   * A statement that acts only through its effect, as argument checks are written: the
   * template's {@code %1$s} is a double expression ({@code checkFinite(%1$s)}, a {@code throw}
   * guard, an {@code assert}).
   */
  record Effect(String template, Expr value) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append(String.format(template, value.render())).append('\n');
    }

    public List<Expr> exprs() {
      return List.of(value);
    }

    public Stmt withExprs(List<Expr> exprs) {
      return new Effect(template, exprs.get(0));
    }
  }

  /** A fixed line: {@code double[][] m = new double[4][4];} or {@code double[] row = m[i];}. */
  record Line(String text) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append(text).append('\n');
    }
  }

  /** {@code for (double[] row : m) { ... }}. */
  record ForEach(String header, List<Stmt> body) implements Stmt {
    public void render(StringBuilder out, String indent) {
      out.append(indent).append("for (").append(header).append(") {\n");
      renderBlock(body, out, indent + "  ");
      out.append(indent).append("}\n");
    }

    public List<List<Stmt>> blocks() {
      return List.of(body);
    }

    public Stmt withBlocks(List<List<Stmt>> blocks) {
      return new ForEach(header, blocks.get(0));
    }
  }

  /** {@code case 1, 2} for the k-th arrow case, {@code default} past the last labels. */
  static String caseHead(List<List<String>> labels, int k) {
    return k < labels.size() ? "case " + String.join(", ", labels.get(k)) : "default";
  }

  static List<Stmt> replaced(List<Stmt> list, int i, List<Stmt> with) {
    List<Stmt> copy = new ArrayList<>(list.subList(0, i));
    copy.addAll(with);
    copy.addAll(list.subList(i + 1, list.size()));
    return copy;
  }
}
