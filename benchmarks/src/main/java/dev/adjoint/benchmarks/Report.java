package dev.adjoint.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module in one JMH run and prints, per function, how the generated
 * derivatives compare with the primal and with the other ways to get the same gradient. The table
 * goes to standard output and to {@code <target>/benchmark-report.md}; the raw JMH results to
 * {@code <target>/jmh-result.json}.
 *
 * <p>Usage: {@code Report [targetDirectory]}. System properties: {@code adjoint.bench.quick=true}
 * (one warmup and one measurement iteration of 200 ms each: a smoke test, not a measurement) and
 * {@code adjoint.bench.include=<regex>} (only benchmarks whose name matches, e.g. {@code Horner}).
 */
public final class Report {
  private Report() {}

  /** One benchmarked function: its JMH class and how to describe it. */
  record Function(String benchClass, String name, String inputs) {}

  static final List<Function> FUNCTIONS = List.of(
      new Function("RosenbrockBench", "Rosenbrock", "x[100]"),
      new Function("DenseLayerBench", "dense layer loss", "W[64][64], b[64]"),
      new Function("LogSumExpBench", "log-sum-exp", "x[256]"),
      new Function("HornerBench", "Horner, degree 50", "x, c[51]"),
      new Function("StraightLineBench", "straight line", "x, y"));

  private static final String PACKAGE = "dev.adjoint.benchmarks.";

  public static void main(String[] args) throws RunnerException, IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : defaultTarget();
    Files.createDirectories(target);
    boolean quick = Boolean.getBoolean("adjoint.bench.quick");
    String include = System.getProperty("adjoint.bench.include", "").trim();

    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include.isEmpty()
            ? "^" + PACKAGE.replace(".", "\\.") + "[A-Za-z]+Bench\\."
            : PACKAGE.replace(".", "\\.") + ".*" + include)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(target.resolve("jmh-result.json").toString());
    if (quick) {
      options = options
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(200));
    }
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Collection<RunResult> results = new Runner(options.build()).run();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    if (results.isEmpty()) {
      System.err.println("No benchmark matched " + (include.isEmpty() ? "" : "'" + include + "'"));
      System.exit(1);
    }

    Map<String, Map<String, Result<?>>> scores = new HashMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark(); // dev.adjoint.benchmarks.XBench.method
      String rest = benchmark.substring(PACKAGE.length());
      int dot = rest.indexOf('.');
      scores.computeIfAbsent(rest.substring(0, dot), k -> new HashMap<>())
          .put(rest.substring(dot + 1), run.getPrimaryResult());
    }

    String report = render(scores, quick, loadBefore, loadAfter);
    System.out.println();
    System.out.println(report);
    Path file = target.resolve("benchmark-report.md");
    Files.writeString(file, report);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private static Path defaultTarget() {
    Path module = Path.of("benchmarks");
    return Files.isDirectory(module) ? module.resolve("target") : Path.of("target");
  }

  static String render(Map<String, Map<String, Result<?>>> scores, boolean quick, double loadBefore,
      double loadAfter) {
    StringBuilder out = new StringBuilder();
    out.append("# Adjoint benchmark report\n\n");
    out.append(String.format(Locale.ROOT,
        "JMH average time per call, JDK %s (%s), %d cores, %s. %s.%n%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(),
        quick ? "QUICK settings (1 x 200 ms warmup, 1 x 200 ms measurement: a smoke test, not a measurement)"
            : "1 fork, 3 x 1 s warmup, 5 x 1 s measurement",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    if (loadBefore >= 0) {
      out.append(String.format(Locale.ROOT,
          "System load average (1 min): %.2f before the run, %.2f after. The benchmark alone"
              + " keeps it near 1; more means other processes shared the cores and the times are"
              + " noisier.%n%n",
          loadBefore, loadAfter));
    }

    out.append("## Ratios\n\n");
    out.append("| function | differentiable inputs | grad / primal | grad / hand-written"
        + " | Hipparchus / grad | finite differences / grad | jvp / primal | vjp / primal |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Function f : FUNCTIONS) {
      Map<String, Result<?>> s = scores.get(f.benchClass());
      if (s == null) {
        continue;
      }
      out.append("| ").append(f.name()).append(" | ").append(f.inputs())
          .append(" | ").append(ratio(s, "grad", "primal"))
          .append(" | ").append(ratio(s, "grad", "handWritten"))
          .append(" | ").append(ratio(s, "hipparchus", "grad"))
          .append(" | ").append(ratio(s, "finiteDifferences", "grad"))
          .append(" | ").append(ratio(s, "jvp", "primal"))
          .append(" | ").append(ratio(s, "vjp", "primal"))
          .append(" |\n");
    }
    out.append("\ngrad = generated `fGrad` (value and gradient, allocates the gradient and its record);"
        + " vjp = generated `fVjp` into reused accumulators (zeroing them included); jvp = generated"
        + " `fJvp`, one directional derivative. Above 1 in the Hipparchus and finite-difference"
        + " columns means the generated gradient is that many times faster.\n\n");

    out.append("## Times (ns per call, ± 99.9% confidence half-width)\n\n");
    out.append("| function | primal | grad | vjp | jvp | hand-written | Hipparchus"
        + " | finite differences |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Function f : FUNCTIONS) {
      Map<String, Result<?>> s = scores.get(f.benchClass());
      if (s == null) {
        continue;
      }
      out.append("| ").append(f.name());
      for (String b : List.of("primal", "grad", "vjp", "jvp", "handWritten", "hipparchus",
          "finiteDifferences")) {
        out.append(" | ").append(time(s.get(b)));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  private static String ratio(Map<String, Result<?>> s, String numerator, String denominator) {
    Result<?> n = s.get(numerator);
    Result<?> d = s.get(denominator);
    if (n == null || d == null) {
      return "–";
    }
    double r = n.getScore() / d.getScore();
    if (r >= 100) {
      return String.format(Locale.ROOT, "%,.0f", r);
    }
    return String.format(Locale.ROOT, r >= 10 ? "%.1f" : "%.2f", r);
  }

  private static String time(Result<?> r) {
    if (r == null) {
      return "–";
    }
    double score = r.getScore();
    double error = r.getScoreError();
    String pattern = score >= 100 ? "%,.0f" : "%.1f";
    String value = String.format(Locale.ROOT, pattern, score);
    if (Double.isNaN(error)) {
      return value;
    }
    return value + " ± " + String.format(Locale.ROOT, pattern, error);
  }
}
