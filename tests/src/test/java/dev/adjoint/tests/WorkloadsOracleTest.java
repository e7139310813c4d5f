package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.constantMatrix;
import static dev.adjoint.tests.oracle.Param.constantVector;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.vector;

import dev.adjoint.tests.corpus.Workloads;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Sampler;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link Workloads} (the ADBench GMM objective and the bundle-adjustment reprojection residual)
 * with every oracle, at small sizes: D = 2..3, K = 2..3, N = 5..10 for the GMM; one camera and point
 * (12 inputs, a 2 x 12 Jacobian) for bundle adjustment. The twins are written from the formulas again,
 * over Hipparchus, with Hipparchus's log-gamma for the Wishart constant.
 */
class WorkloadsOracleTest {

  /**
   * A camera and a point in front of it: rotation angle-axis entries in [-0.6, 0.6], translation x, y
   * in [-0.5, 0.5] and z in [3, 5], focal length in [0.8, 1.5], distortion in [-0.2, 0.2], point in
   * [-1, 1]³.
   */
  static final Sampler CAMERA_AND_POINT = (random, dims) -> {
    double[] lo = {-0.6, -0.6, -0.6, -0.5, -0.5, 3, 0.8, -0.2, -0.2, -1, -1, -1};
    double[] hi = {0.6, 0.6, 0.6, 0.5, 0.5, 5, 1.5, 0.2, 0.2, 1, 1, 1};
    double[] v = new double[lo.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = lo[i] + (hi[i] - lo[i]) * random.nextDouble();
    }
    return v;
  };

  static List<FunctionCase> cases() {
    Class<?> c = Workloads.class;
    return List.of(
        of(c, "gmmObjective", vector("alphas", "k", -1, 1), matrix("means", "k", "d", -1, 1),
                matrix("icf", "k", "t", -0.5, 0.5), constantMatrix("x", "n", "d", -2, 2),
                constant("gamma", 0.5, 1.5), integer("m", 0, 2))
            .dim("k", 2, 3).dim("d", 2, 3).dim("t", "d", d -> d * (d + 1) / 2).dim("n", 5, 10)
            .twin(WorkloadsOracleTest::gmm),
        of(c, "reprojectionResidual", vector("cameraAndPoint", "12", 0, 0), constantVector("observed", "2", -1, 1))
            .sampler("cameraAndPoint", CAMERA_AND_POINT)
            .where(WorkloadsOracleTest::rotationAwayFromZero)
            .vectorTwin(WorkloadsOracleTest::reprojection),
        of(c, "reprojectionError", vector("cameraAndPoint", "12", 0, 0), constantVector("observed", "2", -1, 1))
            .sampler("cameraAndPoint", CAMERA_AND_POINT)
            .where(WorkloadsOracleTest::rotationAwayFromZero)
            .twin(a -> {
              Gradient[] r = reprojection(a);
              return r[0].square().add(r[1].square()).multiply(0.5);
            }));
  }

  private static Gradient logSumExp(Gradient[] z) {
    return ReductionsOracleTest.logSumExp(z);
  }

