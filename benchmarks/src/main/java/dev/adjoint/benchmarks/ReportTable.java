package dev.adjoint.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders the report as Markdown: a header (targets, machine, settings), the scaling chart, then per
 * row of {@link ResultRow} the ratios, bytes and times. A cell whose benchmark did not run reads
 * "–"; a column that is "–" in every row is left out.
 */
final class ReportTable {
  private ReportTable() {}

  static final String PUBLISH_COMMAND =
      "mvn -B -Pbench -pl benchmarks -am verify -DskipTests -Dadjoint.bench.publish=true";
  static final double HAND_WRITTEN_TARGET = 1.1;
  static final String MISSING = "–";

  /** What the header says about a run. {@code chart} is the PNG's file name, or null without one. */
  record Run(boolean quick, String include, Machine machine, String settings, boolean allocation,
      double loadBefore, double loadAfter, ZonedDateTime finished, String chart) {}

  /** The benchmark methods the report knows, in column order, with their column headers. */
  private static final List<String> GENERATED = List.of("primal", "grad", "vjp", "jvp", "handWritten");
  private static final List<String> BASELINES =
      List.of("primal", "grad", "hipparchus", "finiteDifferences");

  static String header(String method) {
    return switch (method) {
      case "handWritten" -> "hand-written";
      case "hipparchus" -> "Hipparchus";
      case "finiteDifferences" -> "finite differences";
      case "primal", "grad", "vjp", "jvp" -> method;
      default -> "`" + method + "`";
    };
  }

  static String render(Run run, List<ResultRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append("# Adjoint benchmark results\n\n");
    if (run.quick()) {
      out.append("> **QUICK RUN: 1 × 200 ms warmup and 1 × 200 ms measurement per benchmark. A smoke"
          + " test of the report, not a measurement; never publish these numbers.**\n\n");
    }
    if (!run.include().isEmpty()) {
      out.append("> **Partial run: only the benchmarks matching `").append(run.include())
          .append("`.**\n\n");
    }
    out.append("Time and memory per call of the derivatives Adjoint generates, against the primal,"
        + " gradients written by hand, Hipparchus forward mode and central finite differences"
        + " (JMH; see `README.md` for what each benchmark does). Regenerate this page with\n\n```\n")
        .append(PUBLISH_COMMAND).append("\n```\n\n");
    out.append("Targets:\n\n")
        .append("- generated gradient at most ").append(HAND_WRITTEN_TARGET)
        .append(" × the hand-written one (grad / hand-written; cells above it are in bold);\n")
        .append("- gradient / primal at most 3 on sum-style objectives;\n")
        .append("- bytes allocated per vjp call close to the primal's (vjp − primal).\n\n");
    machine(out, run);

    if (run.chart() != null) {
      out.append("## Cost against problem size\n\n")
          .append("![Time per call against problem size, log-log](").append(run.chart())
          .append(")\n\n")
          .append("Time per call against each workload's size parameter, both axes logarithmic: a"
              + " slope of 1 is linear cost. Parallel lines mean a constant ratio.\n\n");
    }

    List<ResultRow> generated = rows.stream().filter(r -> !r.isBaselines()).toList();
    List<ResultRow> baselines = rows.stream()
        .filter(r -> r.get("hipparchus") != null || r.get("finiteDifferences") != null).toList();
    List<Column> labels = List.of(new Column("function", ResultRow::label));
    List<Column> labelsAndInputs = List.of(labels.get(0),
        new Column("differentiable inputs", ResultRow::inputs));

    if (!generated.isEmpty()) {
      out.append("## Generated derivatives\n\n");
      out.append("### Ratios\n\n");
      table(out, generated, labelsAndInputs, List.of(
          new Column("grad / primal", r -> ratio(r, "grad", "primal")),
          new Column("vjp / primal", r -> ratio(r, "vjp", "primal")),
          new Column("jvp / primal", r -> ratio(r, "jvp", "primal")),
          new Column("grad / hand-written", r -> target(ratio(r, "grad", "handWritten"),
              HAND_WRITTEN_TARGET))));
      out.append("grad = generated `fGrad` (value and gradient; allocates the gradient and its"
          + " record); vjp = generated `fVjp` into reused accumulators (zeroing them included);"
          + " jvp = generated `fJvp`, one directional derivative; hand-written = the same gradient"
          + " derived by hand, returning the same record.\n\n");

      if (run.allocation()) {
        out.append("### Bytes allocated per call\n\n");
        List<Column> bytes = new ArrayList<>();
        for (String method : List.of("primal", "grad", "vjp", "jvp", "handWritten")) {
          bytes.add(new Column(header(method), r -> bytes(r.get(method))));
        }
        bytes.add(new Column("vjp − primal", r -> bytesDifference(r.get("vjp"), r.get("primal"))));
        table(out, generated, labels, bytes);
        out.append("From JMH's GC profiler (`gc.alloc.rate.norm`): bytes allocated per call,"
            + " averaged over the measurement. 0 means escape analysis removed every"
            + " allocation.\n\n");
      }

      out.append("### Time per call (ns, ± 99.9% confidence half-width)\n\n");
      table(out, generated, labels, timeColumns(generated, GENERATED));
    }

    if (!baselines.isEmpty()) {
      out.append("## Against Hipparchus and finite differences\n\n");
      out.append("These run at a small size: both cost a multiple of the input count.\n\n");
      out.append("### Ratios\n\n");
      table(out, baselines, labelsAndInputs, List.of(
          new Column("grad / primal", r -> ratio(r, "grad", "primal")),
          new Column("Hipparchus / grad", r -> ratio(r, "hipparchus", "grad")),
          new Column("finite differences / grad", r -> ratio(r, "finiteDifferences", "grad"))));
      out.append("Above 1 means the generated gradient is that many times faster.\n\n");
      out.append("### Time per call (ns, ± 99.9% confidence half-width)\n\n");
      table(out, baselines, labels, timeColumns(baselines, BASELINES));
    }
    if (rows.isEmpty()) {
      out.append("No results.\n");
    }
    return out.toString();
  }

