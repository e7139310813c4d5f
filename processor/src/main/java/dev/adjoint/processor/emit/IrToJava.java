package dev.adjoint.processor.emit;

import com.palantir.javapoet.ClassName;
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
import java.util.function.Predicate;

/** Writes an IR block as a JavaPoet code block: one statement per line, comments kept. */
final class IrToJava {
  private final IrPrinter printer;
  private final Predicate<String> isVariable;

  /**
   * @param printer marks qualified class names ({@link IrPrinter#TYPE_START}), which are written
   *     as types so that the file imports them
   * @param isVariable whether a variable of the method has a name, which then stays qualified
   *     where a type's simple name would mean the variable
   */
  IrToJava(IrPrinter printer, Predicate<String> isVariable) {
    this.printer = printer;
    this.isVariable = isVariable;
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
          out.addStatement("$L $L = $L", type, printer.name(d.var()),
              code(printer.expr(d.init())));
        }
      } else if (s instanceof Assign a) {
        out.addStatement("$L", code(printer.assignment(a)));
      } else if (s instanceof Return r) {
        out.addStatement("return $L", code(printer.expr(r.value())));
      } else if (s instanceof Loop l) {
        loop(l, out);
      } else if (s instanceof Eval e) {
        out.addStatement("$L", code(printer.expr(e.call())));
      } else if (s instanceof Effect e) {
        out.add("$L\n", code(printer.effect(e)));
      } else if (s instanceof If i) {
        out.beginControlFlow("if ($L)", code(printer.expr(i.cond())));
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
      out.endControlFlow("while ($L)", code(printer.expr(l.cond())));
      return;
    }
    if (l.init().isEmpty() && l.update().isEmpty()) {
      out.beginControlFlow("while ($L)", code(printer.expr(l.cond())));
    } else {
      out.beginControlFlow("for ($L; $L; $L)", code(join(l.init())), code(printer.expr(l.cond())),
          code(join(l.update())));
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

  /** Printed text as code: each marked class name a type, imported unless a variable hides it. */
  private CodeBlock code(String printed) {
    CodeBlock.Builder out = CodeBlock.builder();
    int from = 0;
    for (int start; (start = printed.indexOf(IrPrinter.TYPE_START, from)) >= 0; ) {
      int end = printed.indexOf(IrPrinter.TYPE_END, start);
      out.add("$L", printed.substring(from, start));
      ClassName type = ClassName.bestGuess(printed.substring(start + 1, end));
      if (isVariable.test(type.topLevelClassName().simpleName())) {
        out.add("$L", type.canonicalName());
      } else {
        out.add("$T", type);
      }
      from = end + 1;
    }
    return out.add("$L", printed.substring(from)).build();
  }
}
