package dev.adjoint.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * A contour plot written as plain SVG: a shaded background and level sets of {@code f(x, y)} (by
 * marching squares), with paths such as gradient-descent iterates drawn on top. Both axes use the
 * same scale, so a circle looks round and a ravine looks narrow.
 */
final class SvgContour {
  private static final int PLOT_WIDTH = 560;
  private static final int PLOT_HEIGHT = 400;
  private static final int LEFT = 56;
  private static final int TOP = 44;
  private static final int BOTTOM = 40;
  private static final int LEGEND = 330;
  private static final int CELLS = 140;
  private static final int SHADES = 48;

  /** One path (or, without {@code line}, a scatter of points): legend label, colour, points in order. */
  record Path2D(String label, String colour, double[][] points, boolean line) {}

  private final String title;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final DoubleBinaryOperator f;
  private final double[] levels;
  private final List<Path2D> paths = new ArrayList<>();

  /** A plot of {@code f} over {@code [xMin, xMax] x [yMin, yMax]} with level sets at {@code levels}. */
  SvgContour(String title, double xMin, double xMax, double yMin, double yMax, DoubleBinaryOperator f,
      double... levels) {
    this.title = title;
    this.xMin = xMin;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
    this.f = f;
    this.levels = levels.clone();
  }

  /** Adds a path through {@code points[t] = (x, y)}; its first point is drawn larger. */
  SvgContour path(String label, String colour, double[][] points) {
    paths.add(new Path2D(label, colour, points, true));
    return this;
  }

  /** Adds points drawn as dots, unconnected. */
  SvgContour scatter(String label, String colour, double[][] points) {
    paths.add(new Path2D(label, colour, points, false));
    return this;
  }

