package dev.adjoint.benchmarks;

import java.util.Arrays;
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
 * The Gaussian-mixture negative log-likelihood of {@link GaussianMixture} over N = 1000 points
 * in d dimensions with K components, differentiated in the log-weights {@code alphas[K]}, the
 * means {@code means[K d]} and the precision factors {@code icf[K][d(d+1)/2]}.
 *
 * <p>Benchmarks: {@code primal} (the user's method), {@code grad} (generated
 * {@code negativeLogLikelihoodGrad}), {@code vjp} (generated {@code negativeLogLikelihoodVjp}
 * with seed 1 into reused, zeroed accumulators) and {@code handWritten}
 * ({@link GaussianMixtureHandWritten}). Hipparchus and finite differences are in
 * {@link GaussianMixtureBaselinesBench}. Inputs come from a fixed seed;
 * {@code GaussianMixtureAgreementTest} checks that the gradients agree on exactly these inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class GaussianMixtureBench {
  public static final int N = 1000;
  public static final double WISHART_GAMMA = 1.0;
  public static final int WISHART_DOF = 1;

  /** Dimension of the points. */
  @Param({"2", "10"})
  public int d;

  /** Number of components. */
  @Param({"5", "25"})
  public int k;

  public double[] alphas;
  public double[] means;
  public double[][] icf;
  public double[][] x;
  public double[] alphasBar;
  public double[] meansBar;
  public double[][] icfBar;

  @Setup
  public void setup() {
    var random = Inputs.random(1000);
    int icfLength = d * (d + 1) / 2;
    alphas = Inputs.uniform(random, k, -1, 1);
    means = Inputs.uniform(random, k * d, -2, 2);
    icf = new double[k][];
    for (int c = 0; c < k; c++) {
      double[] logDiagonal = Inputs.uniform(random, d, -0.5, 0.5);
      double[] lower = Inputs.uniform(random, icfLength - d, -0.3, 0.3);
      icf[c] = new double[icfLength];
      System.arraycopy(logDiagonal, 0, icf[c], 0, d);
      System.arraycopy(lower, 0, icf[c], d, lower.length);
    }
    x = Inputs.uniform(random, N, d, -3, 3);
    alphasBar = new double[k];
    meansBar = new double[k * d];
    icfBar = new double[k][icfLength];
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(GaussianMixture.negativeLogLikelihood(alphas, means, icf, x, WISHART_GAMMA,
        WISHART_DOF));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(GaussianMixtureDerivatives.negativeLogLikelihoodGrad(alphas, means, icf, x,
        WISHART_GAMMA, WISHART_DOF));
  }

  @Benchmark
  public void vjp(Blackhole bh) {
    Arrays.fill(alphasBar, 0.0);
    Arrays.fill(meansBar, 0.0);
    for (double[] row : icfBar) {
      Arrays.fill(row, 0.0);
    }
    bh.consume(GaussianMixtureDerivatives.negativeLogLikelihoodVjp(alphas, means, icf, x,
        WISHART_GAMMA, WISHART_DOF, 1.0, alphasBar, meansBar, icfBar));
    bh.consume(alphasBar);
    bh.consume(meansBar);
    bh.consume(icfBar);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    bh.consume(GaussianMixtureHandWritten.negativeLogLikelihood(alphas, means, icf, x,
        WISHART_GAMMA, WISHART_DOF));
  }
}
