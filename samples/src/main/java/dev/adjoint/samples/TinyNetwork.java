package dev.adjoint.samples;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A small network trained by gradient descent with nothing but the generated {@code lossGrad}: two
 * inputs, a hidden layer of {@code tanh} units, one logit, and the mean logistic loss
 * {@code softplus(z) - y z} over a noisy XOR data set drawn from a fixed seed.
 */
final class TinyNetwork {
  private TinyNetwork() {}

  static final int HIDDEN = 4;
  static final int PER_CORNER = 10;
  static final long SEED = 20240607L;
  static final double LEARNING_RATE = 0.5;
  static final int EPOCHS = 1000;
  static final int LOG_EVERY = 100;
  static final double TARGET_LOSS = 0.05;

  /**
   * The mean logistic loss of the network {@code z = w2 . tanh(W1 x + b1) + b2} over the data
   * {@code (x[n], y[n])}, {@code y[n]} in {0, 1}: {@code softplus(z) - y z} is {@code -log p(y | x)}.
   */
  @Differentiable
  static double loss(double[][] w1, double[] b1, double[] w2, double b2,
      @NoDerivative double[][] x, @NoDerivative double[] y) {
    double total = 0.0;
    for (int n = 0; n < x.length; n++) {
      double z = b2;
      for (int k = 0; k < w2.length; k++) {
        double a = b1[k];
        for (int j = 0; j < w1[k].length; j++) {
          a += w1[k][j] * x[n][j];
        }
        z += w2[k] * Math.tanh(a);
      }
      total += AdjointMath.softplus(z) - y[n] * z;
    }
    return total / x.length;
  }

  /** The network's parameters. */
  record Parameters(double[][] w1, double[] b1, double[] w2, double b2) {
    /** The logit for one input, in plain Java (it is not differentiated). */
    double logit(double x0, double x1) {
      double z = b2;
      for (int k = 0; k < w2.length; k++) {
        z += w2[k] * Math.tanh(w1[k][0] * x0 + w1[k][1] * x1 + b1[k]);
      }
      return z;
    }

    double loss(Data data) {
      return TinyNetwork.loss(w1, b1, w2, b2, data.x(), data.y());
    }
  }

  /** Inputs and labels. */
  record Data(double[][] x, double[] y) {}

  /** The run: the data, the starting and final parameters, and the loss before each epoch (and after the last). */
  record Training(Data data, Parameters start, Parameters end, double[] losses) {}

