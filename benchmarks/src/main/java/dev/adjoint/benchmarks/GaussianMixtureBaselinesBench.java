package dev.adjoint.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Gaussian-mixture negative log-likelihood at the size where forward mode and finite
 * differences still finish in a few milliseconds: N = 1000 points, d = 2, K = 5, so 30
 * differentiable inputs. The inputs are those of {@link GaussianMixtureBench} at that size.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code negativeLogLikelihoodGrad}),
 * {@code hipparchus} and {@code finiteDifferences} (see {@link GaussianMixtureBaselines}), all in
 * this class so that their ratios come from one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class GaussianMixtureBaselinesBench {
  public static final int D = 2;
  public static final int K = 5;

  public GaussianMixtureBench inputs;

  @Setup
  public void setup() {
    inputs = new GaussianMixtureBench();
    inputs.d = D;
    inputs.k = K;
    inputs.setup();
  }

  @Benchmark
  public void primal(Blackhole bh) {
    GaussianMixtureBench s = inputs;
    bh.consume(GaussianMixture.negativeLogLikelihood(s.alphas, s.means, s.icf, s.x,
        GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    GaussianMixtureBench s = inputs;
    bh.consume(GaussianMixtureDerivatives.negativeLogLikelihoodGrad(s.alphas, s.means, s.icf,
        s.x, GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    GaussianMixtureBench s = inputs;
    bh.consume(GaussianMixtureBaselines.hipparchus(s.alphas, s.means, s.icf, s.x,
        GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    GaussianMixtureBench s = inputs;
    bh.consume(GaussianMixtureBaselines.finiteDifferences(s.alphas, s.means, s.icf, s.x,
        GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF));
  }
}
