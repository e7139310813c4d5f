package dev.adjoint.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal line chart written as plain SVG text, so the samples can draw functions and their
 * derivatives without any plotting library.
 */
final class SvgPlot {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 460;
  private static final int LEFT = 60;
  private static final int RIGHT = 220;
  private static final int TOP = 44;
  private static final int BOTTOM = 40;

  /** One curve: its legend label, colour, whether it is dashed, and its sample points. */
  record Series(String label, String colour, boolean dashed, double[] x, double[] y) {}

  private final String title;
  private final List<Series> series = new ArrayList<>();

  SvgPlot(String title) {
    this.title = title;
  }

  /** Adds a curve through the points {@code (x[i], y[i])}. */
  SvgPlot add(String label, String colour, boolean dashed, double[] x, double[] y) {
    series.add(new Series(label, colour, dashed, x, y));
    return this;
  }

  /** Writes the chart to {@code file}, creating its directory, and returns the file. */
  Path writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, toSvg());
    return file;
  }

  /** The chart as an SVG document. */
  String toSvg() {
    double[] xRange = range(true);
    double[] yRange = range(false);
    Frame frame = new Frame(xRange[0], xRange[1], yRange[0], yRange[1]);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"26\" font-size=\"16\">%s</text>%n", LEFT, escape(title)));
    appendAxes(svg, frame);
    for (Series s : series) {
      appendCurve(svg, frame, s);
    }
    appendLegend(svg);
    return svg.append("</svg>\n").toString();
  }

  /** Maps data coordinates to pixels inside the plotting area. */
  private record Frame(double xMin, double xMax, double yMin, double yMax) {
    double px(double x) {
      return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double py(double y) {
      return HEIGHT - BOTTOM - (y - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }
  }

  private double[] range(boolean horizontal) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : horizontal ? s.x() : s.y()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (!(min < max)) {
      min -= 1;
      max += 1;
    }
    double pad = horizontal ? 0 : 0.05 * (max - min);
    return new double[] {min - pad, max + pad};
  }

  private static void appendAxes(StringBuilder svg, Frame f) {
    double xStep = niceStep(f.xMax() - f.xMin());
    for (long k = (long) Math.ceil(f.xMin() / xStep); k * xStep <= f.xMax() + 1e-9 * xStep; k++) {
      double x = k * xStep;
      double px = f.px(x);
      svg.append(line(px, TOP, px, HEIGHT - BOTTOM, k == 0 ? "#888" : "#e4e4e4"));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          px, HEIGHT - BOTTOM + 16, label(x, xStep)));
    }
    double yStep = niceStep(f.yMax() - f.yMin());
    for (long k = (long) Math.ceil(f.yMin() / yStep); k * yStep <= f.yMax() + 1e-9 * yStep; k++) {
      double y = k * yStep;
      double py = f.py(y);
      svg.append(line(LEFT, py, WIDTH - RIGHT, py, k == 0 ? "#888" : "#e4e4e4"));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          LEFT - 6, py + 4, label(y, yStep)));
    }
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
        LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
  }

  private static void appendCurve(StringBuilder svg, Frame f, Series s) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < s.x().length; i++) {
      if (Double.isFinite(s.y()[i])) {
        points.append(String.format(Locale.ROOT, "%.2f,%.2f ", f.px(s.x()[i]), f.py(s.y()[i])));
      }
    }
    svg.append(String.format(Locale.ROOT,
        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
        s.colour(), s.dashed() ? " stroke-dasharray=\"6 4\"" : "", points.toString().trim()));
  }

  private void appendLegend(StringBuilder svg) {
    int x = WIDTH - RIGHT + 16;
    int y = TOP + 10;
    for (Series s : series) {
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
          x, y, x + 28, y, s.colour(), s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 36, y + 4, escape(s.label())));
      y += 22;
    }
  }

  /** A step of 1, 2 or 5 times a power of ten giving about six grid lines over {@code span}. */
  private static double niceStep(double span) {
    double raw = span / 6;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
  }

  private static String label(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
    return String.format(Locale.ROOT, "%." + decimals + "f", value == 0 ? 0.0 : value);
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x1, y1, x2, y2, colour);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
