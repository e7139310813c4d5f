package dev.adjoint.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The level curves {@code f(x, y) = c} of a function on a rectangle, found by marching squares on a
 * grid. XChart has no contour plot, so the curves come out as XY data for an ordinary line series:
 * short segments, each followed by a {@code NaN} point, which XChart draws as a gap.
 */
final class LevelCurves {
  private final double[] xs;
  private final double[] ys;
  private final double[][] values;
  private final DoubleBinaryOperator f;

  /** The XY data of one or more level curves, {@code NaN} between the pieces. */
  record Curve(double[] x, double[] y) {}

  /** Samples {@code f} at the corners of {@code cells x cells} equal cells covering the rectangle. */
  LevelCurves(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int cells) {
    this.f = f;
    xs = new double[cells + 1];
    ys = new double[cells + 1];
    values = new double[cells + 1][cells + 1];
    for (int k = 0; k <= cells; k++) {
      xs[k] = xMin + (xMax - xMin) * k / cells;
      ys[k] = yMin + (yMax - yMin) * k / cells;
    }
    for (int j = 0; j <= cells; j++) {
      for (int i = 0; i <= cells; i++) {
        values[j][i] = f.applyAsDouble(xs[i], ys[j]);
      }
    }
  }

  /** The curves where {@code f} equals each of {@code levels}, in one set of XY data. */
  Curve at(double... levels) {
    List<double[]> points = new ArrayList<>();
    for (double level : levels) {
      for (int j = 0; j + 1 < ys.length; j++) {
        for (int i = 0; i + 1 < xs.length; i++) {
          addSegments(points, i, j, level);
        }
      }
    }
    return new Curve(points.stream().mapToDouble(p -> p[0]).toArray(),
        points.stream().mapToDouble(p -> p[1]).toArray());
  }

  /** The pieces of the level curve inside cell {@code (i, j)}: none, one, or two at a saddle. */
  private void addSegments(List<double[]> points, int i, int j, double level) {
    // corners counter-clockwise from the lower left; edge e runs from corner e to corner e + 1
    double[][] corner = {{xs[i], ys[j]}, {xs[i + 1], ys[j]}, {xs[i + 1], ys[j + 1]}, {xs[i], ys[j + 1]}};
    double[] v = {values[j][i], values[j][i + 1], values[j + 1][i + 1], values[j + 1][i]};
    List<double[]> crossings = new ArrayList<>(4);
    for (int e = 0; e < 4; e++) {
      double a = v[e];
      double b = v[(e + 1) % 4];
      if ((a > level) != (b > level)) {
        double t = (level - a) / (b - a);
        double[] p = corner[e];
        double[] q = corner[(e + 1) % 4];
        crossings.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
      }
    }
    if (crossings.size() == 2) {
      addSegment(points, crossings.get(0), crossings.get(1));
    } else if (crossings.size() == 4) {
      // a saddle: f at the centre decides which pair of opposite corners the curve cuts off
      boolean centreAbove = f.applyAsDouble((xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2) > level;
      if (centreAbove == (v[0] > level)) {
        addSegment(points, crossings.get(0), crossings.get(1));
        addSegment(points, crossings.get(2), crossings.get(3));
      } else {
        addSegment(points, crossings.get(3), crossings.get(0));
        addSegment(points, crossings.get(1), crossings.get(2));
      }
    }
  }

  private static void addSegment(List<double[]> points, double[] from, double[] to) {
    points.add(from);
    points.add(to);
    points.add(new double[] {Double.NaN, Double.NaN});
  }
}
