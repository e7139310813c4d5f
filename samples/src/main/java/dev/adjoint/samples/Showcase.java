package dev.adjoint.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The program a newcomer runs first: it checks every worked example against the math, shows the
 * adjoint code javac generated for a scalar example and for a loop, and draws functions next to their
 * derivatives, gradient-descent paths over level sets, and a small network's training curve.
 *
 * <p>Run it with {@code mvn -B -Pshowcase -pl samples -am verify -DskipTests}; its only argument is
 * the module's {@code target} directory. It exits with status 1 if any number disagrees.
 */
public final class Showcase {

  private Showcase() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath().normalize();
    PrintStream out = System.out;

    out.println("Adjoint showcase: worked examples of calculus and backpropagation, differentiated at compile time.");
    out.println("Every number in the 'Adjoint' column comes from code javac generated; 'closed form' is the math.");
    List<WorkedExamples.Section> sections = WorkedExamples.all();
    int examples = 0;
    int comparisons = 0;
    int failures = 0;
    for (WorkedExamples.Section section : sections) {
      for (Example example : section.examples()) {
        examples++;
        comparisons += example.comparisons().size();
        failures += example.comparisons().stream().filter(c -> !c.ok()).count();
      }
    }
    String verdict = String.format(Locale.ROOT, "%d examples, %d numbers compared (relative"
        + " tolerance %.0e unless a row says otherwise): %s", examples, comparisons,
        Comparison.TOLERANCE, failures == 0 ? "all OK" : failures + " FAILED");
    out.println(verdict); // first, and again at the end: the one line a newcomer looks for
    for (WorkedExamples.Section section : sections) {
      out.println();
      out.println("== " + section.title() + " ==");
      List<Comparison> all = section.examples().stream()
          .flatMap(e -> e.comparisons().stream()).toList();
      ResultTable table = new ResultTable(all);
      table.printHeader(out);
      int row = 0;
      for (Example example : section.examples()) {
        print(out, example, table, row);
        row += example.comparisons().size();
      }
    }

    showGeneratedCode(out, target);

    out.println();
    out.println("== Plots ==");
    for (Path plot : Plots.writeAll(target.resolve("showcase"))) {
      out.println("  wrote " + plot);
    }
    out.println("  (under target/, so the test command's 'mvn clean' removes them)");

    out.println();
    out.println(verdict);

    if (failures > 0) {
      System.err.println(failures + " comparison(s) FAILED; see the lines marked FAIL above.");
      System.exit(1);
    }
  }

  private static void print(PrintStream out, Example example, ResultTable table, int row) {
    wrap(out, example.id() + "   " + example.function() + "   at " + example.point(), "       ");
    for (String line : example.transcript()) {
      wrap(out, "       | " + line, "       |   ");
    }
    table.print(out, row, row + example.comparisons().size());
    for (String note : example.notes()) {
      wrap(out, "       note: " + note, "             ");
    }
  }

  /** Prints {@code text} broken at spaces to fit the table's width, going on after {@code indent}. */
  private static void wrap(PrintStream out, String text, String indent) {
    String rest = text;
    while (rest.length() > ResultTable.WIDTH) {
      int cut = rest.lastIndexOf(' ', ResultTable.WIDTH);
      if (cut <= indent.length()) {
        break;
      }
      out.println(rest.substring(0, cut));
      rest = indent + rest.substring(cut + 1).stripLeading();
    }
    out.println(rest);
  }

  /** Prints where the companions live and one method the user wrote beside its generated adjoint. */
  private static void showGeneratedCode(PrintStream out, Path target) {
    out.println();
    out.println("== The generated code ==");
    List<Class<?>> owners = List.of(OneVariable.class, ChainRule.class, ProductAndQuotient.class,
        SeveralInputs.class, Activations.class, Networks.class, Surfaces.class, Loops.class, Jacobians.class,
        MatrixCalculus.class, LeastSquares.class, Softmax.class, Hessians.class, ForwardVsReverse.class,
        TinyNetwork.class);
    out.println("javac wrote one companion class per source file, in");
    out.println("  " + SourceExcerpt.generatedCompanion(target, owners.get(0)).getParent() + ":");
    for (Class<?> owner : owners) {
      out.println("  " + SourceExcerpt.generatedCompanion(target, owner).getFileName());
    }
    out.println();
    out.println("You write (ChainRule.java):");
    indent(out, SourceExcerpt.method(SourceExcerpt.userSource(target, ChainRule.class), "multipath")
        .orElse("(source not found)"));
    out.println("javac generates the reverse mode, x's two paths adding into xBar (ChainRuleDerivatives.java):");
    indent(out, SourceExcerpt.method(SourceExcerpt.generatedCompanion(target, ChainRule.class), "multipathVjp")
        .orElse("(generated source not found; run the build with annotation processing on)"));

    out.println();
    out.println("A loop, reversed without a tape. You write (Loops.java):");
    indent(out, SourceExcerpt.method(SourceExcerpt.userSource(target, Loops.class), "horner")
        .orElse("(source not found)"));
    out.println("javac generates the reverse mode (LoopsDerivatives.java). The forward sweep saves the p that each");
    out.println("iteration overwrites, in an array sized before the loop; the reverse sweep runs i upwards, reading");
    out.println("p back, and needs nothing saved for i:");
    indent(out, SourceExcerpt.method(SourceExcerpt.generatedCompanion(target, Loops.class), "hornerVjp")
        .orElse("(generated source not found; run the build with annotation processing on)"));
  }

  private static void indent(PrintStream out, String text) {
    text.lines().forEach(line -> out.println(line.isBlank() ? "" : "    " + line));
  }
}
