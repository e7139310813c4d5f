package dev.adjoint.samples;

import dev.adjoint.AdjointMath;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 3, Jacobians: maps from {@code double[]} to {@code double[]}, whose generated
 * {@code fJacobian} builds the whole matrix from forward or reverse passes, and whose {@code fJvp}
 * and {@code fVjp} apply it (and its transpose) without ever forming it. Matrices are passed
 * row-major in a flat {@code double[]} when they are the differentiable input or the result.
 */
final class Jacobians {
  private Jacobians() {}

  /** S02-jacobian-x1sq+x2: {@code y = (x1^2 + x2, x1 x2)}, Jacobian {@code [[2x1, 1], [x2, x1]]}. */
  @Differentiable
  static double[] quadraticMap(double[] x) {
    double[] y = {x[0] * x[0] + x[1], x[0] * x[1]};
    return y;
  }

  /** S03-jacobian-Ax: {@code f(x) = A x}; {@code A} is data, so the Jacobian is {@code A} itself. */
  @Differentiable
  static double[] matVec(@NoDerivative double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  /** S03-jacobian-x-times-x: the element-wise square {@code x ⊙ x}, Jacobian {@code diag(2x)}. */
  @Differentiable
  static double[] elementwiseSquare(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * x[i];
    }
    return y;
  }

