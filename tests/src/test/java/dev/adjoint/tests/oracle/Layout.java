package dev.adjoint.tests.oracle;

import java.util.List;

/**
 * How the differentiable inputs of one evaluation point are flattened into one vector: in parameter
 * order, a scalar as one entry, a {@code double[]} entry by entry, a {@code double[][]} row by row.
 * Converts flat vectors to the shaped tangents, seeds and accumulators the generated methods take.
 */
final class Layout {
  private final List<Param> params;
  private final int[] offset;
  private final int[] rows;
  private final int[] cols;
  private final int size;

  Layout(List<Param> params, Object[] values) {
    this.params = params;
    offset = new int[params.size()];
    rows = new int[params.size()];
    cols = new int[params.size()];
    int at = 0;
    for (int k = 0; k < params.size(); k++) {
      Param p = params.get(k);
      offset[k] = -1;
      switch (p.kind()) {
        case VECTOR, CONSTANT_VECTOR, SIGNS -> rows[k] = ((double[]) values[k]).length;
        case MATRIX, CONSTANT_MATRIX -> {
          double[][] m = (double[][]) values[k];
          rows[k] = m.length;
          cols[k] = m.length == 0 ? 0 : m[0].length;
        }
        default -> { }
      }
      if (p.differentiable()) {
        offset[k] = at;
        at += count(k);
      }
    }
    size = at;
  }

  /** The number of flattened differentiable inputs. */
  int size() {
    return size;
  }

  /** Where parameter {@code k} starts in the flat vector, or -1 if it is not differentiated. */
  int offset(int k) {
    return offset[k];
  }

  /** How many flat entries parameter {@code k} takes. */
  int count(int k) {
    return switch (params.get(k).kind()) {
      case REAL -> 1;
      case VECTOR -> rows[k];
      case MATRIX -> rows[k] * cols[k];
      default -> 0;
    };
  }

  /** A readable name of flat entry {@code j}, e.g. {@code a[1][2]}. */
  String entryName(int j) {
    for (int k = 0; k < params.size(); k++) {
      if (offset[k] >= 0 && j >= offset[k] && j < offset[k] + count(k)) {
        int local = j - offset[k];
        return switch (params.get(k).kind()) {
          case REAL -> params.get(k).name();
          case VECTOR -> params.get(k).name() + "[" + local + "]";
          default -> params.get(k).name() + "[" + local / cols[k] + "][" + local % cols[k] + "]";
        };
      }
    }
    throw new IndexOutOfBoundsException(j);
  }

  /** The tangent of parameter {@code k} from the flat direction: a Double, double[] or double[][]. */
  Object tangent(int k, double[] flat) {
    return switch (params.get(k).kind()) {
      case REAL -> flat[offset[k]];
      default -> shaped(k, flat);
    };
  }

  /** The accumulator of parameter {@code k} filled from {@code flat}: double[1] for a scalar, else its shape. */
  Object accumulator(int k, double[] flat) {
    return switch (params.get(k).kind()) {
      case REAL -> new double[] {flat[offset[k]]};
      default -> shaped(k, flat);
    };
  }

  private Object shaped(int k, double[] flat) {
    if (params.get(k).kind() == Param.Kind.VECTOR) {
      double[] v = new double[rows[k]];
      System.arraycopy(flat, offset[k], v, 0, rows[k]);
      return v;
    }
    double[][] m = new double[rows[k]][cols[k]];
    for (int i = 0; i < rows[k]; i++) {
      System.arraycopy(flat, offset[k] + i * cols[k], m[i], 0, cols[k]);
    }
    return m;
  }

  /** Writes parameter {@code k}'s accumulator or tangent ({@code double[]}, {@code double[][]}) into {@code flat}. */
  void read(int k, Object shaped, double[] flat) {
    if (shaped instanceof Double d) {
      flat[offset[k]] = d;
    } else if (shaped instanceof double[] v) {
      if (params.get(k).kind() == Param.Kind.REAL) {
        flat[offset[k]] = v[0];
      } else {
        System.arraycopy(v, 0, flat, offset[k], rows[k]);
      }
    } else {
      double[][] m = (double[][]) shaped;
      for (int i = 0; i < rows[k]; i++) {
        System.arraycopy(m[i], 0, flat, offset[k] + i * cols[k], cols[k]);
      }
    }
  }

  /** Checks a generated array (accumulator, gradient component) has parameter {@code k}'s shape; null if it does. */
  String shapeProblem(int k, Object shaped) {
    Param p = params.get(k);
    switch (p.kind()) {
      case REAL -> {
        if (shaped instanceof double[] v && v.length != 1) {
          return p.name() + ": a scalar's accumulator must stay double[1]";
        }
        return null;
      }
      case VECTOR -> {
        if (!(shaped instanceof double[] v)) {
          return p.name() + ": expected a double[], got " + describe(shaped);
        }
        return v.length == rows[k] ? null : p.name() + ": expected length " + rows[k] + ", got " + v.length;
      }
      default -> {
        if (!(shaped instanceof double[][] m)) {
          return p.name() + ": expected a double[][], got " + describe(shaped);
        }
        if (m.length != rows[k]) {
          return p.name() + ": expected " + rows[k] + " rows, got " + m.length;
        }
        for (double[] row : m) {
          if (row == null || row.length != cols[k]) {
            return p.name() + ": expected rows of length " + cols[k];
          }
        }
        return null;
      }
    }
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getSimpleName();
  }
}
