package dev.adjoint.benchmarks;

import static dev.adjoint.benchmarks.Agreement.close;
import static dev.adjoint.benchmarks.Agreement.deepClone;
import static dev.adjoint.benchmarks.Agreement.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.benchmarks.GaussianMixtureResults.MixtureGradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Not a benchmark: checks, on exactly the inputs of every {@code @Param} combination of
 * {@link GaussianMixtureBench}, that the generated gradient of
 * {@link GaussianMixture#negativeLogLikelihood} agrees with the hand-written one to {@value #EXACT}
 * relative to its largest component, and at the size of {@link GaussianMixtureBaselinesBench} with
 * Hipparchus to {@value #EXACT} and with central differences to {@value #FINITE_DIFFERENCES}.
 * The generated VJP must give the generated gradient, the generated value the primal bit for bit,
 * and no input may change.
 */
class GaussianMixtureAgreementTest {
  static final double EXACT = 1e-12;
  static final double FINITE_DIFFERENCES = 1e-7;

  @ParameterizedTest(name = "d = {0}, K = {1}")
  @CsvSource({"2, 5", "2, 25", "10, 5", "10, 25"})
  void generatedAgreesWithHandWritten(int d, int k) {
    GaussianMixtureBench s = bench(d, k);
    Snapshot before = new Snapshot(s);
    double primal = primal(s);
    var generated = GaussianMixtureDerivatives.negativeLogLikelihoodGrad(s.alphas, s.means, s.icf,
        s.x, GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.alphas(), generated.means(), generated.icf());

    check("hand-written", g, primal,
        GaussianMixtureHandWritten.negativeLogLikelihood(s.alphas, s.means, s.icf, s.x,
            GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF), EXACT);

    double[] alphasBar = new double[s.alphas.length];
    double[] meansBar = new double[s.means.length];
    double[][] icfBar = new double[s.icf.length][s.icf[0].length];
    assertEquals(primal, GaussianMixtureDerivatives.negativeLogLikelihoodVjp(s.alphas, s.means,
        s.icf, s.x, GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF, 1.0,
        alphasBar, meansBar, icfBar), 0.0, "vjp value");
    close("vjp", g, flatten(alphasBar, meansBar, icfBar), EXACT);
    before.assertUnchanged(s);
  }

  @Test
  void generatedAgreesWithBaselines() {
    GaussianMixtureBaselinesBench b = new GaussianMixtureBaselinesBench();
    b.setup();
    GaussianMixtureBench s = b.inputs;
    Snapshot before = new Snapshot(s);
    double primal = primal(s);
    var generated = GaussianMixtureDerivatives.negativeLogLikelihoodGrad(s.alphas, s.means, s.icf,
        s.x, GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF);
    assertEquals(primal, generated.value(), 0.0, "generated value");
    double[] g = flatten(generated.alphas(), generated.means(), generated.icf());
    assertEquals(30, g.length, "inputs at the baseline size");

    check("Hipparchus", g, primal,
        GaussianMixtureBaselines.hipparchus(s.alphas, s.means, s.icf, s.x,
            GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF), EXACT);
    check("finite differences", g, primal,
        GaussianMixtureBaselines.finiteDifferences(s.alphas, s.means, s.icf, s.x,
            GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF),
        FINITE_DIFFERENCES);
    before.assertUnchanged(s);
  }

  private static GaussianMixtureBench bench(int d, int k) {
    GaussianMixtureBench s = new GaussianMixtureBench();
    s.d = d;
    s.k = k;
    s.setup();
    return s;
  }

  private static double primal(GaussianMixtureBench s) {
    return GaussianMixture.negativeLogLikelihood(s.alphas, s.means, s.icf, s.x,
        GaussianMixtureBench.WISHART_GAMMA, GaussianMixtureBench.WISHART_DOF);
  }

  private static void check(String who, double[] g, double primal, MixtureGradient r,
      double tolerance) {
    close(who + " value", primal, r.value(), Math.abs(primal), EXACT);
    close(who, g, flatten(r.alphas(), r.means(), r.icf()), tolerance);
  }

  /** Copies of every input, to check that no gradient writes into them. */
  private record Snapshot(double[] alphas, double[] means, double[][] icf, double[][] x) {
    Snapshot(GaussianMixtureBench s) {
      this(s.alphas.clone(), s.means.clone(), deepClone(s.icf), deepClone(s.x));
    }

    void assertUnchanged(GaussianMixtureBench s) {
      assertArrayEquals(alphas, s.alphas, "alphas untouched");
      assertArrayEquals(means, s.means, "means untouched");
      for (int c = 0; c < icf.length; c++) {
        assertArrayEquals(icf[c], s.icf[c], "icf untouched");
      }
      for (int i = 0; i < x.length; i++) {
        assertArrayEquals(x[i], s.x[i], "points untouched");
      }
    }
  }
}