  /** Writes the plot to {@code file}, creating its directory, and returns the file. */
  Path writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, toSvg());
    return file;
  }

  /** Pixels per data unit: the largest scale at which the domain fits the plotting box. */
  private double scale() {
    return Math.min(PLOT_WIDTH / (xMax - xMin), PLOT_HEIGHT / (yMax - yMin));
  }

  private double px(double x) {
    return LEFT + (x - xMin) * scale();
  }

  private double py(double y) {
    return TOP + (yMax - y) * scale();
  }

  /** The plot as an SVG document. */
  String toSvg() {
    double width = (xMax - xMin) * scale();
    double height = (yMax - yMin) * scale();
    int totalWidth = (int) Math.ceil(LEFT + width + LEGEND);
    int totalHeight = (int) Math.ceil(TOP + height + BOTTOM);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n", totalWidth, totalHeight, totalWidth, totalHeight));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", totalWidth, totalHeight));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"26\" font-size=\"16\">%s</text>%n", LEFT, escape(title)));
    double[][] grid = sample();
    appendShading(svg);
    appendLevelSets(svg, grid);
    appendAxes(svg, width, height);
    for (Path2D p : paths) {
      appendPath(svg, p);
    }
    appendLegend(svg, (int) Math.round(LEFT + width + 16));
    return svg.append("</svg>\n").toString();
  }

  /** {@code f} at the {@code (CELLS + 1)^2} grid corners; row {@code j} is {@code y}, column {@code i} is {@code x}. */
  private double[][] sample() {
    double[][] v = new double[CELLS + 1][CELLS + 1];
    for (int j = 0; j <= CELLS; j++) {
      for (int i = 0; i <= CELLS; i++) {
        v[j][i] = f.applyAsDouble(x(i), y(j));
      }
    }
    return v;
  }

  private double x(double i) {
    return xMin + (xMax - xMin) * i / CELLS;
  }

  private double y(double j) {
    return yMin + (yMax - yMin) * j / CELLS;
  }

  /** Pale bands between consecutive levels, darker for higher values; runs of equal cells in a row share a rectangle. */
  private void appendShading(StringBuilder svg) {
    double ch = (yMax - yMin) / CELLS * scale();
    svg.append("<g shape-rendering=\"crispEdges\">\n");
    for (int j = 0; j < CELLS; j++) {
      int start = 0;
      int startBand = band(0, j);
      for (int i = 1; i <= CELLS; i++) {
        int b = i < CELLS ? band(i, j) : -1;
        if (b != startBand) {
          int shade = (int) Math.round(255 - (double) startBand / levels.length * SHADES);
          svg.append(String.format(Locale.ROOT,
              "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"rgb(%d,%d,255)\"/>%n",
              px(x(start)), py(y(j + 1)), px(x(i)) - px(x(start)) + 0.05, ch + 0.05, shade,
              Math.min(255, shade + SHADES / 4)));
          start = i;
          startBand = b;
        }
      }
    }
    svg.append("</g>\n");
  }

  /** How many levels lie below {@code f} at the centre of cell {@code (i, j)}. */
  private int band(int i, int j) {
    double centre = f.applyAsDouble(x(i + 0.5), y(j + 0.5));
    int band = 0;
    while (band < levels.length && centre > levels[band]) {
      band++;
    }
    return band;
  }

  /** One grey {@code <path>} per level, built cell by cell (marching squares, saddles split by the centre). */
  private void appendLevelSets(StringBuilder svg, double[][] v) {
    for (double level : levels) {
      StringBuilder d = new StringBuilder();
      for (int j = 0; j < CELLS; j++) {
        for (int i = 0; i < CELLS; i++) {
          // corners counter-clockwise from the lower left: (i, j), (i+1, j), (i+1, j+1), (i, j+1)
          double[] c = {v[j][i], v[j][i + 1], v[j + 1][i + 1], v[j + 1][i]};
          double[][] at = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
          List<double[]> crossings = new ArrayList<>();
          int[] edgeOf = new int[4];
          for (int e = 0; e < 4; e++) {
            double a = c[e];
            double b = c[(e + 1) % 4];
            if ((a > level) != (b > level)) {
              double t = (level - a) / (b - a);
              double[] p = at[e];
              double[] q = at[(e + 1) % 4];
              edgeOf[crossings.size()] = e;
              crossings.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
          }
          if (crossings.size() == 2) {
            segment(d, crossings.get(0), crossings.get(1));
          } else if (crossings.size() == 4) {
            boolean centreAbove = f.applyAsDouble(x(i + 0.5), y(j + 0.5)) > level;
            if (centreAbove == (c[0] > level)) { // corner 0 joins the centre: cut off corners 1 and 3
              segment(d, crossings.get(0), crossings.get(1));
              segment(d, crossings.get(2), crossings.get(3));
            } else { // cut off corners 0 and 2
              segment(d, crossings.get(3), crossings.get(0));
              segment(d, crossings.get(1), crossings.get(2));
            }
          }
        }
      }
      svg.append(String.format(Locale.ROOT,
          "<path fill=\"none\" stroke=\"#7a8a9a\" stroke-width=\"0.8\" d=\"%s\"/>%n", d.toString().trim()));
    }
  }

  private void segment(StringBuilder d, double[] a, double[] b) {
    d.append(String.format(Locale.ROOT, "M%.1f %.1fL%.1f %.1f ", px(x(a[0])), py(y(a[1])), px(x(b[0])), py(y(b[1]))));
  }

  private void appendAxes(StringBuilder svg, double width, double height) {
    double step = niceStep(Math.max(xMax - xMin, yMax - yMin));
    for (long k = (long) Math.ceil(xMin / step); k * step <= xMax + 1e-9 * step; k++) {
      double px = px(k * step);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>%n", px, TOP + height, px, TOP + height + 5));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
          px, TOP + height + 18, label(k * step, step)));
    }
    for (long k = (long) Math.ceil(yMin / step); k * step <= yMax + 1e-9 * step; k++) {
      double py = py(k * step);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#444\"/>%n", LEFT - 5, py, LEFT, py));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          LEFT - 8, py + 4, label(k * step, step)));
    }
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#444\"/>%n",
        LEFT, TOP, width, height));
  }

  private void appendPath(StringBuilder svg, Path2D p) {
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (double[] q : p.points()) {
      if (q[0] < xMin || q[0] > xMax || q[1] < yMin || q[1] > yMax) {
        if (p.line()) {
          break; // a diverging run leaves the frame: stop drawing there
        }
        continue;
      }
      points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px(q[0]), py(q[1])));
      double radius = !p.line() ? 3.5 : dots.length() == 0 ? 5.0 : 2.2;
      dots.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\"%s/>%n",
          px(q[0]), py(q[1]), radius, p.colour(), p.line() ? "" : " stroke=\"white\" stroke-width=\"0.8\""));
    }
    if (p.line()) {
      svg.append(String.format(Locale.ROOT,
          "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" points=\"%s\"/>%n", p.colour(),
          points.toString().trim()));
    }
    svg.append(dots);
  }

  private void appendLegend(StringBuilder svg, int x) {
    int y = TOP + 10;
    for (Path2D p : paths) {
      if (p.line()) {
        svg.append(String.format(Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n", x, y, x + 28, y,
            p.colour()));
      }
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%s\" fill=\"%s\"/>%n", x + 14, y,
          p.line() ? "2.5" : "3.5", p.colour()));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 36, y + 4, escape(p.label())));
      y += 22;
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#7a8a9a\"/>%n", x, y, x + 28, y));
    StringBuilder values = new StringBuilder();
    for (double level : levels) {
      values.append(values.length() == 0 ? "" : ", ").append(Vectors.format(level));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">level sets f =</text>%n", x + 36, y + 4));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", x + 36, y + 20,
        escape(values.toString())));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">(darker shading: larger f)</text>%n",
        x + 36, y + 38));
    if (paths.stream().anyMatch(Path2D::line)) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">(larger dot: start)</text>%n",
          x + 36, y + 54));
    }
  }

  private static double niceStep(double span) {
    double raw = span / 8;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
  }

  private static String label(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
    return String.format(Locale.ROOT, "%." + decimals + "f", value == 0 ? 0.0 : value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
