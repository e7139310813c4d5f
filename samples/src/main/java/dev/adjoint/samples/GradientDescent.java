package dev.adjoint.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 10: gradient descent driven by the generated gradients ({@code fGrad}) on the paraboloid,
 * the quadratic form and the ravine, with the catalogue's step size 0.05 and heavy-ball momentum as a
 * knob; every run is checked against the closed form of its iterates and drawn over the level sets.
 */
final class GradientDescent {
  private GradientDescent() {}

  /** A loss and its gradient at a point, as one generated {@code fGrad} call returns them. */
  record Evaluation(double value, double[] gradient) {}

  /** Something gradient descent can minimise. */
  interface Objective {
    Evaluation at(double[] x);
  }

  /** Iterate {@code t} of a run: the point, the loss and the gradient there. */
  record Iterate(int t, double[] x, double value, double[] gradient) {
    double gradientNorm() {
      return Vectors.norm(gradient);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "t = %3d   x = %-36s f = %-16s |grad f| = %s", t, Vectors.format(x),
          Vectors.format(value), Vectors.format(gradientNorm()));
    }
  }

  /** S02-gd-paraboloid: {@code x^2 + y^2}, through {@code HessiansDerivatives.paraboloidGrad}. */
  static final Objective PARABOLOID = x -> {
    HessiansDerivatives.ParaboloidGradient g = HessiansDerivatives.paraboloidGrad(x);
    return new Evaluation(g.value(), g.x());
  };

  /** S02-gd-quadratic-form: {@code x^T A x}, through {@code MatrixCalculusDerivatives.xTAxGrad}. */
  static final Objective QUADRATIC_FORM = x -> {
    MatrixCalculusDerivatives.XTAxGradient g = MatrixCalculusDerivatives.xTAxGrad(MatrixCalculus.A, x);
    return new Evaluation(g.value(), g.x());
  };

  /** S03-gd-ravine: {@code 0.5 x^2 + 15 y^2}, through {@code HessiansDerivatives.ravineGrad}. */
  static final Objective RAVINE = x -> {
    HessiansDerivatives.RavineGradient g = HessiansDerivatives.ravineGrad(x);
    return new Evaluation(g.value(), g.x());
  };

  /**
   * {@code steps} steps of heavy-ball descent, {@code v = beta v - eta grad f(x); x = x + v}, from
   * {@code start}; with {@code beta = 0} it is plain gradient descent, {@code x = x - eta grad f(x)}.
   * Returns the iterates {@code 0..steps}.
   */
  static List<Iterate> descend(Objective f, double[] start, double eta, double beta, int steps) {
    double[] x = start.clone();
    double[] v = new double[x.length];
    List<Iterate> path = new ArrayList<>();
    for (int t = 0; ; t++) {
      Evaluation e = f.at(x);
      path.add(new Iterate(t, x.clone(), e.value(), e.gradient().clone()));
      if (t == steps) {
        return path;
      }
      for (int i = 0; i < x.length; i++) {
        v[i] = beta * v[i] - eta * e.gradient()[i];
        x[i] += v[i];
      }
    }
  }

  /** The first iterate whose loss is below {@code target}, or -1. */
  static int firstBelow(List<Iterate> path, double target) {
    for (Iterate it : path) {
      if (it.value() < target) {
        return it.t();
      }
    }
    return -1;
  }

  /** Every check of this section, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    examples.add(demo());
    examples.add(paraboloid());
    examples.add(quadraticForm());
    examples.addAll(ravine());
    return examples;
  }

  private static Example demo() {
    double[] start = {-4, 1};
    List<Iterate> heavy = descend(RAVINE, start, 0.05, 0.0, 30);
    // plain gradient descent written out, x = x - eta grad f(x), for comparison with beta = 0
    double[] x = start.clone();
    for (int t = 0; t < 30; t++) {
      double[] g = RAVINE.at(x).gradient();
      x[0] -= 0.05 * g[0];
      x[1] -= 0.05 * g[1];
    }
    // momentum on a separable quadratic: each coordinate follows its own scalar recurrence,
    // v = beta v - eta c x with curvature c = 1 along the floor and c = 30 across it
    double beta = 0.5;
    List<Iterate> momentum = descend(RAVINE, start, 0.05, beta, 30);
    double[] closed = start.clone();
    double[] v = new double[2];
    double[] curvature = {1, 30};
    for (int t = 0; t < 30; t++) {
      for (int i = 0; i < 2; i++) {
        v[i] = beta * v[i] - 0.05 * curvature[i] * closed[i];
        closed[i] += v[i];
      }
    }
    Iterate first = heavy.get(0);
    int plainSteps = firstBelow(descend(RAVINE, start, 0.05, 0.0, 400), 1e-6);
    int momentumSteps = firstBelow(descend(RAVINE, start, 0.05, beta, 400), 1e-6);
    return Example.of("S03-gd-demo", "x <- x + v, v = beta v - eta grad f(x) on the ravine 0.5x^2 + 15y^2",
            "start (-4, 1), eta = 0.050, momentum 0.00 and 0.50")
        .print("read-outs at iteration 0: loss " + Vectors.format(first.value()) + ", |grad L| "
            + Vectors.format(first.gradientNorm()))
        .print("iterations until f < 1e-6: " + plainSteps + " with momentum 0, " + momentumSteps + " with momentum 0.5")
        .check("loss at iteration 0", "ravineGrad", first.value(), 23)
        .check("|grad L| at iteration 0 = sqrt(4^2 + 30^2)", "ravineGrad", first.gradientNorm(), Math.sqrt(916))
        .check("max |x_30 (momentum 0) - x_30 (plain step)|", "ravineGrad",
            Vectors.maxAbsDifference(heavy.get(30).x(), x), 0)
        .check("max |x_30 (momentum 0.5) - scalar recurrences|", "ravineGrad",
            Vectors.maxAbsDifference(momentum.get(30).x(), closed), 0)
        .note("momentum 0.5 speeds up the slow direction (factor 0.885 instead of 0.95 per step) but still"
            + " oscillates across the ravine: see gd-ravine.png")
        .build();
  }

  private static Example paraboloid() {
    List<Iterate> path = descend(PARABOLOID, new double[] {3, 4}, 0.05, 0, 50);
    Example.Builder b = Example.of("S02-gd-paraboloid", "f = x^2 + y^2, x <- x - 0.05 grad f (each step x 0.9)",
        "start (3, 4)");
    for (int t = 0; t <= 10; t++) {
      b.print(path.get(t).toString());
    }
    double[][] seed = {{1, 2.7, 3.6, 20.25, 9}, {2, 2.43, 3.24, 16.4025, 8.1},
        {10, 1.0460353203, 1.3947137604, 3.0394163647642323, 3.486784401}};
    for (double[] s : seed) {
      Iterate it = path.get((int) s[0]);
      String t = "t = " + (int) s[0] + ": ";
      b.check(t + "x", "paraboloidGrad", it.x()[0], s[1])
          .check(t + "y", "paraboloidGrad", it.x()[1], s[2])
          .check(t + "f = 25 * 0.81^t", "paraboloidGrad", it.value(), s[3])
          .check(t + "|grad f| = 10 * 0.9^t", "paraboloidGrad", it.gradientNorm(), s[4]);
    }
    b.check("t = 50: f = 25 * 0.81^50", "paraboloidGrad", path.get(50).value(), 25 * Math.pow(0.81, 50));
    return b.build();
  }

  private static Example quadraticForm() {
    List<Iterate> path = descend(QUADRATIC_FORM, new double[] {1, 1}, 0.05, 0, 50);
    Example.Builder b = Example.of("S02-gd-quadratic-form", "f = x^T A x, A = [[1, 2], [0, 3]], eta = 0.05",
        "start (1, 1)");
    for (int t = 0; t <= 5; t++) {
      b.print(path.get(t).toString());
    }
    double[][] seed = {{0, 1, 1, 6, 4, 8}, {1, 0.8, 0.6, 2.68, 2.8, 5.2}, {2, 0.66, 0.34, 1.2312, 2, 3.36}};
    for (double[] s : seed) {
      Iterate it = path.get((int) s[0]);
      String t = "t = " + (int) s[0] + ": ";
      b.check(t + "x", "xTAxGrad", it.x()[0], s[1])
          .check(t + "y", "xTAxGrad", it.x()[1], s[2])
          .check(t + "f", "xTAxGrad", it.value(), s[3])
          .check(t + "df/dx", "xTAxGrad", it.gradient()[0], s[4])
          .check(t + "df/dy", "xTAxGrad", it.gradient()[1], s[5]);
    }
    // closed form: x_t = (I - eta (A + A^T))^t x_0
    double[][] step = {{1 - 0.05 * 2, -0.05 * 2}, {-0.05 * 2, 1 - 0.05 * 6}};
    double[] closed = {1, 1};
    for (int t = 0; t < 50; t++) {
      closed = Vectors.times(step, closed);
    }
    return b.check("max |x_50 - (I - eta (A + A^T))^50 x_0|", "xTAxGrad",
            Vectors.maxAbsDifference(path.get(50).x(), closed), 0)
        .build();
  }

  private static List<Example> ravine() {
    double[] start = {-4, 1};
    List<Iterate> path = descend(RAVINE, start, 0.05, 0, 400);
    Example.Builder b = Example.of("S03-gd-ravine", "f = 0.5x^2 + 15y^2, eta = 0.05: x <- 0.95x, y <- -0.5y",
        "start (-4, 1)");
    for (int t = 0; t <= 6; t++) {
      b.print(path.get(t).toString());
    }
    // closed form of the iterates: x_t = -4 * 0.95^t, y_t = (-0.5)^t; first t with f < 1e-6
    int closedSteps = 0;
    while (0.5 * Math.pow(4 * Math.pow(0.95, closedSteps), 2) + 15 * Math.pow(0.25, closedSteps) >= 1e-6) {
      closedSteps++;
    }
    b.check("t = 0: f", "ravineGrad", path.get(0).value(), 23)
        .check("t = 1: x", "ravineGrad", path.get(1).x()[0], -3.8)
        .check("t = 1: y (the bounce)", "ravineGrad", path.get(1).x()[1], -0.5)
        .check("t = 1: f", "ravineGrad", path.get(1).value(), 10.97)
        .check("t = 2: x", "ravineGrad", path.get(2).x()[0], -3.61)
        .check("t = 2: y", "ravineGrad", path.get(2).x()[1], 0.25)
        .check("t = 2: f", "ravineGrad", path.get(2).value(), 7.45355)
        .check("t = 20: x = -4 * 0.95^20", "ravineGrad", path.get(20).x()[0], -4 * Math.pow(0.95, 20))
        .check("t = 20: y = (-0.5)^20", "ravineGrad", path.get(20).x()[1], Math.pow(-0.5, 20))
        .check("first t with f < 1e-6", "ravineGrad", firstBelow(path, 1e-6), closedSteps)
        .note("y is settled within 20 steps; x needs " + closedSteps + ": slow progress along the floor");

    List<Iterate> diverging = descend(RAVINE, start, 0.07, 0, 20);
    Example.Builder d = Example.of("S03-gd-ravine", "eta = 0.07 > 2/30: y <- (1 - 30 eta) y = -1.1 y",
        "start (-4, 1)");
    for (int t = 0; t <= 20; t += 5) {
      d.print(diverging.get(t).toString());
    }
    d.check("t = 20: y = (-1.1)^20", "ravineGrad", diverging.get(20).x()[1], Math.pow(-1.1, 20))
        .check("t = 20: x = -4 * 0.93^20", "ravineGrad", diverging.get(20).x()[0], -4 * Math.pow(0.93, 20))
        .check(Comparison.atMost("f(x_0) - f(x_20) (the loss grows)", "ravineGrad",
            diverging.get(0).value() - diverging.get(20).value(), 0))
        .note("plain gradient descent diverges across the ravine once eta > 2/30 = 0.0667, however flat the floor");
    return List.of(b.build(), d.build());
  }

  /** Writes the descent paths over the level sets, and the loss curves; returns the files. */
  static List<Path> writePlots(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    XYChart paraboloid = levelSets("Gradient descent on x^2 + y^2 (paraboloidGrad)", "x", "y",
        (x, y) -> x * x + y * y, -5.5, 5.5, -5.5, 5.5, 960, 640, 0.5, 1, 2, 4, 8, 12, 16, 20, 25);
    path(paraboloid, "eta = 0.05 from (3, 4): x 0.9 per step", Plots.BLUE,
        descend(PARABOLOID, new double[] {3, 4}, 0.05, 0, 30));
    path(paraboloid, "eta = 0.9 from (-4, 3): x (-0.8) per step", Plots.RED,
        descend(PARABOLOID, new double[] {-4, 3}, 0.9, 0, 30));
    files.addAll(Plots.save(paraboloid, directory, "gd-paraboloid"));

    List<Iterate> plain = descend(RAVINE, new double[] {-4, 1}, 0.05, 0, 60);
    List<Iterate> small = descend(RAVINE, new double[] {-4, 1}, 0.02, 0, 60);
    List<Iterate> momentum = descend(RAVINE, new double[] {-4, 1}, 0.05, 0.5, 60);
    List<Iterate> edge = descend(RAVINE, new double[] {-4, 1}, 0.065, 0, 60);
    XYChart ravine = levelSets("Gradient descent on the ravine 0.5x^2 + 15y^2 (ravineGrad), 60 steps", "x", "y",
        (x, y) -> 0.5 * x * x + 15 * y * y, -4.4, 0.6, -1.15, 1.15, 1100, 415, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 23);
    path(ravine, "eta = 0.065: bounces wall to wall", Plots.ORANGE, edge);
    path(ravine, "eta = 0.02: no bounce, slower", Plots.GREEN, small);
    path(ravine, "eta = 0.05, momentum 0.5", Plots.RED, momentum);
    path(ravine, "eta = 0.05: bounces, then crawls", Plots.BLUE, plain);
    files.addAll(Plots.save(ravine, directory, "gd-ravine"));

    XYChart quadraticForm = levelSets("Gradient descent on x^T A x, A = [[1, 2], [0, 3]] (xTAxGrad)", "x[0]", "x[1]",
        (x, y) -> x * x + 2 * x * y + 3 * y * y, -1.4, 1.4, -1.2, 1.2, 966, 600, 0.05, 0.2, 0.5, 1, 2, 4, 6, 9);
    path(quadraticForm, "eta = 0.05 from (1, 1)", Plots.BLUE,
        descend(QUADRATIC_FORM, new double[] {1, 1}, 0.05, 0, 40));
    path(quadraticForm, "eta = 0.2 from (-1.2, 1): zigzag", Plots.RED,
        descend(QUADRATIC_FORM, new double[] {-1.2, 1}, 0.2, 0, 40));
    files.addAll(Plots.save(quadraticForm, directory, "gd-quadratic-form"));

    double[] t = Plots.grid(0, 60, 61);
    XYChart loss = Plots.chart("Ravine: the loss against the iteration", "iteration t",
        "loss f(x_t), log scale", 900, 520);
    loss.getStyler().setYAxisLogarithmic(true);
    Plots.line(loss, "eta = 0.065", Plots.ORANGE, t, losses(edge));
    Plots.line(loss, "eta = 0.05", Plots.BLUE, t, losses(plain));
    Plots.line(loss, "eta = 0.02", Plots.GREEN, t, losses(small));
    Plots.line(loss, "eta = 0.05, momentum 0.5", Plots.RED, t, losses(momentum));
    files.addAll(Plots.save(loss, directory, "gd-ravine-loss"));
    return files;
  }

  /**
   * A chart of {@code f} over the rectangle, axes fitted to it, with its level sets at {@code levels} in
   * grey; the callers pick {@code width} and {@code height} so that both axes have the same scale.
   */
  private static XYChart levelSets(String title, String xAxisTitle, String yAxisTitle, DoubleBinaryOperator f,
      double xMin, double xMax, double yMin, double yMax, int width, int height, double... levels) {
    XYChart chart = Plots.plane(title, xAxisTitle, yAxisTitle, xMin, xMax, yMin, yMax, width, height);
    LevelCurves.Curve curves = new LevelCurves(f, xMin, xMax, yMin, yMax, 150).at(levels);
    XYSeries series = chart.addSeries("level sets, f = " + Vectors.format(levels[0]) + " to "
        + Vectors.format(levels[levels.length - 1]), curves.x(), curves.y());
    series.setLineColor(Plots.GREY);
    series.setLineStyle(new BasicStroke(1f));
    return chart;
  }

  /** Adds the iterates of a run as a line with a dot at each step. */
  private static void path(XYChart chart, String name, Color colour, List<Iterate> run) {
    XYSeries series = Plots.line(chart, name, colour, run.stream().mapToDouble(it -> it.x()[0]).toArray(),
        run.stream().mapToDouble(it -> it.x()[1]).toArray());
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(colour);
  }

  private static double[] losses(List<Iterate> path) {
    return path.stream().mapToDouble(Iterate::value).toArray();
  }
}
