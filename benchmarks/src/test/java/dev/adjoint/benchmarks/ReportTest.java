package dev.adjoint.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.benchmarks.Report.Function;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grouping, rendering and the chart, from made-up measurements: no JMH run. */
class ReportTest {
  static final List<Function> FUNCTIONS = List.of(
      new Function("RosenbrockBench", "Rosenbrock", "x[{n}]"),
      new Function("DenseBench", "dense layer", "W[{d}][{k}], b[{d}]"));

  static final Machine MACHINE = new Machine("Test CPU", 2, "TestOS 1 (amd64)", "Vendor 17", "1.37");

  static final String SETTINGS = "1 fork, 3 × 1 s warmup, 5 × 1 s measurement";

  /** The report of {@link #measurements()}. */
  static String render(boolean quick, String include, boolean allocation, String chart) {
    return render(new ReportTable.Run(quick, include, MACHINE, SETTINGS, allocation, 1.0, 1.25,
        ZonedDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), chart), measurements());
  }

  static String render(ReportTable.Run run, List<Measurement> measurements) {
    return ReportTable.render(run, ResultRow.group(measurements, FUNCTIONS));
  }

  static Map<String, String> params(String... keysAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return params;
  }

  static Measurement m(String benchClass, String method, Map<String, String> params, double nanos,
      double bytes) {
    return new Measurement(benchClass, method, params, nanos, nanos / 100, bytes);
  }

  /**
   * Rosenbrock at three sizes (out of order; vjp missing at the largest), its baselines, and a
   * class the table does not list.
   */
  static List<Measurement> measurements() {
    List<Measurement> ms = new ArrayList<>();
    ms.add(m("MysteryBench", "primal", params(), 50, 0));
    ms.add(m("MysteryBench", "grad", params(), 150, 48));
    for (String n : List.of("10000", "100", "2000")) {
      double size = Double.parseDouble(n);
      ms.add(m("RosenbrockBench", "primal", params("n", n), size, 0.001));
      ms.add(m("RosenbrockBench", "grad", params("n", n), 2 * size, 8 * size + 32));
      if (!n.equals("10000")) {
        ms.add(m("RosenbrockBench", "vjp", params("n", n), 1.5 * size, 16));
      }
      ms.add(m("RosenbrockBench", "handWritten", params("n", n), n.equals("100") ? 100 : 2 * size,
          8 * size + 32));
    }
    ms.add(m("RosenbrockBaselinesBench", "primal", params("n", "100"), 100, 0));
    ms.add(m("RosenbrockBaselinesBench", "grad", params("n", "100"), 200, 832));
    ms.add(m("RosenbrockBaselinesBench", "hipparchus", params("n", "100"), 30_000, 1e6));
    ms.add(m("RosenbrockBaselinesBench", "finiteDifferences", params("n", "100"), 20_000, 0));
    return ms;
  }

  @Test
  void oneRowPerClassAndParams() {
    List<ResultRow> rows = ResultRow.group(measurements(), FUNCTIONS);
    assertEquals(List.of("Rosenbrock, n = 100", "Rosenbrock, n = 2000", "Rosenbrock, n = 10000",
        "Rosenbrock, n = 100", "MysteryBench"), rows.stream().map(ResultRow::label).toList());
    assertEquals(List.of("RosenbrockBench", "RosenbrockBench", "RosenbrockBench",
            "RosenbrockBaselinesBench", "MysteryBench"),
        rows.stream().map(ResultRow::benchClass).toList());
    assertEquals("x[2000]", rows.get(1).inputs());
    assertEquals(4, rows.get(0).methods().size());
    assertEquals(3, rows.get(2).methods().size());
    assertEquals("–", rows.get(4).inputs());
  }

  @Test
  void inputsNameAParameterWithoutAValue() {
    ResultRow dense = ResultRow.group(List.of(m("DenseBench", "primal", params("d", "64"), 1, 0)),
        FUNCTIONS).get(0);
    assertEquals("dense layer, d = 64", dense.label());
    assertEquals("W[64][k], b[64]", dense.inputs());
  }

  @Test
  void ratiosBytesAndTimes() {
    String report = render(false, "", true, null);
    assertTrue(report.contains("| function | differentiable inputs | grad / primal | vjp / primal"
        + " | grad / hand-written |\n|---|---|---:|---:|---:|\n"), report);
    // grad / hand-written above the 1.1 target is bold; vjp missing at n = 10000
    assertTrue(report.contains("| Rosenbrock, n = 100 | x[100] | 2.00 | 1.50 | **2.00** |\n"), report);
    assertTrue(report.contains("| Rosenbrock, n = 2000 | x[2000] | 2.00 | 1.50 | 1.00 |\n"), report);
    assertTrue(report.contains("| Rosenbrock, n = 10000 | x[10000] | 2.00 | – | 1.00 |\n"), report);
    assertTrue(report.contains("| MysteryBench | – | 3.00 | – | – |\n"), report);
    // no jvp anywhere: no jvp column
    assertFalse(report.contains("jvp / primal") || report.contains("| jvp |"), report);

    assertTrue(report.contains(
        "| function | primal | grad | vjp | hand-written | vjp − primal |\n"), report);
    assertTrue(report.contains("| Rosenbrock, n = 2000 | 0 | 16,032 | 16 | 16,032 | +16 |\n"), report);
    assertTrue(report.contains("| Rosenbrock, n = 10000 | 0 | 80,032 | – | 80,032 | – |\n"),
        report);
    assertTrue(report.contains("| MysteryBench | 0 | 48 | – | – | – |\n"), report);

    assertTrue(report.contains(
        "| Rosenbrock, n = 10000 | 10,000 ± 100 | 20,000 ± 200 | – | 20,000 ± 200 |\n"), report);
    assertTrue(report.contains("| MysteryBench | 50.0 ± 0.5 | 150 ± 2 | – | – |\n"), report);
  }

  @Test
  void baselines() {
    String report = render(false, "", true, null);
    String baselines = report.substring(report.indexOf("## Against Hipparchus"));
    assertTrue(baselines.contains("| function | differentiable inputs | grad / primal"
        + " | Hipparchus / grad | finite differences / grad |\n|---|---|---:|---:|---:|\n"
        + "| Rosenbrock, n = 100 | x[100] | 2.00 | 150 | 100 |\n\n"), baselines);
    assertTrue(baselines.contains("| function | primal | grad | Hipparchus | finite differences |\n"
        + "|---|---:|---:|---:|---:|\n"
        + "| Rosenbrock, n = 100 | 100 ± 1 | 200 ± 2 | 30,000 ± 300 | 20,000 ± 200 |\n"),
        baselines);
    // the baselines class is not among the generated derivatives
    String generated = report.substring(report.indexOf("## Generated"), report.indexOf("## Against"));
    assertEquals(3, generated.split("Rosenbrock, n = 100 ", -1).length - 1, generated);
  }

  @Test
  void header() {
    String full = render(false, "", true, "results-scaling.png");
    assertTrue(full.contains("| CPU | Test CPU |\n| cores | 2 |\n| OS | TestOS 1 (amd64) |\n"
        + "| JDK | Vendor 17 |\n| JMH | 1.37 |\n"), full);
    assertTrue(full.contains("1 fork, 3 × 1 s warmup, 5 × 1 s measurement"), full);
    assertTrue(full.contains("2025-01-02T03:04:05Z"), full);
    assertTrue(full.contains("1.00 before, 1.25 after"), full);
    assertTrue(full.contains("at most 1.1 × the hand-written"), full);
    assertTrue(full.contains("gradient / primal at most 3 on sum-style objectives"), full);
    assertTrue(full.contains(
        "![Time per call against problem size, log-log](results-scaling.png)"), full);
    assertTrue(full.contains(ReportTable.PUBLISH_COMMAND), full);
    assertFalse(full.contains("QUICK"), full);

    String quick = render(true, "Horner", false, null);
    assertTrue(quick.contains("QUICK RUN"), quick);
    assertTrue(quick.contains("only the benchmarks matching `Horner`"), quick);
    assertFalse(quick.contains("Bytes allocated"), quick);
    assertFalse(quick.contains("!["), quick);
  }

  @Test
  void onlyAFullRunPublishes() {
    assertNull(Report.publishRefusal(false, ""));
    assertTrue(Report.publishRefusal(true, "").contains("quick run"));
    assertTrue(Report.publishRefusal(false, "Horner").contains("include=Horner"));
  }

  @Test
  void unmeasuredBytesAndLoadAreMissing() {
    List<Measurement> ms = List.of(m("RosenbrockBench", "primal", params("n", "1"), 5, Double.NaN));
    String report = render(new ReportTable.Run(false, "", MACHINE, SETTINGS, true, -1, -1,
        ZonedDateTime.now(), null), ms);
    assertTrue(report.contains("### Bytes allocated per call\n\nNo results.\n"), report);
    assertFalse(report.contains("load average"), report); // not known on this system
  }

  @Test
  void oneChartPerVaryingSize(@TempDir Path directory) throws IOException {
    List<Measurement> ms = new ArrayList<>(measurements());
    for (int d : new int[] {8, 64}) {
      for (int k : new int[] {4, 16, 64}) {
        ms.add(m("DenseBench", "primal", params("d", "" + d, "k", "" + k), d * k, 0));
        ms.add(m("DenseBench", "grad", params("d", "" + d, "k", "" + k), 3 * d * k, 0));
      }
    }
    List<ScalingChart.Panel> panels = ScalingChart.panels(ResultRow.group(ms, FUNCTIONS));
    // k takes the most values, so it is the size, and each d gets a chart; the baselines and
    // MysteryBench (no parameter) get none
    assertEquals(List.of("Rosenbrock", "dense layer, d = 8", "dense layer, d = 64"),
        panels.stream().map(ScalingChart.Panel::title).toList());
    assertEquals(List.of("n", "k", "k"), panels.stream().map(ScalingChart.Panel::size).toList());
    assertEquals(3, panels.get(0).rows().size());

    Path png = directory.resolve("chart.png");
    ScalingChart.write(panels, png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(3 * ScalingChart.WIDTH * ScalingChart.SCALE, image.getWidth());
    assertEquals(ScalingChart.HEIGHT * ScalingChart.SCALE, image.getHeight());
  }

  @Test
  void lastRowOfChartsIsWidened() {
    List<ScalingChart.Panel> panels = ScalingChart.panels(ResultRow.group(measurements(), FUNCTIONS));
    List<ScalingChart.Panel> five = List.of(panels.get(0), panels.get(0), panels.get(0), panels.get(0),
        panels.get(0));
    BufferedImage image = ScalingChart.draw(five);
    assertEquals(3 * ScalingChart.WIDTH * ScalingChart.SCALE, image.getWidth());
    assertEquals(2 * ScalingChart.HEIGHT * ScalingChart.SCALE, image.getHeight());
    // the right-hand edge of the second row is drawn, not left black
    assertEquals(0xffffffff, image.getRGB(image.getWidth() - 2, image.getHeight() - 2));
  }

  @Test
  void chartUnitFollowsThePlottedMethodsOnly() {
    List<Measurement> ms = new ArrayList<>();
    for (String n : List.of("10", "100")) {
      ms.add(m("RosenbrockBench", "grad", params("n", n), 50_000, 0));
      ms.add(m("RosenbrockBench", "hipparchus", params("n", n), 1e9, 0));
    }
    ScalingChart.Panel panel = ScalingChart.panels(ResultRow.group(ms, FUNCTIONS)).get(0);
    var chart = ScalingChart.chart(panel, ScalingChart.WIDTH, ScalingChart.HEIGHT);
    assertEquals("time per call (ns)", chart.getYAxisTitle());
    assertEquals("size n", chart.getXAxisTitle());
    assertEquals(List.of("grad"), List.copyOf(chart.getSeriesMap().keySet()));
  }

  @Test
  void noChartWithoutASizeTakingTwoValues() {
    List<Measurement> ms = List.of(m("RosenbrockBench", "grad", params("n", "100"), 1, 0),
        m("MysteryBench", "grad", params("variant", "a"), 1, 0),
        m("MysteryBench", "grad", params("variant", "b"), 1, 0));
    assertTrue(ScalingChart.panels(ResultRow.group(ms, FUNCTIONS)).isEmpty());
  }

  @Test
  void logRangeHoldsTwoLabelledDecades() {
    double[] wide = ScalingChart.range(100, 10_000);
    assertTrue(wide[0] > 70 && wide[0] < 100 && wide[1] > 10_000 && wide[1] < 14_000,
        Arrays.toString(wide));
    for (double[] narrow : List.of(ScalingChart.range(200, 800), ScalingChart.range(300, 300))) {
      assertTrue(narrow[0] > 80 && narrow[0] < 100 && narrow[1] > 1000 && narrow[1] < 1250,
          Arrays.toString(narrow));
    }
  }
}
