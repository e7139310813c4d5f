package dev.adjoint.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The pictures the showcase draws: functions sampled on a grid, each next to its derivative as
 * computed by the generated forward mode ({@code fJvp} with tangent 1); then the gradient-descent
 * paths over level sets ({@link GradientDescent#writePlots}) and the small network's loss curve and
 * decision function ({@link TinyNetwork#writePlots}).
 */
final class Plots {
  private Plots() {}

  /** Writes every plot into {@code directory} and returns the files written. */
  static List<Path> writeAll(Path directory) throws IOException {
    double[] x = grid(-2, 2, 201);
    double[] near1 = grid(0.2, 1.8, 2);
    OneVariableDerivatives.PolynomialGradient at1 = OneVariableDerivatives.polynomialGrad(1);
    Path polynomial = new SvgPlot("f(x) = 5x^3 - 2x + 7 and f'(x) from polynomialJvp")
        .add("f(x)", "#1f77b4", false, x, sample(x, OneVariable::polynomial))
        .add("f'(x)  (Jvp)", "#1f77b4", true, x, sample(x, t -> OneVariableDerivatives.polynomialJvp(t, 1)))
        .add("tangent at x = 1 (Grad)", "#999999", false, near1,
            sample(near1, t -> at1.value() + at1.x() * (t - 1)))
        .writeTo(directory.resolve("polynomial.svg"));

    double[] z = grid(-4, 4, 321);
    Path activations = new SvgPlot("Activations (solid) and their derivatives from the generated Jvp (dashed)")
        .add("sigmoid", "#1f77b4", false, z, sample(z, Activations::sigmoid))
        .add("sigmoid'", "#1f77b4", true, z, sample(z, t -> ActivationsDerivatives.sigmoidJvp(t, 1)))
        .add("tanh", "#ff7f0e", false, z, sample(z, Activations::tanh))
        .add("tanh'", "#ff7f0e", true, z, sample(z, t -> ActivationsDerivatives.tanhJvp(t, 1)))
        .add("gelu", "#2ca02c", false, z, sample(z, Activations::gelu))
        .add("gelu'", "#2ca02c", true, z, sample(z, t -> ActivationsDerivatives.geluJvp(t, 1)))
        .writeTo(directory.resolve("activations.svg"));

    Path relu = new SvgPlot("ReLU: Math.max(0.0, x) and its derivative from reluJvp")
        .add("relu", "#d62728", false, z, sample(z, Activations::relu))
        .add("relu'", "#d62728", true, z, sample(z, t -> ActivationsDerivatives.reluJvp(t, 1)))
        .writeTo(directory.resolve("relu.svg"));
    List<Path> files = new ArrayList<>(List.of(polynomial, activations, relu));
    files.addAll(GradientDescent.writePlots(directory));
    files.addAll(TinyNetwork.writePlots(directory));
    return files;
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
