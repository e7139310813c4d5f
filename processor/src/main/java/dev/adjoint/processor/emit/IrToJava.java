package dev.adjoint.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Effect;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.IrPrinter;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;

/** Writes an IR block as a JavaPoet code block: one statement per line, comments kept. */
final class IrToJava {
  private final IrPrinter printer;

  IrToJava(IrPrinter printer) {
    this.printer = printer;
  }

  CodeBlock block(Block block) {
    CodeBlock.Builder out = CodeBlock.builder();
    write(block, out, true);
    return out.build();
  }

  private void write(Block block, CodeBlock.Builder out, boolean top) {
    boolean first = true;
    for (Stmt s : block.stmts()) {
      if (s instanceof Comment c) {
        if (!first && top) {
          out.add("\n");
        }
        out.add("// $L\n", c.text());
      } else if (s instanceof Declare d) {
        String type = d.var().type().javaName();
        if (d.init() == null) {
          out.addStatement("$L $L", type, printer.name(d.var()));
        } else {
          out.addStatement("$L $L = $L", type, printer.name(d.var()), printer.expr(d.init()));
        }
      } else if (s instanceof Assign a) {
        out.addStatement("$L", printer.assignment(a));
      } else if (s instanceof Return r) {
        out.addStatement("return $L", printer.expr(r.value()));
      } else if (s instanceof Loop l) {
        loop(l, out);
      } else if (s instanceof Eval e) {
        out.addStatement("$L", printer.expr(e.call()));
      } else if (s instanceof Effect e) {
        out.add("$L\n", printer.effect(e));
      } else if (s instanceof If i) {
        out.beginControlFlow("if ($L)", printer.expr(i.cond()));
        write(i.then(), out, false);
        if (!i.otherwise().stmts().isEmpty()) {
          out.nextControlFlow("else");
          write(i.otherwise(), out, false);
        }
        out.endControlFlow();
      } else {
        throw new IllegalStateException("statement left for the emitter: " + s);
      }
      first = false;
    }
  }

  private void loop(Loop l, CodeBlock.Builder out) {
    if (!l.testFirst()) {
      out.beginControlFlow("do");
      write(l.body(), out, false);
      out.endControlFlow("while ($L)", printer.expr(l.cond()));
      return;
    }
    if (l.init().isEmpty() && l.update().isEmpty()) {
      out.beginControlFlow("while ($L)", printer.expr(l.cond()));
    } else {
      out.beginControlFlow("for ($L; $L; $L)", join(l.init()), printer.expr(l.cond()),
          join(l.update()));
    }
    write(l.body(), out, false);
    out.endControlFlow();
  }

  /** A for header's parts; declarations after the first share its type: {@code int i = 0, j = n}. */
  private String join(java.util.List<Stmt> stmts) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < stmts.size(); k++) {
      String part = printer.simpleStatement(stmts.get(k));
      if (k > 0 && stmts.get(k) instanceof Declare d) {
        part = part.substring(d.var().type().javaName().length() + 1);
      }
      out.append(k > 0 ? ", " : "").append(part);
    }
    return out.toString();
  }
}
