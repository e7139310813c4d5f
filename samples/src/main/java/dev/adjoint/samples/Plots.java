package dev.adjoint.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures the showcase draws with XChart, each as PNG and SVG: functions sampled on a grid,
 * each next to its derivative as computed by the generated forward mode ({@code fJvp} with tangent
 * 1); then the gradient-descent paths over level sets ({@link GradientDescent#writePlots}) and the
 * small network's loss curve and decision function ({@link TinyNetwork#writePlots}).
 */
final class Plots {
  private Plots() {}

  static final Color BLUE = new Color(0x1f77b4);
  static final Color ORANGE = new Color(0xff7f0e);
  static final Color GREEN = new Color(0x2ca02c);
  static final Color RED = new Color(0xd62728);
  static final Color GREY = new Color(0x8a9aaa);

  /** Writes every plot into {@code directory} and returns the files written. */
  static List<Path> writeAll(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    double[] x = grid(-2, 2, 201);
    double[] near1 = grid(0.2, 1.8, 2);
    OneVariableDerivatives.PolynomialGradient at1 = OneVariableDerivatives.polynomialGrad(1);
    XYChart polynomial = chart("f(x) = 5x^3 - 2x + 7 and f'(x) from polynomialJvp", "x", "f(x) and f'(x)", 900, 520);
    line(polynomial, "f(x)", BLUE, x, sample(x, OneVariable::polynomial));
    dashed(polynomial, "f'(x)  (Jvp)", BLUE, x, sample(x, t -> OneVariableDerivatives.polynomialJvp(t, 1)));
    line(polynomial, "tangent at x = 1 (Grad)", GREY, near1, sample(near1, t -> at1.value() + at1.x() * (t - 1)));
    files.addAll(save(polynomial, directory, "polynomial"));

    double[] z = grid(-4, 4, 321);
    XYChart activations = chart("Activations and their derivatives from the generated Jvp (dashed)", "z",
        "activation and its derivative", 900, 520);
    line(activations, "sigmoid", BLUE, z, sample(z, Activations::sigmoid));
    dashed(activations, "sigmoid'", BLUE, z, sample(z, t -> ActivationsDerivatives.sigmoidJvp(t, 1)));
    line(activations, "tanh", ORANGE, z, sample(z, Activations::tanh));
    dashed(activations, "tanh'", ORANGE, z, sample(z, t -> ActivationsDerivatives.tanhJvp(t, 1)));
    line(activations, "gelu", GREEN, z, sample(z, Activations::gelu));
    dashed(activations, "gelu'", GREEN, z, sample(z, t -> ActivationsDerivatives.geluJvp(t, 1)));
    files.addAll(save(activations, directory, "activations"));

    XYChart relu = chart("ReLU: Math.max(0.0, x) and its derivative from reluJvp", "x", "relu(x) and relu'(x)",
        900, 520);
    line(relu, "relu", RED, z, sample(z, Activations::relu));
    dashed(relu, "relu'", RED, z, sample(z, t -> ActivationsDerivatives.reluJvp(t, 1)));
    files.addAll(save(relu, directory, "relu"));

    files.addAll(GradientDescent.writePlots(directory));
    files.addAll(TinyNetwork.writePlots(directory));
    return files;
  }

  /** A line chart in the showcase's style: large fonts, legend on the right, no markers unless asked for. */
  static XYChart chart(String title, String xAxisTitle, String yAxisTitle, int width, int height) {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    XYStyler styler = chart.getStyler();
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setLegendPosition(LegendPosition.OutsideE);
    styler.setLegendPadding(16); // room for text measured at 72 DPI and drawn at 144
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setPlotGridLinesColor(new Color(0xe4e4e4));
    styler.setXAxisTickMarkSpacingHint(90);
    styler.setYAxisTickMarkSpacingHint(50);
    styler.setPlotContentSize(0.96); // the axes span the data, with 2% to spare on each side
    styler.setSeriesMarkers(new Marker[] {SeriesMarkers.NONE});
    styler.setMarkerSize(6);
    // When the x values of all series are equally spaced, XChart puts its ticks on data points
    // (0, 46, 92, ... for 1001 epochs) instead of at round numbers; an undrawn NaN point prevents that.
    chart.addSeries(" ", new double[] {Double.NaN}, new double[] {Double.NaN}).setShowInLegend(false);
    return chart;
  }

  /** A chart of the rectangle {@code [xMin, xMax] x [yMin, yMax]}, its axes fitted to it exactly. */
  static XYChart plane(String title, String xAxisTitle, String yAxisTitle, double xMin, double xMax, double yMin,
      double yMax, int width, int height) {
    XYChart chart = chart(title, xAxisTitle, yAxisTitle, width, height);
    XYStyler styler = chart.getStyler();
    styler.setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
    styler.setPlotContentSize(1.0);
    return chart;
  }

  /** Adds a solid curve through {@code (x[i], y[i])}. */
  static XYSeries line(XYChart chart, String name, Color colour, double[] x, double[] y) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setLineColor(colour);
    return series;
  }

  /** Adds a dashed curve through {@code (x[i], y[i])}. */
  static XYSeries dashed(XYChart chart, String name, Color colour, double[] x, double[] y) {
    XYSeries series = line(chart, name, colour, x, y);
    series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7, 5}, 0));
    series.setSmooth(true); // drawn as one path, so the dashes run on across the sample points
    return series;
  }

  /** Writes {@code chart} into {@code directory} as {@code name.png} and {@code name.svg}; returns both. */
  static List<Path> save(XYChart chart, Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    Path png = directory.resolve(name + ".png");
    Path svg = directory.resolve(name + ".svg");
    BitmapEncoder.saveBitmapWithDPI(chart, png.toString(), BitmapFormat.PNG, 144); // twice the pixels, sharper
    VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsFormat.SVG);
    return List.of(png, svg);
  }

  /** {@code n} equally spaced points from {@code from} to {@code to}, both included. */
  static double[] grid(double from, double to, int n) {
    double[] points = new double[n];
    for (int i = 0; i < n; i++) {
      points[i] = from + (to - from) * i / (n - 1);
    }
    return points;
  }

  private static double[] sample(double[] x, DoubleUnaryOperator f) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = f.applyAsDouble(x[i]);
    }
    return y;
  }
}