  /** XOR with noise: {@code PER_CORNER} points around each corner of {@code [-1, 1]^2}, label 1 where x0 x1 < 0. */
  static Data xor(Random random) {
    double[][] corners = {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
    double[][] x = new double[corners.length * PER_CORNER][];
    double[] y = new double[x.length];
    for (int c = 0; c < corners.length; c++) {
      for (int i = 0; i < PER_CORNER; i++) {
        int n = c * PER_CORNER + i;
        x[n] = new double[] {corners[c][0] + 0.25 * random.nextGaussian(), corners[c][1] + 0.25 * random.nextGaussian()};
        y[n] = corners[c][0] * corners[c][1] < 0 ? 1 : 0;
      }
    }
    return new Data(x, y);
  }

  static Parameters initial(Random random) {
    double[][] w1 = new double[HIDDEN][2];
    double[] b1 = new double[HIDDEN];
    double[] w2 = new double[HIDDEN];
    for (int k = 0; k < HIDDEN; k++) {
      w1[k][0] = random.nextGaussian();
      w1[k][1] = random.nextGaussian();
      b1[k] = 0.1 * random.nextGaussian();
      w2[k] = random.nextGaussian();
    }
    return new Parameters(w1, b1, w2, 0.0);
  }

  private static Parameters copy(Parameters p) {
    double[][] w1 = new double[p.w1().length][];
    for (int k = 0; k < w1.length; k++) {
      w1[k] = p.w1()[k].clone();
    }
    return new Parameters(w1, p.b1().clone(), p.w2().clone(), p.b2());
  }

  /** Full-batch gradient descent, {@code theta <- theta - eta grad L(theta)}, with {@code lossGrad}. */
  static Training train() {
    Random random = new Random(SEED);
    Data data = xor(random);
    Parameters start = initial(random);
    double[][] w1 = copy(start).w1();
    double[] b1 = start.b1().clone();
    double[] w2 = start.w2().clone();
    double b2 = start.b2();
    double[] losses = new double[EPOCHS + 1];
    for (int epoch = 0; epoch <= EPOCHS; epoch++) {
      TinyNetworkDerivatives.LossGradient g = TinyNetworkDerivatives.lossGrad(w1, b1, w2, b2, data.x(), data.y());
      losses[epoch] = g.value();
      if (epoch == EPOCHS) {
        break;
      }
      for (int k = 0; k < HIDDEN; k++) {
        w1[k][0] -= LEARNING_RATE * g.w1()[k][0];
        w1[k][1] -= LEARNING_RATE * g.w1()[k][1];
        b1[k] -= LEARNING_RATE * g.b1()[k];
        w2[k] -= LEARNING_RATE * g.w2()[k];
      }
      b2 -= LEARNING_RATE * g.b2();
    }
    return new Training(data, start, new Parameters(w1, b1, w2, b2), losses);
  }

  /** The one training run, shared by the checks and the plots. */
  private static final class Run {
    static final Training RESULT = train();
  }

  static Training training() {
    return Run.RESULT;
  }

  /** Every check of this class. */
  static List<Example> examples() {
    Training run = training();
    Example.Builder b = Example.of("xor-network", "2 -> " + HIDDEN + " tanh -> 1 logit, mean softplus(z) - y z, "
            + "gradient descent with lossGrad", (4 * PER_CORNER) + " noisy XOR points, seed " + SEED
            + ", eta = " + LEARNING_RATE);
    for (int epoch = 0; epoch <= EPOCHS; epoch += LOG_EVERY) {
      b.print(String.format(Locale.ROOT, "epoch %4d   loss %.6f", epoch, run.losses()[epoch]));
    }
    double worstIncrease = Double.NEGATIVE_INFINITY;
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      worstIncrease = Math.max(worstIncrease, run.losses()[epoch] - run.losses()[epoch - 1]);
    }
    int wrong = 0;
    for (int n = 0; n < run.data().x().length; n++) {
      double[] p = run.data().x()[n];
      wrong += (run.end().logit(p[0], p[1]) > 0 ? 1 : 0) != run.data().y()[n] ? 1 : 0;
    }
    b.check(Comparison.atMost("final loss", "lossGrad", run.losses()[EPOCHS], TARGET_LOSS))
        .check(Comparison.atMost("largest rise of the loss in one epoch", "lossGrad", worstIncrease, 0))
        .check("misclassified training points", "lossGrad", wrong, 0)
        .check("loss value from lossGrad = loss(...) itself", "lossGrad", run.losses()[EPOCHS], run.end().loss(run.data()));
    addGradientChecks(b, run.start(), run.data());
    return List.of(b.note("a network that cannot tell the classes apart scores log 2 = 0.693; the random start"
            + " is worse, " + Vectors.format(run.losses()[0]) + "; see xor-loss.png and xor-network.png").build());
  }

