package dev.adjoint.samples;

import dev.adjoint.Differentiable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Section 9 with {@code @Differentiable(order = 2)}: Hessians from {@code fHessian}, Hessian-vector
 * products from {@code fHvp}, the second-order Taylor model, a Newton step and the classification
 * of stationary points. The functions of the other sections reappear here through their own
 * companions; the few new ones are below.
 */
final class Hessians {
  private Hessians() {}

  /** S02-partials-x2+y2: {@code x^2 + y^2}, Hessian {@code 2I}. */
  @Differentiable(order = 2)
  static double paraboloid(double[] x) {
    return x[0] * x[0] + x[1] * x[1];
  }

  /** The first output of S02-jacobian-x1sq+x2, {@code x1^2 + x2}. */
  @Differentiable(order = 2)
  static double firstOutput(double[] x) {
    return x[0] * x[0] + x[1];
  }

  /** The second output of S02-jacobian-x1sq+x2, {@code x1 x2}. */
  @Differentiable(order = 2)
  static double secondOutput(double[] x) {
    return x[0] * x[1];
  }

  /** S01-chain-composition: the map {@code (x1^2 + x2, x1 x2)} followed by the two-layer loss. */
  @Differentiable(order = 2)
  static double composedLoss(double[] x) {
    double y1 = x[0] * x[0] + x[1];
    double y2 = x[0] * x[1];
    double h1 = y1 + y2;
    double h2 = y1 - y2;
    return h1 * h1 + h2 * h2;
  }

  /** S03-gaussian-quadratic: {@code x^T S^-1 x} with {@code S^-1 = [[2, -1], [-1, 2]]/3}. */
  @Differentiable(order = 2)
  static double gaussianQuadratic(double[] x) {
    return (2 * x[0] * x[0] - 2 * x[0] * x[1] + 2 * x[1] * x[1]) / 3;
  }

  /** S03-stationary-points: {@code x^2 - y^2}, a saddle at the origin. */
  @Differentiable(order = 2)
  static double saddle(double[] x) {
    return x[0] * x[0] - x[1] * x[1];
  }

  /** S03-stationary-points: {@code -(x^2 + y^2) + x y}, a maximum at the origin. */
  @Differentiable(order = 2)
  static double dome(double[] x) {
    return -(x[0] * x[0] + x[1] * x[1]) + x[0] * x[1];
  }

  /** S03-gd-ravine: {@code 0.5 x^2 + 15 y^2}. */
  @Differentiable(order = 2)
  static double ravine(double[] x) {
    return 0.5 * x[0] * x[0] + 15 * x[1] * x[1];
  }

  /** S02-chain-3x+1: {@code (3x + 1)^2}, one scalar input: a 1 x 1 Hessian, {@code 18}. */
  @Differentiable(order = 2)
  static double squaredAffine(double x) {
    double u = 3 * x + 1;
    return u * u;
  }

  /** S00-taylor-1d: {@code 5x^3 - 2x + 7}, {@code f'' = 30x}. */
  @Differentiable(order = 2)
  static double cubic(double x) {
    return 5 * x * x * x - 2 * x + 7;
  }