  private static void machine(StringBuilder out, Run run) {
    Machine m = run.machine();
    out.append("## Machine and settings\n\n| | |\n|---|---|\n")
        .append("| CPU | ").append(m.cpu()).append(" |\n")
        .append("| cores | ").append(m.cores()).append(" |\n")
        .append("| OS | ").append(m.os()).append(" |\n")
        .append("| JDK | ").append(m.jdk()).append(" |\n")
        .append("| JMH | ").append(m.jmh()).append(" |\n")
        .append("| settings | ").append(run.settings()).append("; average time per call")
        .append(run.allocation() ? "; GC profiler (`-prof gc`) for bytes per call" : "")
        .append(" |\n")
        .append("| finished | ")
        .append(run.finished().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" |\n");
    if (run.loadBefore() >= 0) {
      out.append(String.format(Locale.ROOT,
          "| load average (1 min) | %.2f before, %.2f after: the benchmark alone keeps it near 1;"
              + " more means other processes shared the cores and the times are noisier |%n",
          run.loadBefore(), run.loadAfter()));
    }
    out.append('\n');
  }

  /** A time column per method of {@code known}, then one per method the report does not know. */
  private static List<Column> timeColumns(List<ResultRow> rows, List<String> known) {
    Set<String> methods = new LinkedHashSet<>(known);
    for (ResultRow r : rows) {
      for (String method : r.methods().keySet()) {
        if (!GENERATED.contains(method) && !BASELINES.contains(method)) {
          methods.add(method);
        }
      }
    }
    List<Column> columns = new ArrayList<>();
    for (String method : methods) {
      columns.add(new Column(header(method), r -> time(r.get(method))));
    }
    return columns;
  }

  private interface Cell {
    String of(ResultRow row);
  }

  private record Column(String header, Cell cell) {}

  /** Writes a table, leaving out the value columns that are empty in every row. */
  private static void table(StringBuilder out, List<ResultRow> rows, List<Column> labels,
      List<Column> values) {
    List<Column> columns = new ArrayList<>(labels);
    for (Column c : values) {
      if (rows.stream().anyMatch(r -> !c.cell().of(r).equals(MISSING))) {
        columns.add(c);
      }
    }
    if (columns.size() == labels.size()) {
      out.append("No results.\n\n");
      return;
    }
    out.append('|');
    for (Column c : columns) {
      out.append(' ').append(c.header()).append(" |");
    }
    out.append("\n|");
    for (int i = 0; i < columns.size(); i++) {
      out.append(i < labels.size() ? "---|" : "---:|");
    }
    out.append('\n');
    for (ResultRow r : rows) {
      out.append('|');
      for (Column c : columns) {
        out.append(' ').append(c.cell().of(r)).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  static String ratio(ResultRow row, String numerator, String denominator) {
    Measurement n = row.get(numerator);
    Measurement d = row.get(denominator);
    if (n == null || d == null || !(d.nanos() > 0)) {
      return MISSING;
    }
    double r = n.nanos() / d.nanos();
    if (r >= 100) {
      return String.format(Locale.ROOT, "%,.0f", r);
    }
    return String.format(Locale.ROOT, r >= 10 ? "%.1f" : "%.2f", r);
  }

  /** Bold when above the target. */
  private static String target(String ratio, double limit) {
    if (ratio.equals(MISSING) || Double.parseDouble(ratio.replace(",", "")) <= limit) {
      return ratio;
    }
    return "**" + ratio + "**";
  }

  static String time(Measurement m) {
    if (m == null) {
      return MISSING;
    }
    String pattern = m.nanos() >= 100 ? "%,.0f" : "%.1f";
    String value = String.format(Locale.ROOT, pattern, m.nanos());
    if (Double.isNaN(m.nanosError())) {
      return value;
    }
    return value + " ± " + String.format(Locale.ROOT, pattern, m.nanosError());
  }

  static String bytes(Measurement m) {
    if (m == null || Double.isNaN(m.bytes())) {
      return MISSING;
    }
    // JMH's own bookkeeping shows as a fraction of a byte per call
    return String.format(Locale.ROOT, "%,.0f", Math.abs(m.bytes()) < 0.5 ? 0.0 : m.bytes());
  }

  private static String bytesDifference(Measurement m, Measurement base) {
    if (bytes(m).equals(MISSING) || bytes(base).equals(MISSING)) {
      return MISSING;
    }
    double d = m.bytes() - base.bytes();
    return Math.abs(d) < 0.5 ? "0"
        : (d > 0 ? "+" : "−") + String.format(Locale.ROOT, "%,.0f", Math.abs(d));
  }
}
