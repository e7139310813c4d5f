package dev.adjoint.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module in one JMH run and reports, per function and size, how the
 * generated derivatives compare with the primal and with the other ways to get the same gradient:
 * ratios, bytes allocated per call (JMH's GC profiler) and times ({@link ReportTable}), and a chart
 * of time against size ({@link ScalingChart}). The report goes to standard output and to
 * {@code <target>/benchmark-report.md} (chart: {@code <target>/results-scaling.png}); the raw JMH
 * results to {@code <target>/jmh-result.json}.
 *
 * <p>Usage: {@code Report [targetDirectory [moduleDirectory]]}. System properties:
 * {@code adjoint.bench.quick=true} (one warmup and one measurement iteration of 200 ms each: a smoke
 * test, not a measurement), {@code adjoint.bench.include=<regex>} (only benchmarks whose name
 * matches, e.g. {@code Horner}), {@code adjoint.bench.gc=false} (no GC profiler, no bytes column) and
 * {@code adjoint.bench.publish=true} (also write {@code RESULTS.md} and the chart into the module
 * directory; refused for a quick or partial run).
 */
public final class Report {
  private Report() {}

  /**
   * One benchmarked function: its JMH class, its name in the report and its differentiable inputs,
   * where {@code {p}} stands for the value of the class's {@code @Param} field {@code p}
   * ({@code "x[{n}]"} reads "x[10000]" in the row for n = 10000). A class {@code XBaselinesBench}
   * takes the entry of {@code XBench}; a class without an entry is reported under its own name.
   */
  record Function(String benchClass, String name, String inputs) {}

  static final List<Function> FUNCTIONS = List.of(
      new Function("RosenbrockBench", "Rosenbrock", "x[100]"),
      new Function("DenseLayerBench", "dense layer loss", "W[64][64], b[64]"),
      new Function("LogSumExpBench", "log-sum-exp", "x[256]"),
      new Function("HornerBench", "Horner, degree 50", "x, c[51]"),
      new Function("StraightLineBench", "straight line", "x, y"),
      new Function("RosenbrockScalingBench", "chained Rosenbrock", "x[{n}]"),
      new Function("LogisticRegressionBench", "logistic regression, L2", "w[20], bias; {n} rows"),
      new Function("GaussianMixtureBench", "Gaussian mixture NLL, N = 1000",
          "alphas[{k}], means[{k}·{d}], icf[{k}][d(d+1)/2], d = {d}"),
      new Function("MlpBench", "tanh MLP over a mini-batch",
          "w1[{hidden}][{features}], b1, w2[{outputs}][{hidden}], b2"),
      new Function("LstmBench", "LSTM sequence loss",
          "w[4·{hidden}][{features}], u[4·{hidden}][{hidden}], b, readout"),
      new Function("OdeIntegratorBench", "RK4 Lotka–Volterra", "θ[4], {steps} steps"),
      new Function("BundleAdjustmentBench", "bundle-adjustment Jacobians, 2 VJPs each",
          "camera[9], point[3]; {nObs} observations"));

  /** The committed results page and its chart, which a publishing run writes into the module. */
  static final String RESULTS = "RESULTS.md";
  static final String CHART = "results-scaling.png";

  public static void main(String[] args) throws RunnerException, IOException {
    System.setProperty("java.awt.headless", "true"); // the chart is drawn without a display
    Path target = args.length > 0 ? Path.of(args[0]) : defaultTarget();
    Path module = args.length > 1 ? Path.of(args[1]) : target.toAbsolutePath().getParent();
    Files.createDirectories(target);
    boolean quick = Boolean.getBoolean("adjoint.bench.quick");
    boolean publish = Boolean.getBoolean("adjoint.bench.publish");
    boolean allocation = Boolean.parseBoolean(System.getProperty("adjoint.bench.gc", "true"));
    String include = System.getProperty("adjoint.bench.include", "").trim();
    String refusal = publish ? publishRefusal(quick, include) : null;
    if (refusal != null) { // before spending minutes on the run
      System.err.println(refusal);
      System.exit(2);
    }

    String packagePattern = Measurement.PACKAGE.replace(".", "\\.");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include.isEmpty()
            ? "^" + packagePattern + "[A-Za-z]+Bench\\."
            : packagePattern + ".*" + include)
        // the report is about time per call, whatever a class declares
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(target.resolve("jmh-result.json").toString());
    if (allocation) {
      options = options.addProfiler(GCProfiler.class);
    }
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

    List<ResultRow> rows =
        ResultRow.group(results.stream().map(Measurement::of).toList(), FUNCTIONS);
    List<ScalingChart.Panel> panels = ScalingChart.panels(rows);
    ReportTable.Run run = new ReportTable.Run(quick, include, Machine.current(), settings(results),
        allocation, loadBefore, loadAfter, ZonedDateTime.now(), panels.isEmpty() ? null : CHART);
    String report = ReportTable.render(run, rows);
    System.out.println();
    System.out.println(report);

    List<Path> directories = publish ? List.of(target, module) : List.of(target);
    for (Path directory : directories) {
      Path file = directory.resolve(directory.equals(module) ? RESULTS : "benchmark-report.md");
      Files.writeString(file, report);
      Path chart = directory.resolve(CHART);
      if (panels.isEmpty()) {
        Files.deleteIfExists(chart); // a chart of an earlier run would not match the page
      } else {
        ScalingChart.write(panels, chart);
      }
      System.out.println("Written to " + file.toAbsolutePath()
          + (panels.isEmpty() ? "" : " and " + chart.toAbsolutePath()));
    }
  }

  /** Why a run with these settings may not publish, or null: the page takes full runs only. */
  static String publishRefusal(boolean quick, String include) {
    if (!quick && include.isEmpty()) {
      return null;
    }
    String what = quick ? "a quick run" : "a partial run (-Dadjoint.bench.include=" + include + ")";
    return "Refusing to publish " + what + ": " + RESULTS + " only takes a full run, "
        + ReportTable.PUBLISH_COMMAND;
  }

  private static Path defaultTarget() {
    Path module = Path.of("benchmarks");
    return Files.isDirectory(module) ? module.resolve("target") : Path.of("target");
  }

  /** "1 fork, 3 × 1 s warmup, 5 × 1 s measurement", per group of classes if they differ. */
  private static String settings(Collection<RunResult> results) {
    Map<String, Set<String>> classesBySettings = new LinkedHashMap<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String s = p.getForks() + (p.getForks() == 1 ? " fork, " : " forks, ")
          + p.getWarmup().getCount() + " × " + p.getWarmup().getTime() + " warmup, "
          + p.getMeasurement().getCount() + " × " + p.getMeasurement().getTime() + " measurement"
          + (p.getThreads() == 1 ? "" : ", " + p.getThreads() + " threads");
      classesBySettings.computeIfAbsent(s, k -> new TreeSet<>()).add(Measurement.of(r).benchClass());
    }
    if (classesBySettings.size() == 1) {
      return classesBySettings.keySet().iterator().next();
    }
    StringBuilder out = new StringBuilder();
    classesBySettings.forEach((s, classes) -> out.append(out.length() == 0 ? "" : "; ")
        .append(String.join(", ", classes)).append(": ").append(s));
    return out.toString();
  }
}
