package dev.adjoint.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * L2-regularised logistic regression ({@link LogisticRegression#loss}) over a data set of
 * {@code n} rows with {@link #P} = 20 features, differentiated in the weights {@code w[20]} and the
 * bias (21 inputs); the features, labels and penalty weight are data.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated {@code lossGrad}),
 * {@code vjp} (generated {@code lossVjp} into reused, zeroed accumulators, seed 1) and
 * {@code handWritten} ({@link LogisticRegressionHandWritten}). Hipparchus and finite differences
 * are in {@link LogisticRegressionBaselinesBench}, at n = 1000. Inputs come from a fixed seed;
 * {@code LogisticRegressionAgreementTest} checks that the gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LogisticRegressionBench {
  /** Features per row. */
  public static final int P = 20;
  /** The penalty weight λ. */
  public static final double LAMBDA = 1e-3;

  @Param({"1000", "100000"})
  public int n;

  public double[] w;
  public double bias;
  public double[][] x;
  public double[] y;
  public double[] wBar;
  public double[] biasBar;

  @Setup
  public void setup() {
    Data data = Data.create(n);
    w = data.w;
    bias = data.bias;
    x = data.x;
    y = data.y;
    wBar = new double[P];
    biasBar = new double[1];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(LogisticRegression.loss(w, bias, x, y, LAMBDA));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(LogisticRegressionDerivatives.lossGrad(w, bias, x, y, LAMBDA));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    Arrays.fill(wBar, 0.0);
    biasBar[0] = 0.0;
    bh.consume(LogisticRegressionDerivatives.lossVjp(w, bias, x, y, LAMBDA, 1.0, wBar, biasBar));
    bh.consume(wBar);
    bh.consume(biasBar);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(LogisticRegressionHandWritten.loss(w, bias, x, y, LAMBDA));
  }

  /**
   * A synthetic classification problem: features uniform in [-1, 1], labels drawn from the model
   * with fixed "true" weights, and a starting point {@code w}, {@code bias} away from them.
   */
  static final class Data {
    final double[] w;
    final double bias;
    final double[][] x;
    final double[] y;

    private Data(double[] w, double bias, double[][] x, double[] y) {
      this.w = w;
      this.bias = bias;
      this.x = x;
      this.y = y;
    }

    static Data create(int n) {
      SplittableRandom random = Inputs.random(1_000 + n);
      double[] truth = Inputs.uniform(random, P, -2, 2);
      double trueBias = 0.3;
      double[][] x = Inputs.uniform(random, n, P, -1, 1);
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double z = trueBias;
        for (int j = 0; j < P; j++) {
          z += truth[j] * x[i][j];
        }
        y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1.0 : 0.0;
      }
      double[] w = Inputs.uniform(random, P, -0.5, 0.5);
      double bias = random.nextDouble(-0.5, 0.5);
      return new Data(w, bias, x, y);
    }
  }
}
