package dev.adjoint.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws time per call against problem size, log-log, one small chart per workload whose size
 * {@code @Param} takes at least two values, composed into one PNG.
 */
final class ScalingChart {
  private ScalingChart() {}

  /** One chart: the rows of a class that differ only in {@code size}. */
  record Panel(String title, String size, List<ResultRow> rows) {}

  private record Style(String method, String name, Color colour, Marker marker, boolean dashed) {}

  private static final List<Style> SERIES = List.of(
      new Style("primal", "primal", new Color(0x555555), SeriesMarkers.CIRCLE, false),
      new Style("grad", "grad", new Color(0x1f77b4), SeriesMarkers.DIAMOND, false),
      new Style("vjp", "vjp", new Color(0x2ca02c), SeriesMarkers.TRIANGLE_UP, false),
      // dashed, so a hand-written line under the generated gradient's stays visible
      new Style("handWritten", "hand-written", new Color(0xff7f0e), SeriesMarkers.SQUARE, true));

  private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_ROUND, 10f, new float[] {6, 4}, 0);

  /** Logical size of one chart; drawn at {@link #SCALE} times as many pixels for sharp text. */
  static final int WIDTH = 500;
  static final int HEIGHT = 360;
  static final int SCALE = 2;

  /**
   * The charts for {@code rows}. In each class (baselines aside) the size is the numeric parameter
   * taking the most values; every combination of its other parameters gets its own chart.
   */
  static List<Panel> panels(List<ResultRow> rows) {
    Map<String, List<ResultRow>> byClass = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      if (!r.isBaselines() && SERIES.stream().anyMatch(s -> r.get(s.method()) != null)) {
        byClass.computeIfAbsent(r.benchClass(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Panel> panels = new ArrayList<>();
    for (List<ResultRow> classRows : byClass.values()) {
      String size = sizeParameter(classRows);
      if (size == null) {
        continue;
      }
      Map<Map<String, String>, List<ResultRow>> byOthers = new LinkedHashMap<>();
      for (ResultRow r : classRows) {
        Map<String, String> others = new LinkedHashMap<>(r.params());
        others.remove(size);
        byOthers.computeIfAbsent(others, k -> new ArrayList<>()).add(r);
      }
      byOthers.forEach((others, group) -> {
        if (group.stream().map(r -> r.params().get(size)).distinct().count() >= 2) {
          String title = classRows.get(0).function().name() + others.entrySet().stream()
              .map(e -> ", " + e.getKey() + " = " + e.getValue()).collect(Collectors.joining());
          panels.add(new Panel(title, size, group));
        }
      });
    }
    return panels;
  }

  /** The numeric parameter with the most distinct values (at least two), or null. */
  private static String sizeParameter(List<ResultRow> rows) {
    String best = null;
    int bestCount = 1;
    for (String key : rows.get(0).params().keySet()) {
      Set<Double> values = new HashSet<>();
      for (ResultRow r : rows) {
        String value = r.params().get(key);
        Double number = value == null ? null : ResultRow.number(value);
        if (number == null || !(number > 0)) { // a log axis needs positive numbers
          values = Set.of();
          break;
        }
        values.add(number);
      }
      if (values.size() > bestCount) {
        best = key;
        bestCount = values.size();
      }
    }
    return best;
  }

  /** Writes the charts of {@code panels} (at least one) as one PNG. */
  static void write(List<Panel> panels, Path png) throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(draw(panels), "png", png.toFile());
  }

  /**
   * A grid of charts, up to three a row; the charts of a shorter last row are widened so the image
   * has no empty cell.
   */
  static BufferedImage draw(List<Panel> panels) {
    int n = panels.size();
    int columns = n <= 3 ? n : n == 4 ? 2 : 3;
    int gridRows = (n + columns - 1) / columns;
    int width = columns * WIDTH;
    BufferedImage image = new BufferedImage(width * SCALE, gridRows * HEIGHT * SCALE,
        BufferedImage.TYPE_INT_RGB);
    for (int row = 0; row < gridRows; row++) {
      int first = row * columns;
      int count = Math.min(columns, n - first);
      for (int i = 0; i < count; i++) {
        int left = width * i / count;
        int chartWidth = width * (i + 1) / count - left;
        XYChart chart = chart(panels.get(first + i), chartWidth, HEIGHT);
        Graphics2D g = image.createGraphics();
        g.scale(SCALE, SCALE);
        g.translate(left, row * HEIGHT);
        chart.paint(g, chartWidth, HEIGHT);
        g.dispose();
      }
    }
    return image;
  }

  static XYChart chart(Panel panel, int width, int height) {
    double maxNanos = panel.rows().stream()
        .flatMap(r -> SERIES.stream().map(s -> r.get(s.method())))
        .filter(m -> m != null).mapToDouble(Measurement::nanos).max().orElse(1);
    // short tick labels: switch unit before the numbers grow past five digits
    String unit = maxNanos < 1e5 ? "ns" : maxNanos < 1e8 ? "µs" : "ms";
    double perNano = maxNanos < 1e5 ? 1 : maxNanos < 1e8 ? 1e-3 : 1e-6;

    XYChart chart = new XYChartBuilder().width(width).height(height).title(panel.title())
        .xAxisTitle("size " + panel.size()).yAxisTitle("time per call (" + unit + ")").build();
    XYStyler styler = chart.getStyler();
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setLegendPadding(14); // the items' text is measured at 72 DPI and drawn at 144
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setChartPadding(8);
    styler.setPlotGridLinesColor(new Color(0xe4e4e4));
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setXAxisLogarithmic(true);
    styler.setYAxisLogarithmic(true);
    styler.setXAxisDecimalPattern("#,##0.###");
    styler.setYAxisDecimalPattern("#,##0.###");
    styler.setMarkerSize(7);

    double xMin = Double.MAX_VALUE;
    double xMax = 0;
    double yMin = Double.MAX_VALUE;
    double yMax = 0;
    for (Style s : SERIES) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (ResultRow r : panel.rows()) {
        Measurement m = r.get(s.method());
        if (m != null && m.nanos() > 0) {
          xs.add(ResultRow.number(r.params().get(panel.size())));
          ys.add(m.nanos() * perNano);
        }
      }
      if (xs.isEmpty()) {
        continue;
      }
      for (int i = 0; i < xs.size(); i++) {
        xMin = Math.min(xMin, xs.get(i));
        xMax = Math.max(xMax, xs.get(i));
        yMin = Math.min(yMin, ys.get(i));
        yMax = Math.max(yMax, ys.get(i));
      }
      XYSeries series = chart.addSeries(s.name(), xs, ys);
      series.setLineColor(s.colour());
      series.setMarkerColor(s.colour());
      series.setMarker(s.marker());
      series.setLineStyle(s.dashed() ? DASHED : new BasicStroke(2f));
    }
    double[] x = range(xMin, xMax);
    double[] y = range(yMin, yMax);
    styler.setXAxisMin(x[0]).setXAxisMax(x[1]);
    styler.setYAxisMin(y[0]).setYAxisMax(y[1]);
    styler.setPlotContentSize(1.0); // range() already leaves room for the markers
    return chart;
  }

  /**
   * A log axis range around {@code [min, max]}, widened to whole decades when it would hold fewer
   * than two (XChart labels decades only), then padded so the markers and the labels at the ends
   * (XChart skips a label exactly on the edge) are drawn.
   */
  static double[] range(double min, double max) {
    double lo = min;
    double hi = max;
    if (Math.floor(Math.log10(max)) - Math.ceil(Math.log10(min)) < 1) {
      lo = Math.pow(10, Math.floor(Math.log10(min)));
      hi = Math.pow(10, Math.ceil(Math.log10(max)));
      if (lo == hi) {
        hi *= 10;
      }
    }
    double pad = Math.pow(10, 0.05 * Math.log10(hi / lo));
    return new double[] {lo / pad, hi * pad};
  }
}
