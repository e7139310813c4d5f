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
 * Logistic regression ({@link LogisticRegression#loss}) at the size where the generic baselines
 * still finish in milliseconds: {@link #N} = 1000 rows, 20 features, gradient in {@code w[20]} and
 * the bias. The same inputs as {@link LogisticRegressionBench} at n = 1000.
 *
 * <p>Benchmarks: {@code primal}, {@code grad} (generated {@code lossGrad}), {@code hipparchus}
 * (forward mode over the 21 inputs) and {@code finiteDifferences} (42 evaluations), see
 * {@link LogisticRegressionBaselines}; every ratio comes from this one class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LogisticRegressionBaselinesBench {
  public static final int N = 1000;

  public double[] w;
  public double bias;
  public double[][] x;
  public double[] y;

  @Setup
  public void setup() {
    LogisticRegressionBench.Data data = LogisticRegressionBench.Data.create(N);
    w = data.w;
    bias = data.bias;
    x = data.x;
    y = data.y;
  }

  @Benchmark
  public void primal(Blackhole bh) {
    bh.consume(LogisticRegression.loss(w, bias, x, y, LogisticRegressionBench.LAMBDA));
  }

  @Benchmark
  public void grad(Blackhole bh) {
    bh.consume(LogisticRegressionDerivatives.lossGrad(w, bias, x, y,
        LogisticRegressionBench.LAMBDA));
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    bh.consume(LogisticRegressionBaselines.hipparchus(w, bias, x, y,
        LogisticRegressionBench.LAMBDA));
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    bh.consume(LogisticRegressionBaselines.finiteDifferences(w, bias, x, y,
        LogisticRegressionBench.LAMBDA));
  }
}
