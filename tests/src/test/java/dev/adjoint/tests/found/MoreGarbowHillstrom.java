package dev.adjoint.tests.found;

import dev.adjoint.Differentiable;

/**
 * Nonlinear least-squares test problems of the Moré–Garbow–Hillstrom collection, one class per
 * problem: residuals written as the collection states them (data in private tables, checks on the
 * point first), and each problem's Jacobian coded by hand beside it.
 */
public final class MoreGarbowHillstrom {
  private MoreGarbowHillstrom() {}

  /** Problem 1. */
  public static final class Rosenbrock extends LeastSquaresProblem {
    public Rosenbrock() {
      super(2, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      if (x.length != this.n) {
        throw new IllegalArgumentException("expected " + n + " unknowns, got " + x.length);
      }
      return new double[] {10.0 * (x[1] - x[0] * x[0]), 1.0 - x[0]};
    }

    @Override
    public double[][] jacobian(double[] x) {
      return new double[][] {{-20.0 * x[0], 10.0}, {-1.0, 0.0}};
    }

    @Override
    public double[] start() {
      return new double[] {-1.2, 1.0};
    }
  }

  /** Problem 2. */
  public static final class FreudensteinRoth extends LeastSquaresProblem {
    public FreudensteinRoth() {
      super(2, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      checkPoint(x);
      double[] f = new double[this.m];
      double x1 = x[0];
      double x2 = x[1];
      f[0] = -13.0 + x1 + ((5.0 - x2) * x2 - 2.0) * x2;
      f[1] = -29.0 + x1 + ((x2 + 1.0) * x2 - 14.0) * x2;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double x2 = x[1];
      return new double[][] {{1.0, (10.0 - 3.0 * x2) * x2 - 2.0}, {1.0, (3.0 * x2 + 2.0) * x2 - 14.0}};
    }

    @Override
    public double[] start() {
      return new double[] {0.5, -2.0};
    }
  }

  /** Problem 3. */
  public static final class PowellBadlyScaled extends LeastSquaresProblem {
    private static final double SCALE = 1.0e4;

    public PowellBadlyScaled() {
      super(2, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      f[0] = SCALE * x[0] * x[1] - 1.0;
      f[1] = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      return new double[][] {{SCALE * x[1], SCALE * x[0]}, {-Math.exp(-x[0]), -Math.exp(-x[1])}};
    }

    @Override
    public double[] start() {
      return new double[] {0.0, 1.0};
    }
  }

  /** Problem 4. */
  public static final class BrownBadlyScaled extends LeastSquaresProblem {
    public BrownBadlyScaled() {
      super(3, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      checkPoint(x);
      return new double[] {x[0] - 1.0e6, x[1] - 2.0e-6, x[0] * x[1] - 2.0};
    }

    @Override
    public double[][] jacobian(double[] x) {
      return new double[][] {{1.0, 0.0}, {0.0, 1.0}, {x[1], x[0]}};
    }

    @Override
    public double[] start() {
      return new double[] {1.0, 1.0};
    }
  }

  /** Problem 5. */
  public static final class Beale extends LeastSquaresProblem {
    private static final double[] Y = {1.5, 2.25, 2.625};