  /** A scalar and an array together: {@code s |x|^2}; the Hessian is over {@code (s, x1, x2)} in that order. */
  @Differentiable(order = 2)
  static double scaledSquares(double s, double[] x) {
    double sum = 0.0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * x[i];
    }
    return s * sum;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    examples.addAll(hessianTable());
    examples.addAll(taylorChecks());
    examples.addAll(newtonSteps());
    examples.addAll(stationaryPoints());
    return examples;
  }

  /** A Hessian, an Hvp along {@code v}, and what they should be. */
  private static Example hessianRow(String function, String point, String via, double[][] hessian,
      double[] hvp, double[] v, double[][] exact, String exactText) {
    return Example.of("S03-hessian-table", function, point)
        .print(via + "Hessian = " + Vectors.format(hessian))
        .check("max |H - " + exactText + "|", via + "Hessian", Vectors.maxAbsDifference(hessian, exact), 0)
        .check("max |H - H^T| (Schwarz)", via + "Hessian", Vectors.maxAbsDifference(hessian, Vectors.transpose(hessian)), 0)
        .check("max |H v - exact H v|, v = " + Vectors.format(v), via + "Hvp",
            Vectors.maxAbsDifference(hvp, Vectors.times(exact, v)), 0)
        .build();
  }

  private static List<Example> hessianTable() {
    List<Example> rows = new ArrayList<>();
    double[] v = {1, 2};
    double[] p34 = {3, 4};
    double[] p32 = {3, 2};
    double[] p11 = {1, 1};
    rows.add(hessianRow("x^2 + y^2 (S02-partials-x2+y2)", "(3, 4)", "paraboloid",
        HessiansDerivatives.paraboloidHessian(p34), HessiansDerivatives.paraboloidHvp(p34, v), v,
        new double[][] {{2, 0}, {0, 2}}, "[[2, 0], [0, 2]]"));
    rows.add(hessianRow("L = |W x|^2 (S02-backprop-two-layer)", "(3, 1)", "twoLayer",
        MatrixCalculusDerivatives.twoLayerHessian(MatrixCalculus.LAYER, new double[] {3, 1}),
        MatrixCalculusDerivatives.twoLayerHvp(MatrixCalculus.LAYER, new double[] {3, 1}, v), v,
        new double[][] {{4, 0}, {0, 4}}, "[[4, 0], [0, 4]]"));
    rows.add(hessianRow("x^T A x, A = [[1, 2], [0, 3]] (S02-matrix-3-xTAx)", "(1, 1)", "xTAx",
        MatrixCalculusDerivatives.xTAxHessian(MatrixCalculus.A, p11),
        MatrixCalculusDerivatives.xTAxHvp(MatrixCalculus.A, p11, v), v,
        new double[][] {{2, 2}, {2, 6}}, "(A + A^T)"));
    rows.add(hessianRow("|x| (S02-matrix-4-norm)", "(3, 4)", "norm",
        MatrixCalculusDerivatives.normHessian(p34), MatrixCalculusDerivatives.normHvp(p34, v), v,
        new double[][] {{0.128, -0.096}, {-0.096, 0.072}}, "(I - x x^T/|x|^2)/|x|"));
    rows.add(hessianRow("y1 = x1^2 + x2 (S02-jacobian-x1sq+x2)", "(3, 2)", "firstOutput",
        HessiansDerivatives.firstOutputHessian(p32), HessiansDerivatives.firstOutputHvp(p32, v), v,
        new double[][] {{2, 0}, {0, 0}}, "[[2, 0], [0, 0]]"));
    rows.add(hessianRow("y2 = x1 x2 (S02-jacobian-x1sq+x2)", "(3, 2)", "secondOutput",
        HessiansDerivatives.secondOutputHessian(p32), HessiansDerivatives.secondOutputHvp(p32, v), v,
        new double[][] {{0, 1}, {1, 0}}, "[[0, 1], [1, 0]]"));
    rows.add(hessianRow("composed L (S01-chain-composition)", "(3, 2)", "composedLoss",
        HessiansDerivatives.composedLossHessian(p32), HessiansDerivatives.composedLossHvp(p32, v), v,
        new double[][] {{248, 72}, {72, 40}}, "[[248, 72], [72, 40]]"));
    rows.add(hessianRow("mean least squares (S01-leastsq-mean)", "theta = (0, 0)", "meanSquares",
        LeastSquaresDerivatives.meanSquaresHessian(new double[2], LeastSquares.X, LeastSquares.Y),
        LeastSquaresDerivatives.meanSquaresHvp(new double[2], LeastSquares.X, LeastSquares.Y, v), v,
        new double[][] {{2, 2}, {2, 10.0 / 3}}, "(2/N) X^T X"));
    rows.add(hessianRow("x^T S^-1 x (S03-gaussian-quadratic)", "(1, 2)", "gaussianQuadratic",
        HessiansDerivatives.gaussianQuadraticHessian(v), HessiansDerivatives.gaussianQuadraticHvp(v, v), v,
        new double[][] {{4.0 / 3, -2.0 / 3}, {-2.0 / 3, 4.0 / 3}}, "2 S^-1"));
    double[] z = {1, 2, 3};
    double[] w = {1, -2, 0.5};
    double[] p = SoftmaxDerivatives.softmaxVjp(z, new double[3], new double[3]);
    rows.add(hessianRow("log-sum-exp (AdjointMath.logSumExp)", "z = (1, 2, 3)", "logSumExp",
        SoftmaxDerivatives.logSumExpHessian(z), SoftmaxDerivatives.logSumExpHvp(z, w), w,
        Softmax.closedFormJacobian(p), "(diag(p) - p p^T)"));
    rows.add(hessianRow("log-sum-exp written as a loop", "z = (1, 2, 3)", "logSumExpLoop",
        SoftmaxDerivatives.logSumExpLoopHessian(z), SoftmaxDerivatives.logSumExpLoopHvp(z, w), w,
        SoftmaxDerivatives.softmaxJacobian(z), "softmaxJacobian(z)"));
    double[] a = {3, 2};
    double[] w4 = {1, 2, 3, 4};
    rows.add(hessianRow("a^T x over (a, x) (S02-matrix-1-aTx)", "a = (3, 2), x = (1, 1)", "aTx",
        MatrixCalculusDerivatives.aTxHessian(a, p11),
        MatrixCalculusDerivatives.aTxHvp(a, p11, new double[] {1, 2}, new double[] {3, 4}), w4,
        new double[][] {{0, 0, 1, 0}, {0, 0, 0, 1}, {1, 0, 0, 0}, {0, 1, 0, 0}}, "[[0, I], [I, 0]]"));
    rows.add(hessianRow("s |x|^2 over (s, x1, x2)", "s = 2, x = (3, 4)", "scaledSquares",
        HessiansDerivatives.scaledSquaresHessian(2, p34),
        HessiansDerivatives.scaledSquaresHvp(2, p34, 1, new double[] {2, 3}), new double[] {1, 2, 3},
        new double[][] {{0, 6, 8}, {6, 4, 0}, {8, 0, 4}}, "[[0, 2x^T], [2x, 2s I]]"));
    return rows;
  }

  /** {@code f + g.h + (1/2) h^T (H h)}, returning the three terms. */
  private static double[] taylorTerms(double value, double[] gradient, double[] hvp, double[] h) {
    return new double[] {value, Vectors.dot(gradient, h), 0.5 * Vectors.dot(h, hvp)};
  }

  private static List<Example> taylorChecks() {
    List<Example> rows = new ArrayList<>();

    double[] x = {1, 1};
    double[] h = {0.1, 0.2};
    MatrixCalculusDerivatives.XTAxGradient g = MatrixCalculusDerivatives.xTAxGrad(MatrixCalculus.A, x);
    double[] t = taylorTerms(g.value(), g.x(), MatrixCalculusDerivatives.xTAxHvp(MatrixCalculus.A, x, h), h);
    rows.add(Example.of("S03-taylor2-checks", "x^T A x ~ f + grad f . h + (1/2) h^T H h", "x = (1, 1), h = (0.1, 0.2)")
        .check("f", "xTAxGrad", t[0], 6)
        .check("grad f . h", "xTAxGrad", t[1], 2.0)
        .check("(1/2) h^T H h", "xTAxHvp", t[2], 0.17)
        .check("Taylor sum = f(1.1, 1.2) (exact for a quadratic)", "xTAx", t[0] + t[1] + t[2],
            MatrixCalculus.xTAx(MatrixCalculus.A, new double[] {1.1, 1.2}))
        .check("f(1.1, 1.2)", "xTAx", MatrixCalculus.xTAx(MatrixCalculus.A, new double[] {1.1, 1.2}), 8.17)
        .build());

    double[] p = {3, 2};
    HessiansDerivatives.FirstOutputGradient g1 = HessiansDerivatives.firstOutputGrad(p);
    HessiansDerivatives.SecondOutputGradient g2 = HessiansDerivatives.secondOutputGrad(p);
    double[] t1 = taylorTerms(g1.value(), g1.x(), HessiansDerivatives.firstOutputHvp(p, h), h);
    double[] t2 = taylorTerms(g2.value(), g2.x(), HessiansDerivatives.secondOutputHvp(p, h), h);
    rows.add(Example.of("S03-taylor2-checks", "y = (x1^2 + x2, x1 x2): linear part plus quadratic part",
            "x = (3, 2), h = (0.1, 0.2)")
        .check("linear dy1 = grad y1 . h", "firstOutputGrad", t1[1], 0.8)
        .check("linear dy2 = grad y2 . h", "secondOutputGrad", t2[1], 0.8)
        .check("quadratic (1/2) h^T H1 h", "firstOutputHvp", t1[2], 0.01)
        .check("quadratic (1/2) h^T H2 h", "secondOutputHvp", t2[2], 0.02)
        .check("dy1 to second order = actual 0.81", "firstOutputHvp", t1[1] + t1[2], 0.81)
        .check("dy2 to second order = actual 0.82", "secondOutputHvp", t2[1] + t2[2], 0.82)
        .build());

    HessiansDerivatives.SquaredAffineGradient ga = HessiansDerivatives.squaredAffineGrad(2);
    double step = 0.001;
    double second = HessiansDerivatives.squaredAffineHvp(2, 1)[0];
    rows.add(Example.of("S03-taylor2-checks", "(3x + 1)^2 (S02-chain-3x+1)", "x = 2, h = 0.001")
        .check("f' = 6(3x + 1)", "squaredAffineGrad", ga.x(), 42)
        .check("f'' = 18", "squaredAffineHvp", second, 18)
        .check("f' h + f'' h^2 / 2 = 0.042009", "squaredAffineHvp", ga.x() * step + 0.5 * second * step * step, 0.042009)
        .check("actual f(2.001) - f(2)", "squaredAffine", squaredAffine(2 + step) - squaredAffine(2), 0.042009)
        .build());

    HessiansDerivatives.CubicGradient gc = HessiansDerivatives.cubicGrad(1);
    double c2 = HessiansDerivatives.cubicHessian(1)[0][0];
    double hc = 0.1;
    double quadratic = gc.value() + gc.x() * hc + 0.5 * c2 * hc * hc;
    rows.add(Example.of("S03-taylor2-checks", "5x^3 - 2x + 7 (S00-taylor-1d)", "x = 1, h = 0.1")
        .check("f", "cubicGrad", gc.value(), 10)
        .check("f' h = 13 h", "cubicGrad", gc.x() * hc, 1.3)
        .check("f'' h^2 / 2 = 30 h^2 / 2", "cubicHessian", 0.5 * c2 * hc * hc, 0.15)
        .check("second-order model 10 + 1.3 + 0.15", "cubicHessian", quadratic, 11.45)
        .check("remainder f(1.1) - model = f''' h^3/6 = 5 h^3", "cubic", cubic(1 + hc) - quadratic, 0.005)
        .build());

    // A function that is not a polynomial: the remainder after the quadratic term falls like |h|^3.
    double[] x0 = {3, 4};
    MatrixCalculusDerivatives.NormGradient gn = MatrixCalculusDerivatives.normGrad(x0);
    Example.Builder b = Example.of("S03-taylor2-checks", "|x|: remainder after the quadratic term, h = (0.4, -0.2)/2^k",
        "x = (3, 4)");
    double previous = Double.NaN;
    double lastRatio = Double.NaN;
    for (int k = 0; k <= 5; k++) {
      double scale = Math.scalb(1.0, -k);
      double[] hk = {0.4 * scale, -0.2 * scale};
      double[] tk = taylorTerms(gn.value(), gn.x(), MatrixCalculusDerivatives.normHvp(x0, hk), hk);
      double remainder = MatrixCalculus.norm(new double[] {3 + hk[0], 4 + hk[1]}) - tk[0] - tk[1] - tk[2];
      // third-order term of |x| along h: (1/6) D^3 f[h, h, h] = -(1/2) (x.h) (|h|^2 - (x.h)^2/|x|^2) / |x|^3
      double xh = Vectors.dot(x0, hk);
      double exactCubic = -0.5 * xh * (Vectors.dot(hk, hk) - xh * xh / 25) / 125;
      b.print(String.format(Locale.ROOT, "k = %d: remainder %.6e%s", k, remainder,
          Double.isNaN(previous) ? "" : String.format(Locale.ROOT, ", ratio to previous %.4f", previous / remainder)));
      lastRatio = previous / remainder;
      previous = remainder;
      if (k == 5) {
        b.check(Comparison.within("remainder / ((1/6) D^3 f[h, h, h]) at k = 5", "normHvp",
            remainder / exactCubic, 1, 0.01));
      }
    }
    b.check(Comparison.atMost("|ratio / 8 - 1| at k = 5 (|h|^3 law)", "normHvp", Math.abs(lastRatio / 8 - 1), 0.05));
    rows.add(b.note("the third-order term has the closed form -(x.h)(|h|^2 - (x.h)^2/|x|^2)/(2|x|^3); the fourth-order"
            + " term makes up the last 0.3%")
        .note("a wrong Hessian would leave an O(|h|^2) remainder, and the ratio would tend to 4 instead of 8").build());
    return rows;
  }

  /** Solves the 2 x 2 system {@code H d = g}. */
  static double[] solve(double[][] hessian, double[] g) {
    double det = hessian[0][0] * hessian[1][1] - hessian[0][1] * hessian[1][0];
    return new double[] {
        (hessian[1][1] * g[0] - hessian[0][1] * g[1]) / det,
        (hessian[0][0] * g[1] - hessian[1][0] * g[0]) / det};
  }

  private static List<Example> newtonSteps() {
    List<Example> rows = new ArrayList<>();

    double[] x = {1, 1};
    MatrixCalculusDerivatives.XTAxGradient g = MatrixCalculusDerivatives.xTAxGrad(MatrixCalculus.A, x);
    double[][] hessian = MatrixCalculusDerivatives.xTAxHessian(MatrixCalculus.A, x);
    double[] d = solve(hessian, g.x());
    double[] next = {x[0] - d[0], x[1] - d[1]};
    MatrixCalculusDerivatives.XTAxGradient after = MatrixCalculusDerivatives.xTAxGrad(MatrixCalculus.A, next);
    rows.add(Example.of("S03-newton-step", "x^T A x: x_new = x - H^-1 grad f (xTAxGrad + xTAxHessian)", "x = (1, 1)")
        .print("grad = " + Vectors.format(g.x()) + ", H = " + Vectors.format(hessian) + ", H^-1 grad = "
            + Vectors.format(d) + ", x_new = " + Vectors.format(next))
        .check("(H^-1 grad)_1", "xTAxHessian", d[0], 1)
        .check("(H^-1 grad)_2", "xTAxHessian", d[1], 1)
        .check("x_new1 (the minimiser 0)", "xTAxGrad", next[0], 0)
        .check("x_new2", "xTAxGrad", next[1], 0)
        .check("f(x_new)", "xTAxGrad", after.value(), 0)
        .check("|grad f(x_new)|", "xTAxGrad", Vectors.norm(after.x()), 0)
        .build());

    double[] theta = {0, 0};
    LeastSquaresDerivatives.MeanSquaresGradient gm = LeastSquaresDerivatives.meanSquaresGrad(theta, LeastSquares.X, LeastSquares.Y);
    double[][] hm = LeastSquaresDerivatives.meanSquaresHessian(theta, LeastSquares.X, LeastSquares.Y);
    double[] dm = solve(hm, gm.theta());
    double[] landed = {theta[0] - dm[0], theta[1] - dm[1]};
    LeastSquaresDerivatives.MeanSquaresGradient there = LeastSquaresDerivatives.meanSquaresGrad(landed, LeastSquares.X, LeastSquares.Y);
    rows.add(Example.of("S03-newton-step", "mean least squares: one Newton step (meanSquaresGrad + meanSquaresHessian)",
            "theta = (0, 0)")
        .print("grad = " + Vectors.format(gm.theta()) + ", H = " + Vectors.format(hm) + ", theta_new = "
            + Vectors.format(landed))
        .check("theta_new1 = 7/6 (normal equation)", "meanSquaresHessian", landed[0], 7.0 / 6)
        .check("theta_new2 = 1/2", "meanSquaresHessian", landed[1], 0.5)
        .check("R(theta_new) = 1/18", "meanSquaresGrad", there.value(), 1.0 / 18)
        .check("|grad R(theta_new)|", "meanSquaresGrad", Vectors.norm(there.theta()), 0)
        .build());

    double[] r = {-4, 1};
    HessiansDerivatives.RavineGradient gr = HessiansDerivatives.ravineGrad(r);
    double[] dr = solve(HessiansDerivatives.ravineHessian(r), gr.x());
    rows.add(Example.of("S03-newton-step", "the ravine 0.5x^2 + 15y^2: Newton rescales each direction by its curvature",
            "(x, y) = (-4, 1)")
        .check("x_new", "ravineHessian", r[0] - dr[0], 0)
        .check("y_new", "ravineHessian", r[1] - dr[1], 0)
        .note("plain gradient descent needs hundreds of steps here (S03-gd-ravine); one Newton step lands on 0")
        .build());
    return rows;
  }

  /** The eigenvalues of a symmetric 2 x 2 matrix, smaller first. */
  static double[] eigenvalues(double[][] m) {
    double mean = (m[0][0] + m[1][1]) / 2;
    double radius = Math.hypot((m[0][0] - m[1][1]) / 2, m[0][1]);
    return new double[] {mean - radius, mean + radius};
  }

  private static Example stationary(String function, String via, double[] gradient, double[][] hessian,
      double[] exactEigenvalues, String kind, int negative) {
    double[] lambda = eigenvalues(hessian);
    int count = (lambda[0] < 0 ? 1 : 0) + (lambda[1] < 0 ? 1 : 0);
    String found = lambda[0] > 0 ? "minimum" : lambda[1] < 0 ? "maximum" : lambda[0] < 0 && lambda[1] > 0 ? "saddle" : "degenerate";
    return Example.of("S03-stationary-points", function, "(0, 0)")
        .print("H = " + Vectors.format(hessian) + ", eigenvalues " + Vectors.format(lambda) + ": a " + found)
        .check("|grad f| (stationary)", via + "Grad", Vectors.norm(gradient), 0)
        .check("smaller eigenvalue of H", via + "Hessian", lambda[0], exactEigenvalues[0])
        .check("larger eigenvalue of H", via + "Hessian", lambda[1], exactEigenvalues[1])
        .check("negative eigenvalues (" + kind + ")", via + "Hessian", count, negative)
        .note("at a stationary point, 0 negative eigenvalues of H: minimum; 1 (of 2): saddle; 2: maximum")
        .build();
  }

  private static List<Example> stationaryPoints() {
    double[] o = {0, 0};
    double root2 = Math.sqrt(2);
    return List.of(
        stationary("x^2 + y^2", "paraboloid", HessiansDerivatives.paraboloidGrad(o).x(),
            HessiansDerivatives.paraboloidHessian(o), new double[] {2, 2}, "minimum", 0),
        stationary("x^T A x, A = [[1, 2], [0, 3]]", "xTAx", MatrixCalculusDerivatives.xTAxGrad(MatrixCalculus.A, o).x(),
            MatrixCalculusDerivatives.xTAxHessian(MatrixCalculus.A, o), new double[] {4 - 2 * root2, 4 + 2 * root2},
            "minimum", 0),
        stationary("x^2 - y^2", "saddle", HessiansDerivatives.saddleGrad(o).x(),
            HessiansDerivatives.saddleHessian(o), new double[] {-2, 2}, "saddle", 1),
        stationary("-(x^2 + y^2) + x y", "dome", HessiansDerivatives.domeGrad(o).x(),
            HessiansDerivatives.domeHessian(o), new double[] {-3, -1}, "maximum", 2));
  }
}