  /**
   * The gradient at the starting point, checked two ways: forward mode along the gradient itself must
   * give {@code |g|^2}, and central differences on a few parameters must agree to about 1e-8.
   */
  private static void addGradientChecks(Example.Builder b, Parameters p, Data data) {
    TinyNetworkDerivatives.LossGradient g = TinyNetworkDerivatives.lossGrad(p.w1(), p.b1(), p.w2(), p.b2(),
        data.x(), data.y());
    double squared = g.b2() * g.b2();
    for (int k = 0; k < HIDDEN; k++) {
      squared += Vectors.dot(g.w1()[k], g.w1()[k]) + g.b1()[k] * g.b1()[k] + g.w2()[k] * g.w2()[k];
    }
    double jvp = TinyNetworkDerivatives.lossJvp(p.w1(), g.w1(), p.b1(), g.b1(), p.w2(), g.w2(), p.b2(), g.b2(),
        data.x(), data.y());
    b.check("epoch 0: directional derivative along g = |g|^2", "lossJvp", jvp, squared);
    double h = 1e-5;
    Parameters plus = copy(p);
    Parameters minus = copy(p);
    plus.w1()[1][0] += h;
    minus.w1()[1][0] -= h;
    b.check(Comparison.within("epoch 0: dL/dW1[1][0], central difference", "lossGrad", g.w1()[1][0],
        (plus.loss(data) - minus.loss(data)) / (2 * h), 1e-8));
    plus = copy(p);
    minus = copy(p);
    plus.w2()[2] += h;
    minus.w2()[2] -= h;
    b.check(Comparison.within("epoch 0: dL/dw2[2], central difference", "lossGrad", g.w2()[2],
        (plus.loss(data) - minus.loss(data)) / (2 * h), 1e-8));
    double db2 = (new Parameters(p.w1(), p.b1(), p.w2(), p.b2() + h).loss(data)
        - new Parameters(p.w1(), p.b1(), p.w2(), p.b2() - h).loss(data)) / (2 * h);
    b.check(Comparison.within("epoch 0: dL/db2, central difference", "lossGrad", g.b2(), db2, 1e-8));
  }

  /** The loss curve and the trained decision function over the data; returns the files. */
  static List<Path> writePlots(Path directory) throws IOException {
    Training run = training();
    double[] epochs = Plots.grid(0, EPOCHS, EPOCHS + 1);
    List<Path> files = new ArrayList<>();
    XYChart loss = Plots.chart("Training a 2-" + HIDDEN + "-1 tanh network on noisy XOR with lossGrad", "epoch",
        "mean logistic loss, log scale", 900, 520);
    loss.getStyler().setYAxisLogarithmic(true);
    Plots.line(loss, "mean logistic loss", Plots.BLUE, epochs, run.losses());
    Plots.dashed(loss, "target " + TARGET_LOSS, Plots.GREY, new double[] {0, EPOCHS},
        new double[] {TARGET_LOSS, TARGET_LOSS});
    files.addAll(Plots.save(loss, directory, "xor-loss"));

    Parameters end = run.end();
    XYChart network = Plots.plane("Trained network: P(y = 1 | x) = sigmoid(z(x)) after " + EPOCHS + " epochs",
        "first input x[0]", "second input x[1]", -2, 2, -2, 2, 780, 640);
    LevelCurves probability = new LevelCurves((a, c) -> AdjointMath.sigmoid(end.logit(a, c)), -2, 2, -2, 2, 150);
    double[] levels = {0.1, 0.25, 0.5, 0.75, 0.9};
    Color[] shades = {Plots.BLUE, new Color(0x7fa8d0), Color.BLACK, new Color(0xe08a8a), Plots.RED};
    for (int k = 0; k < levels.length; k++) {
      LevelCurves.Curve curve = probability.at(levels[k]);
      XYSeries series = Plots.line(network, "P = " + levels[k], shades[k], curve.x(), curve.y());
      series.setLineStyle(new BasicStroke(levels[k] == 0.5 ? 2.5f : 1.2f));
    }
    for (int label = 0; label <= 1; label++) {
      List<double[]> points = new ArrayList<>();
      for (int n = 0; n < run.data().x().length; n++) {
        if (run.data().y()[n] == label) {
          points.add(run.data().x()[n]);
        }
      }
      XYSeries series = network.addSeries("data, y = " + label, points.stream().mapToDouble(p -> p[0]).toArray(),
          points.stream().mapToDouble(p -> p[1]).toArray());
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(label == 0 ? Plots.BLUE : Plots.RED);
    }
    files.addAll(Plots.save(network, directory, "xor-network"));
    return files;
  }
}