  /** S03-jacobian-sigmoid: {@code sigmoid} element-wise, Jacobian {@code diag(s ⊙ (1 - s))}. */
  @Differentiable
  static double[] elementwiseSigmoid(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = AdjointMath.sigmoid(x[i]);
    }
    return y;
  }

  /**
   * S00-jacobian-WtW: {@code F(W) = W^T W} for {@code W} with {@code rows x cols} entries stored
   * row-major ({@code W[k][i]} is {@code w[k * cols + i]}); the result is {@code cols x cols}.
   */
  @Differentiable
  static double[] gram(double[] w, int rows, int cols) {
    double[] f = new double[cols * cols];
    for (int i = 0; i < cols; i++) {
      for (int j = 0; j < cols; j++) {
        for (int k = 0; k < rows; k++) {
          f[i * cols + j] += w[k * cols + i] * w[k * cols + j];
        }
      }
    }
    return f;
  }

  /** S00-jacobian-UVt: {@code F(U, V) = U V^T} for {@code U, V} both {@code rows x cols}, row-major. */
  @Differentiable
  static double[] outerProduct(double[] u, double[] v, int rows, int cols) {
    double[] f = new double[rows * rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rows; j++) {
        for (int k = 0; k < cols; k++) {
          f[i * rows + j] += u[i * cols + k] * v[j * cols + k];
        }
      }
    }
    return f;
  }

  /** Every check of this class, in catalogue order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    examples.add(quadraticMapExample());
    examples.add(bestLinearApproximation());

    double[][] a = {{1, 2}, {0, 3}};
    double[] x = {3, 4};
    double[][] jAx = JacobiansDerivatives.matVecJacobian(a, x);
    double[] ax = JacobiansDerivatives.matVecVjp(a, x, new double[2], new double[2]);
    examples.add(Example.of("S03-jacobian-Ax", "f(x) = A x, A = [[1, 2], [0, 3]]", "x = (3, 4)")
        .check("f1 = 1*3 + 2*4", "matVecVjp", ax[0], 11)
        .check("f2 = 0*3 + 3*4", "matVecVjp", ax[1], 12)
        .check("max |J - A| over 4 entries", "matVecJacobian", Vectors.maxAbsDifference(jAx, a), 0)
        .print("matVecJacobian = " + Vectors.format(jAx))
        .build());

    double[][] jSq = JacobiansDerivatives.elementwiseSquareJacobian(x);
    examples.add(Example.of("S03-jacobian-x-times-x", "f(x) = x ⊙ x", "x = (3, 4)")
        .check("J11 = 2x1", "elementwiseSquareJacobian", jSq[0][0], 6)
        .check("J22 = 2x2", "elementwiseSquareJacobian", jSq[1][1], 8)
        .check("J12 (off the diagonal)", "elementwiseSquareJacobian", jSq[0][1], 0)
        .check("J21 (off the diagonal)", "elementwiseSquareJacobian", jSq[1][0], 0)
        .build());

    double[] z = {0, 1};
    double[][] jSig = JacobiansDerivatives.elementwiseSigmoidJacobian(z);
    double[] s = JacobiansDerivatives.elementwiseSigmoidVjp(z, new double[2], new double[2]);
    examples.add(Example.of("S03-jacobian-sigmoid", "f(x) = sigmoid(x) element-wise (AdjointMath.sigmoid)",
            "x = (0, 1)")
        .check("f1 = sigmoid(0)", "elementwiseSigmoidVjp", s[0], 0.5)
        .check("f2 = sigmoid(1)", "elementwiseSigmoidVjp", s[1], 0.7310585786300049)
        .check("J11 = s1(1 - s1)", "elementwiseSigmoidJacobian", jSig[0][0], 0.25)
        .check("J22 = s2(1 - s2)", "elementwiseSigmoidJacobian", jSig[1][1], 0.19661193324148185)
        .check("J12 (off the diagonal)", "elementwiseSigmoidJacobian", jSig[0][1], 0)
        .check("J21 (off the diagonal)", "elementwiseSigmoidJacobian", jSig[1][0], 0)
        .build());

    examples.add(gramExample());
    examples.add(outerProductExample());
    return examples;
  }

  private static Example quadraticMapExample() {
    double[] x = {3, 2};
    double[] dx = {0.1, 0.2};
    double[][] j = JacobiansDerivatives.quadraticMapJacobian(x);
    double[] y = JacobiansDerivatives.quadraticMapVjp(x, new double[2], new double[2]);
    double[] predicted = JacobiansDerivatives.quadraticMapJvp(x, dx);
    double[] moved = quadraticMap(new double[] {x[0] + dx[0], x[1] + dx[1]});
    double[] u = {1, 1};
    double[] jtu = new double[2];
    JacobiansDerivatives.quadraticMapVjp(x, u, jtu);
    return Example.of("S02-jacobian-x1sq+x2", "y = (x1^2 + x2, x1 x2), J = [[2x1, 1], [x2, x1]]", "x = (3, 2)")
        .check("y1", "quadraticMapVjp", y[0], 11)
        .check("y2", "quadraticMapVjp", y[1], 6)
        .check("J11 = 2x1", "quadraticMapJacobian", j[0][0], 6)
        .check("J12 = 1", "quadraticMapJacobian", j[0][1], 1)
        .check("J21 = x2", "quadraticMapJacobian", j[1][0], 2)
        .check("J22 = x1", "quadraticMapJacobian", j[1][1], 3)
        .check("predicted dy1 = (J dx)_1, dx = (0.1, 0.2)", "quadraticMapJvp", predicted[0], 0.8)
        .check("predicted dy2 = (J dx)_2", "quadraticMapJvp", predicted[1], 0.8)
        .check("actual dy1 = y1(3.1, 2.2) - 11", "quadraticMap", moved[0] - y[0], 0.81)
        .check("actual dy2 = y2(3.1, 2.2) - 6", "quadraticMap", moved[1] - y[1], 0.82)
        .check("(J^T u)_1, u = (1, 1)", "quadraticMapVjp", jtu[0], 8)
        .check("(J^T u)_2", "quadraticMapVjp", jtu[1], 4)
        .check("<u, J dx> = <J^T u, dx> = 1.6", "Jvp and Vjp", Vectors.dot(u, predicted), Vectors.dot(jtu, dx))
        .check("<J^T u, dx>", "quadraticMapVjp", Vectors.dot(jtu, dx), 1.6)
        .note("the actual change exceeds the prediction by (1/2) dx^T H_i dx = (0.01, 0.02); see S03-taylor2-checks")
        .build();
  }

  /** The residual of the linear model shrinks faster than the step: {@code |r|/|dx| = 0.1 t}. */
  private static Example bestLinearApproximation() {
    double[] x = {3, 2};
    double[] y = quadraticMap(x);
    Example.Builder b = Example.of("S02-jacobian-x1sq+x2",
        "|f(x + dx) - f(x) - J dx| / |dx| -> 0, dx = t (0.1, 0.2)", "x = (3, 2)");
    for (double t : new double[] {1, 0.1, 0.01, 0.001}) {
      double[] dx = {0.1 * t, 0.2 * t};
      double[] jdx = JacobiansDerivatives.quadraticMapJvp(x, dx);
      double[] moved = quadraticMap(new double[] {x[0] + dx[0], x[1] + dx[1]});
      double[] residual = {moved[0] - y[0] - jdx[0], moved[1] - y[1] - jdx[1]};
      b.check(Comparison.within("|r|/|dx| = 0.1 t at t = " + t, "quadraticMapJvp",
          Vectors.norm(residual) / Vectors.norm(dx), 0.1 * t, 1e-9));
    }
    return b.note("f(x + dx) - f(x) loses about 1e-15 to rounding, so these rows allow 1e-9:"
            + " enough to see the ratio fall tenfold with t")
        .build();
  }

  private static Example gramExample() {
    double[] w = {1, 2, 3, 4, 5, 6}; // W = [[1, 2], [3, 4], [5, 6]], 3 x 2
    double[] v = {1, 0, 0, 1, 1, 1}; // V = [[1, 0], [0, 1], [1, 1]]
    double[] u = {1, 2, 0, 1}; // U = [[1, 2], [0, 1]], a cotangent of the 2 x 2 result
    double[] f = JacobiansDerivatives.gramVjp(w, 3, 2, new double[4], new double[6]);
    double[] jvp = JacobiansDerivatives.gramJvp(w, v, 3, 2);
    double[] vjp = new double[6];
    JacobiansDerivatives.gramVjp(w, 3, 2, u, vjp);
    double[][] jacobian = JacobiansDerivatives.gramJacobian(w, 3, 2);
    // closed form: dF[i][j]/dW[k][l] = [i == l] W[k][j] + [j == l] W[k][i]
    double[][] exact = new double[4][6];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        for (int k = 0; k < 3; k++) {
          for (int l = 0; l < 2; l++) {
            exact[i * 2 + j][k * 2 + l] = (i == l ? w[k * 2 + j] : 0) + (j == l ? w[k * 2 + i] : 0);
          }
        }
      }
    }
    double[] expectedVjp = {6, 6, 14, 14, 22, 22};
    return Example.of("S00-jacobian-WtW", "F(W) = W^T W, W 3 x 2 (row-major double[6]), F 2 x 2",
            "W = [[1, 2], [3, 4], [5, 6]]")
        .check("F = [[35, 44], [44, 56]]: F11", "gramVjp", f[0], 35)
        .check("F12", "gramVjp", f[1], 44)
        .check("F21", "gramVjp", f[2], 44)
        .check("F22", "gramVjp", f[3], 56)
        .check("JVP W^T V + V^T W = [[12, 16], [16, 20]]: 11", "gramJvp", jvp[0], 12)
        .check("JVP 12", "gramJvp", jvp[1], 16)
        .check("JVP 21", "gramJvp", jvp[2], 16)
        .check("JVP 22", "gramJvp", jvp[3], 20)
        .check("max |VJP - W (U + U^T)| over 6 entries", "gramVjp", Vectors.maxAbsDifference(vjp, expectedVjp), 0)
        .check("<U, JVP> = <VJP, V> = 64", "gramJvp", Vectors.dot(u, jvp), 64)
        .check("<VJP, V>", "gramVjp", Vectors.dot(vjp, v), 64)
        .check("Jacobian entries: 4 x 6 = n m^3 = 24", "gramJacobian", jacobian.length * jacobian[0].length, 24)
        .check("max |J - closed form| over 24 entries", "gramJacobian", Vectors.maxAbsDifference(jacobian, exact), 0)
        .print("V = [[1, 0], [0, 1], [1, 1]], U = [[1, 2], [0, 1]]; gramVjp(U) = " + Vectors.format(vjp)
            + " = W (U + U^T)")
        .note("the map is R^(3 x 2) -> R^(2 x 2), so the Jacobian has n m^3 = 24 entries (the seed says (nm)^2)")
        .build();
  }

  private static Example outerProductExample() {
    double[] u = {1, 2, 3, 4}; // U = [[1, 2], [3, 4]]
    double[] v = {0, 1, 1, 0}; // V = [[0, 1], [1, 0]]
    double[] h = {1, 0, 0, 0}; // tangent of U
    double[] k = {0, 0, 0, 1}; // tangent of V
    double[] g = {1, 0, 0, 1}; // cotangent G = I
    double[] jvp = JacobiansDerivatives.outerProductJvp(u, h, v, k, 2, 2);
    double[] uBar = new double[4];
    double[] vBar = new double[4];
    double[] f = JacobiansDerivatives.outerProductVjp(u, v, 2, 2, g, uBar, vBar);
    return Example.of("S00-jacobian-UVt", "F(U, V) = U V^T, U and V 2 x 2 (row-major double[4])",
            "U = [[1, 2], [3, 4]], V = [[0, 1], [1, 0]]")
        .check("max |F - [[2, 1], [4, 3]]|", "outerProductVjp", Vectors.maxAbsDifference(f, new double[] {2, 1, 4, 3}), 0)
        .check("max |JVP - (H V^T + U K^T)| = [[0, 3], [0, 4]]", "outerProductJvp",
            Vectors.maxAbsDifference(jvp, new double[] {0, 3, 0, 4}), 0)
        .check("max |Ubar - G V| = V, G = I", "outerProductVjp", Vectors.maxAbsDifference(uBar, v), 0)
        .check("max |Vbar - G^T U| = U", "outerProductVjp", Vectors.maxAbsDifference(vBar, u), 0)
        .check("<G, JVP> = <Ubar, H> + <Vbar, K> = 4", "outerProductJvp", Vectors.dot(g, jvp), 4)
        .check("<Ubar, H> + <Vbar, K>", "outerProductVjp", Vectors.dot(uBar, h) + Vectors.dot(vBar, k), 4)
        .print("H = [[1, 0], [0, 0]], K = [[0, 0], [0, 1]]: outerProductJvp = " + Vectors.format(jvp))
        .build();
  }
}