  /** The GMM objective from its formula, over Hipparchus. */
  static Gradient gmm(Args a) {
    Gradient[] alphas = a.gv("alphas");
    Gradient[][] means = a.gm("means");
    Gradient[][] icf = a.gm("icf");
    double[][] x = a.m("x");
    double gamma = a.d("gamma");
    int m = a.i("m");
    int k = alphas.length;
    int d = means[0].length;
    int n = x.length;

    Gradient[] sumQs = new Gradient[k];
    Gradient[][] q = new Gradient[k][];
    for (int c = 0; c < k; c++) {
      // Q_c: exp of the first d entries on the diagonal, the rest column by column below it
      q[c] = new Gradient[d * d];
      java.util.Arrays.fill(q[c], a.c(0));
      sumQs[c] = a.c(0);
      for (int j = 0; j < d; j++) {
        q[c][j * d + j] = icf[c][j].exp();
        sumQs[c] = sumQs[c].add(icf[c][j]);
      }
      int next = d;
      for (int col = 0; col < d; col++) {
        for (int row = col + 1; row < d; row++) {
          q[c][row * d + col] = icf[c][next++];
        }
      }
    }
    Gradient slse = a.c(0);
    for (int i = 0; i < n; i++) {
      Gradient[] terms = new Gradient[k];
      for (int c = 0; c < k; c++) {
        Gradient sq = a.c(0);
        for (int row = 0; row < d; row++) {
          Gradient e = a.c(0);
          for (int col = 0; col <= row; col++) {
            e = e.add(q[c][row * d + col].multiply(means[c][col].negate().add(x[i][col])));
          }
          sq = sq.add(e.square());
        }
        terms[c] = alphas[c].add(sumQs[c]).subtract(sq.multiply(0.5));
      }
      slse = slse.add(logSumExp(terms));
    }
    int dof = d + m + 1;
    Gradient prior = a.c(0);
    for (int c = 0; c < k; c++) {
      Gradient frobenius = a.c(0);
      for (int row = 0; row < d; row++) {
        for (int col = 0; col <= row; col++) {
          frobenius = frobenius.add(q[c][row * d + col].square());
        }
      }
      prior = prior.add(frobenius.multiply(0.5 * gamma * gamma)).subtract(sumQs[c].multiply(m));
    }
    double logMultiGamma = 0.25 * d * (d - 1) * Math.log(Math.PI);
    for (int j = 1; j <= d; j++) {
      logMultiGamma += Gamma.logGamma(0.5 * dof + 0.5 * (1 - j));
    }
    double wishart = dof * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logMultiGamma;
    return slse.subtract(logSumExp(alphas).multiply(n)).add(prior)
        .add(-0.5 * n * d * Math.log(2 * Math.PI) - k * wishart);
  }

  /** The Bundler reprojection residual, with the rotation as an explicit Rodrigues matrix. */
  static Gradient[] reprojection(Args a) {
    Gradient[] v = a.gv("cameraAndPoint");
    double[] observed = a.v("observed");
    Gradient[] w = {v[0], v[1], v[2]};
    Gradient theta = w[0].square().add(w[1].square()).add(w[2].square()).sqrt();
    Gradient[] u = {w[0].divide(theta), w[1].divide(theta), w[2].divide(theta)};
    Gradient cos = theta.cos();
    Gradient sin = theta.sin();
    Gradient oneMinusCos = cos.negate().add(1);
    // R = cos I + sin [u]x + (1 - cos) u uᵀ
    Gradient[][] cross = {
      {a.c(0), u[2].negate(), u[1]},
      {u[2], a.c(0), u[0].negate()},
      {u[1].negate(), u[0], a.c(0)}};
    Gradient[] p = new Gradient[3];
    for (int i = 0; i < 3; i++) {
      Gradient s = v[3 + i];
      for (int j = 0; j < 3; j++) {
        Gradient r = cross[i][j].multiply(sin).add(u[i].multiply(u[j]).multiply(oneMinusCos));
        if (i == j) {
          r = r.add(cos);
        }
        s = s.add(r.multiply(v[9 + j]));
      }
      p[i] = s;
    }
    Gradient xp = p[0].divide(p[2]).negate();
    Gradient yp = p[1].divide(p[2]).negate();
    Gradient r2 = xp.square().add(yp.square());
    Gradient distortion = v[7].multiply(r2).add(v[8].multiply(r2.square())).add(1);
    Gradient scale = v[6].multiply(distortion);
    return new Gradient[] {scale.multiply(xp).subtract(observed[0]), scale.multiply(yp).subtract(observed[1])};
  }

  /** Rodrigues' formula's exact branch, away from its first-order branch at θ = 0. */
  private static boolean rotationAwayFromZero(Args a) {
    double[] v = a.v("cameraAndPoint");
    return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) > 0.05;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