    public Beale() {
      super(3, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      double power = 1.0;
      for (int i = 0; i < m; i++) {
        power *= x[1];
        f[i] = Y[i] - x[0] * (1.0 - power);
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        jac[i][0] = -(1.0 - Math.pow(x[1], i + 1));
        jac[i][1] = x[0] * (i + 1) * Math.pow(x[1], i);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {1.0, 1.0};
    }
  }

  /** Problem 6, with any number of residuals. */
  public static final class JennrichSampson extends LeastSquaresProblem {
    public JennrichSampson(int m) {
      super(m, 2);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      for (int i = 1; i <= m; i++) {
        f[i - 1] = 2.0 + 2.0 * i - (Math.exp(i * x[0]) + Math.exp(i * x[1]));
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 1; i <= m; i++) {
        jac[i - 1][0] = -i * Math.exp(i * x[0]);
        jac[i - 1][1] = -i * Math.exp(i * x[1]);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.3, 0.4};
    }
  }

  /** Problem 7. */
  public static final class HelicalValley extends LeastSquaresProblem {
    private static final double INV_TWO_PI = 1.0 / (2.0 * Math.PI);

    public HelicalValley() {
      super(3, 3);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      if (x[0] == 0.0) {
        throw new IllegalArgumentException("theta is undefined at x1 = 0");
      }
      double theta = INV_TWO_PI * Math.atan(x[1] / x[0]);
      if (x[0] < 0.0) {
        theta += 0.5;
      }
      double r = Math.sqrt(x[0] * x[0] + x[1] * x[1]);
      return new double[] {10.0 * (x[2] - 10.0 * theta), 10.0 * (r - 1.0), x[2]};
    }

    @Override
    public double[][] jacobian(double[] x) {
      double r2 = x[0] * x[0] + x[1] * x[1];
      double r = Math.sqrt(r2);
      double t1 = -x[1] * INV_TWO_PI / r2;
      double t2 = x[0] * INV_TWO_PI / r2;
      return new double[][] {
        {-100.0 * t1, -100.0 * t2, 10.0},
        {10.0 * x[0] / r, 10.0 * x[1] / r, 0.0},
        {0.0, 0.0, 1.0}};
    }

    @Override
    public double[] start() {
      return new double[] {-1.0, 0.0, 0.0};
    }
  }

  /** Problem 8. */
  public static final class Bard extends LeastSquaresProblem {
    private static final double[] Y = {
      0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39
    };

    public Bard() {
      super(15, 3);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      if (x.length != super.n) {
        throw new IllegalArgumentException("dimension mismatch: " + x.length + " != " + n);
      }
      double[] f = new double[super.m];
      for (int i = 0; i < super.m; i++) {
        double u = i + 1;
        double v = 15 - i;
        double w = Math.min(u, v);
        f[i] = Y[i] - (x[0] + u / (v * x[1] + w * x[2]));
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double u = i + 1;
        double v = 15 - i;
        double w = Math.min(u, v);
        double d = v * x[1] + w * x[2];
        jac[i][0] = -1.0;
        jac[i][1] = u * v / (d * d);
        jac[i][2] = u * w / (d * d);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {1.0, 1.0, 1.0};
    }
  }

  /** Problem 9. */
  public static final class Gaussian extends LeastSquaresProblem {
    private static final double[] Y = {
      0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989,
      0.3521, 0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009
    };

    public Gaussian() {
      super(15, 3);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      for (int i = 0; i < m; i++) {
        double t = (7 - i) / 2.0;
        double d = t - x[2];
        f[i] = x[0] * Math.exp(-0.5 * x[1] * d * d) - Y[i];
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double d = (7 - i) / 2.0 - x[2];
        double e = Math.exp(-0.5 * x[1] * d * d);
        jac[i][0] = e;
        jac[i][1] = -0.5 * x[0] * e * d * d;
        jac[i][2] = x[0] * e * x[1] * d;
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.4, 1.0, 0.0};
    }
  }

  /** Problem 10. */
  public static final class Meyer extends LeastSquaresProblem {
    private static final double[] Y = {
      34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744,
      8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872
    };

    public Meyer() {
      super(16, 3);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      for (int i = 0; i < m; i++) {
        double t = 45.0 + 5.0 * (i + 1);
        f[i] = x[0] * Math.exp(x[1] / (t + x[2])) - Y[i];
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double d = 45.0 + 5.0 * (i + 1) + x[2];
        double e = Math.exp(x[1] / d);
        jac[i][0] = e;
        jac[i][1] = x[0] * e / d;
        jac[i][2] = -x[0] * e * x[1] / (d * d);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.02, 4000.0, 250.0};
    }
  }

  /** Problem 12, with any number of residuals. */
  public static final class Box3D extends LeastSquaresProblem {
    public Box3D(int m) {
      super(m, 3);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      for (int i = 0; i < f.length; i++) {
        double t = 0.1 * (i + 1);
        f[i] = Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * (Math.exp(-t) - Math.exp(-10.0 * t));
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double t = 0.1 * (i + 1);
        jac[i][0] = -t * Math.exp(-t * x[0]);
        jac[i][1] = t * Math.exp(-t * x[1]);
        jac[i][2] = -(Math.exp(-t) - Math.exp(-10.0 * t));
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.0, 10.0, 20.0};
    }
  }

  /** Problem 13. */
  public static final class PowellSingular extends LeastSquaresProblem {
    private static final double SQRT5 = Math.sqrt(5.0);
    private static final double SQRT10 = Math.sqrt(10.0);

    public PowellSingular() {
      super(4, 4);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[4];
      f[0] = x[0] + 10.0 * x[1];
      f[1] = SQRT5 * (x[2] - x[3]);
      double d = x[1] - 2.0 * x[2];
      f[2] = d * d;
      double e = x[0] - x[3];
      f[3] = SQRT10 * e * e;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double d = x[1] - 2.0 * x[2];
      double e = x[0] - x[3];
      return new double[][] {
        {1.0, 10.0, 0.0, 0.0},
        {0.0, 0.0, SQRT5, -SQRT5},
        {0.0, 2.0 * d, -4.0 * d, 0.0},
        {2.0 * SQRT10 * e, 0.0, 0.0, -2.0 * SQRT10 * e}};
    }

    @Override
    public double[] start() {
      return new double[] {3.0, -1.0, 0.0, 1.0};
    }
  }

  /** Problem 14. */
  public static final class Wood extends LeastSquaresProblem {
    private static final double SQRT90 = Math.sqrt(90.0);
    private static final double SQRT10 = Math.sqrt(10.0);

    public Wood() {
      super(6, 4);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      return new double[] {
        10.0 * (x[1] - x[0] * x[0]),
        1.0 - x[0],
        SQRT90 * (x[3] - x[2] * x[2]),
        1.0 - x[2],
        SQRT10 * (x[1] + x[3] - 2.0),
        (x[1] - x[3]) / SQRT10
      };
    }

    @Override
    public double[][] jacobian(double[] x) {
      return new double[][] {
        {-20.0 * x[0], 10.0, 0.0, 0.0},
        {-1.0, 0.0, 0.0, 0.0},
        {0.0, 0.0, -2.0 * SQRT90 * x[2], SQRT90},
        {0.0, 0.0, -1.0, 0.0},
        {0.0, SQRT10, 0.0, SQRT10},
        {0.0, 1.0 / SQRT10, 0.0, -1.0 / SQRT10}};
    }

    @Override
    public double[] start() {
      return new double[] {-3.0, -1.0, -3.0, -1.0};
    }
  }

  /** Problem 15. */
  public static final class KowalikOsborne extends LeastSquaresProblem {
    private static final double[] Y = {
      0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246
    };
    private static final double[] U = {
      4.0, 2.0, 1.0, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625
    };

    public KowalikOsborne() {
      super(11, 4);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      if (x.length != super.n) {
        throw new IllegalArgumentException("dimension mismatch: " + x.length + " != " + n);
      }
      double[] f = new double[m];
      for (int i = 0; i < m; i++) {
        double u = U[i];
        double num = u * u + u * x[1];
        double den = u * u + u * x[2] + x[3];
        f[i] = Y[i] - x[0] * num / den;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double u = U[i];
        double num = u * u + u * x[1];
        double den = u * u + u * x[2] + x[3];
        jac[i][0] = -num / den;
        jac[i][1] = -x[0] * u / den;
        jac[i][2] = x[0] * num * u / (den * den);
        jac[i][3] = x[0] * num / (den * den);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.25, 0.39, 0.415, 0.39};
    }
  }

  /** Problem 16, with any number of residuals. */
  public static final class BrownDennis extends LeastSquaresProblem {
    public BrownDennis(int m) {
      super(m, 4);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      for (int i = 0; i < m; i++) {
        double t = (i + 1) / 5.0;
        double a = x[0] + t * x[1] - Math.exp(t);
        double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
        f[i] = a * a + b * b;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double t = (i + 1) / 5.0;
        double a = x[0] + t * x[1] - Math.exp(t);
        double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
        jac[i][0] = 2.0 * a;
        jac[i][1] = 2.0 * a * t;
        jac[i][2] = 2.0 * b;
        jac[i][3] = 2.0 * b * Math.sin(t);
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {25.0, 5.0, -5.0, -1.0};
    }
  }

  /** Problem 17. */
  public static final class Osborne1 extends LeastSquaresProblem {
    private static final double[] Y = {
      0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751,
      0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490,
      0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406
    };

    public Osborne1() {
      super(33, 5);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[Y.length];
      for (int i = 0; i < Y.length; i++) {
        double t = 10.0 * i;
        f[i] = Y[i] - (x[0] + x[1] * Math.exp(-t * x[3]) + x[2] * Math.exp(-t * x[4]));
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        double t = 10.0 * i;
        double e4 = Math.exp(-t * x[3]);
        double e5 = Math.exp(-t * x[4]);
        jac[i] = new double[] {-1.0, -e4, -e5, t * x[1] * e4, t * x[2] * e5};
      }
      return jac;
    }

    @Override
    public double[] start() {
      return new double[] {0.5, 1.5, -1.0, 0.01, 0.02};
    }
  }

  /** Problem 21: the extended Rosenbrock function, {@code n} even. */
  public static final class ExtendedRosenbrock extends LeastSquaresProblem {
    public ExtendedRosenbrock(int n) {
      super(n, n);
      if (n % 2 != 0) {
        throw new IllegalArgumentException("n must be even: " + n);
      }
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      if (x.length != super.n) {
        throw new IllegalArgumentException("dimension mismatch: " + x.length + " != " + n);
      }
      double[] f = new double[n];
      for (int i = 0; i < n / 2; i++) {
        double odd = x[2 * i];
        f[2 * i] = 10.0 * (x[2 * i + 1] - odd * odd);
        f[2 * i + 1] = 1.0 - odd;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < n / 2; i++) {
        jac[2 * i][2 * i] = -20.0 * x[2 * i];
        jac[2 * i][2 * i + 1] = 10.0;
        jac[2 * i + 1][2 * i] = -1.0;
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      for (int i = 0; i < n; i += 2) {
        x[i] = -1.2;
        x[i + 1] = 1.0;
      }
      return x;
    }
  }

  /** Problem 22: the extended Powell singular function, {@code n} a multiple of 4. */
  public static final class ExtendedPowellSingular extends LeastSquaresProblem {
    private static final double SQRT5 = Math.sqrt(5.0);
    private static final double SQRT10 = Math.sqrt(10.0);

    public ExtendedPowellSingular(int n) {
      super(n, n);
      if (n % 4 != 0) {
        throw new IllegalArgumentException("n must be a multiple of 4: " + n);
      }
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[this.n];
      for (int b = 0; b < this.n; b += 4) {
        f[b] = x[b] + 10.0 * x[b + 1];
        f[b + 1] = SQRT5 * (x[b + 2] - x[b + 3]);
        double d = x[b + 1] - 2.0 * x[b + 2];
        f[b + 2] = d * d;
        double e = x[b] - x[b + 3];
        f[b + 3] = SQRT10 * e * e;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int b = 0; b < n; b += 4) {
        double d = x[b + 1] - 2.0 * x[b + 2];
        double e = x[b] - x[b + 3];
        jac[b][b] = 1.0;
        jac[b][b + 1] = 10.0;
        jac[b + 1][b + 2] = SQRT5;
        jac[b + 1][b + 3] = -SQRT5;
        jac[b + 2][b + 1] = 2.0 * d;
        jac[b + 2][b + 2] = -4.0 * d;
        jac[b + 3][b] = 2.0 * SQRT10 * e;
        jac[b + 3][b + 3] = -2.0 * SQRT10 * e;
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      for (int b = 0; b < n; b += 4) {
        x[b] = 3.0;
        x[b + 1] = -1.0;
        x[b + 2] = 0.0;
        x[b + 3] = 1.0;
      }
      return x;
    }
  }

  /** Problem 23: penalty function I, {@code m = n + 1}. */
  public static final class PenaltyI extends LeastSquaresProblem {
    private static final double SQRT_A = Math.sqrt(1.0e-5);

    public PenaltyI(int n) {
      super(n + 1, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      double sum = 0.0;
      for (double xj : x) {
        sum += xj * xj;
      }
      for (int i = 0; i < n; i++) {
        f[i] = SQRT_A * (x[i] - 1.0);
      }
      f[n] = sum - 0.25;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int j = 0; j < n; j++) {
        jac[j][j] = SQRT_A;
        jac[n][j] = 2.0 * x[j];
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[j] = j + 1;
      }
      return x;
    }
  }

  /** Problem 26: the trigonometric function, {@code m = n}. */
  public static final class Trigonometric extends LeastSquaresProblem {
    public Trigonometric(int n) {
      super(n, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[n];
      double cosines = 0.0;
      for (int j = 0; j < n; j++) {
        cosines += Math.cos(x[j]);
      }
      for (int i = 0; i < n; i++) {
        f[i] = n - cosines + (i + 1) * (1.0 - Math.cos(x[i])) - Math.sin(x[i]);
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          jac[i][j] = Math.sin(x[j]);
        }
        jac[i][i] += (i + 1) * Math.sin(x[i]) - Math.cos(x[i]);
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      java.util.Arrays.fill(x, 1.0 / n);
      return x;
    }
  }

  /** Problem 28: the discrete boundary value function, {@code m = n}. */
  public static final class DiscreteBoundaryValue extends LeastSquaresProblem {
    public DiscreteBoundaryValue(int n) {
      super(n, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[n];
      double h = 1.0 / (n + 1);
      for (int i = 0; i < n; i++) {
        double t = (i + 1) * h;
        double left = i == 0 ? 0.0 : x[i - 1];
        double right = i == n - 1 ? 0.0 : x[i + 1];
        double c = x[i] + t + 1.0;
        f[i] = 2.0 * x[i] - left - right + 0.5 * h * h * c * c * c;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      double h = 1.0 / (n + 1);
      for (int i = 0; i < n; i++) {
        double c = x[i] + (i + 1) * h + 1.0;
        jac[i][i] = 2.0 + 1.5 * h * h * c * c;
        if (i > 0) {
          jac[i][i - 1] = -1.0;
        }
        if (i < n - 1) {
          jac[i][i + 1] = -1.0;
        }
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      double h = 1.0 / (n + 1);
      for (int i = 0; i < n; i++) {
        double t = (i + 1) * h;
        x[i] = t * (t - 1.0);
      }
      return x;
    }
  }

  /** Problem 30: the Broyden tridiagonal function, {@code m = n}. */
  public static final class BroydenTridiagonal extends LeastSquaresProblem {
    public BroydenTridiagonal(int n) {
      super(n, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[n];
      for (int i = 0; i < n; i++) {
        double left = i > 0 ? x[i - 1] : 0.0;
        double right = i < n - 1 ? x[i + 1] : 0.0;
        f[i] = (3.0 - 2.0 * x[i]) * x[i] - left - 2.0 * right + 1.0;
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < n; i++) {
        jac[i][i] = 3.0 - 4.0 * x[i];
        if (i > 0) {
          jac[i][i - 1] = -1.0;
        }
        if (i < n - 1) {
          jac[i][i + 1] = -2.0;
        }
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      java.util.Arrays.fill(x, -1.0);
      return x;
    }
  }

  /** Problem 32: the linear function of full rank, {@code m >= n}. */
  public static final class LinearFullRank extends LeastSquaresProblem {
    public LinearFullRank(int m, int n) {
      super(m, n);
      if (m < n) {
        throw new IllegalArgumentException("m < n");
      }
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      double sum = 0.0;
      for (int j = 0; j < n; j++) {
        sum += x[j];
      }
      double t = 2.0 * sum / m + 1.0;
      for (int i = 0; i < m; i++) {
        f[i] = -t;
        if (i < n) {
          f[i] += x[i];
        }
      }
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          jac[i][j] = (i == j ? 1.0 : 0.0) - 2.0 / m;
        }
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      java.util.Arrays.fill(x, 1.0);
      return x;
    }
  }

  /** Problem 25: the variably dimensioned function, {@code m = n + 2}. */
  public static final class VariablyDimensioned extends LeastSquaresProblem {
    public VariablyDimensioned(int n) {
      super(n + 2, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[m];
      double s = 0.0;
      for (int j = 0; j < n; j++) {
        f[j] = x[j] - 1.0;
        s += (j + 1) * (x[j] - 1.0);
      }
      f[n] = s;
      f[n + 1] = s * s;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      double s = 0.0;
      for (int j = 0; j < n; j++) {
        s += (j + 1) * (x[j] - 1.0);
      }
      for (int j = 0; j < n; j++) {
        jac[j][j] = 1.0;
        jac[n][j] = j + 1;
        jac[n + 1][j] = 2.0 * s * (j + 1);
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[j] = 1.0 - (j + 1.0) / n;
      }
      return x;
    }
  }

  /** Problem 27: Brown's almost-linear function, {@code m = n}. */
  public static final class BrownAlmostLinear extends LeastSquaresProblem {
    public BrownAlmostLinear(int n) {
      super(n, n);
    }

    @Override
    @Differentiable
    public double[] value(double[] x) {
      double[] f = new double[n];
      double sum = 0.0;
      double product = 1.0;
      for (double xj : x) {
        sum += xj;
        product *= xj;
      }
      for (int i = 0; i < n - 1; i++) {
        f[i] = x[i] + sum - (n + 1);
      }
      f[n - 1] = product - 1.0;
      return f;
    }

    @Override
    public double[][] jacobian(double[] x) {
      double[][] jac = new double[m][n];
      for (int i = 0; i < n - 1; i++) {
        java.util.Arrays.fill(jac[i], 1.0);
        jac[i][i] = 2.0;
      }
      for (int j = 0; j < n; j++) {
        double p = 1.0;
        for (int k = 0; k < n; k++) {
          if (k != j) {
            p *= x[k];
          }
        }
        jac[n - 1][j] = p;
      }
      return jac;
    }

    @Override
    public double[] start() {
      double[] x = new double[n];
      java.util.Arrays.fill(x, 0.5);
      return x;
    }
  }
}
