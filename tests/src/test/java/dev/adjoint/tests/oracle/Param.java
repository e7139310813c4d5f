package dev.adjoint.tests.oracle;

import java.util.Map;
import java.util.Random;

/**
 * One parameter of a corpus function: its name, its Java type and role, where to sample its entries,
 * and for arrays the names of the dimensions that give its shape ({@link FunctionCase#dim}), or literal
 * sizes such as {@code "2"}.
 */
public record Param(String name, Kind kind, double lo, double hi, String rows, String cols,
    java.util.List<?> choices) {

  /** The role of a parameter, which fixes its Java type and whether it is differentiated. */
  public enum Kind {
    /** a {@code double} the processor differentiates */
    REAL,
    /** a {@code double} left out by {@code @NoDerivative} or {@code wrt} */
    CONSTANT,
    INT,
    LONG,
    BOOLEAN,
    /** an {@code int} in {@code 0 .. rows - 1}: an index into an array of length {@code rows} */
    INDEX,
    /** a differentiable {@code double[]} of length {@code rows} */
    VECTOR,
    /** a {@code double[]} that is not differentiated */
    CONSTANT_VECTOR,
    /** a {@code double[]} of labels, each -1 or +1 with equal chance, not differentiated */
    SIGNS,
    /** a differentiable {@code double[][]} of {@code rows x cols} */
    MATRIX,
    /** a {@code double[][]} that is not differentiated */
    CONSTANT_MATRIX,
    /**
     * the receiver of an instance method, named {@code self} as in the generated methods; it comes
     * first and is built per point by the sampler given with {@link FunctionCase#sampler}
     */
    RECEIVER,
    /**
     * a value the method only selects a case by (an enum, a {@code String}, a {@code char}), one of
     * {@link #choices} with equal chance; not differentiated
     */
    CHOICE
  }

  /** A differentiable {@code double} sampled uniformly from {@code [lo, hi)}. */
  public static Param real(String name, double lo, double hi) {
    return new Param(name, Kind.REAL, lo, hi, null, null, null);
  }

  /** A {@code double} that is not differentiated (marked {@code @NoDerivative} or outside {@code wrt}). */
  public static Param constant(String name, double lo, double hi) {
    return new Param(name, Kind.CONSTANT, lo, hi, null, null, null);
  }

  /** An {@code int} sampled uniformly from {@code lo..hi} inclusive. */
  public static Param integer(String name, int lo, int hi) {
    return new Param(name, Kind.INT, lo, hi, null, null, null);
  }

  /** A {@code long} sampled uniformly from {@code lo..hi} inclusive. */
  public static Param longInt(String name, long lo, long hi) {
    return new Param(name, Kind.LONG, lo, hi, null, null, null);
  }

  /** A {@code boolean}, true or false with equal chance. */
  public static Param bool(String name) {
    return new Param(name, Kind.BOOLEAN, 0, 1, null, null, null);
  }

  /** An {@code int} index uniform in {@code 0 .. dim - 1}. */
  public static Param index(String name, String dim) {
    return new Param(name, Kind.INDEX, 0, 0, dim, null, null);
  }

  /** A differentiable {@code double[]} of length {@code dim}, entries uniform in {@code [lo, hi)}. */
  public static Param vector(String name, String dim, double lo, double hi) {
    return new Param(name, Kind.VECTOR, lo, hi, dim, null, null);
  }

  /** A {@code double[]} that is not differentiated. */
  public static Param constantVector(String name, String dim, double lo, double hi) {
    return new Param(name, Kind.CONSTANT_VECTOR, lo, hi, dim, null, null);
  }

  /** A {@code double[]} of length {@code dim} of class labels -1 and +1, not differentiated. */
  public static Param signs(String name, String dim) {
    return new Param(name, Kind.SIGNS, -1, 1, dim, null, null);
  }

  /** A differentiable {@code double[][]} of {@code rows x cols}, entries uniform in {@code [lo, hi)}. */
  public static Param matrix(String name, String rows, String cols, double lo, double hi) {
    return new Param(name, Kind.MATRIX, lo, hi, rows, cols, null);
  }

  /** A {@code double[][]} that is not differentiated. */
  public static Param constantMatrix(String name, String rows, String cols, double lo, double hi) {
    return new Param(name, Kind.CONSTANT_MATRIX, lo, hi, rows, cols, null);
  }

  /**
   * The receiver of an instance method: the object the method runs on, passed first ({@code self}) to
   * every generated method. Its constants (fields) are not differentiated. Give it a sampler with
   * {@link FunctionCase#sampler}.
   */
  public static Param receiver() {
    return new Param("self", Kind.RECEIVER, 0, 0, null, null, null);
  }

  /**
   * An enum, {@code String} or {@code char} parameter, one of {@code choices} with equal chance; the
   * Java type is the first choice's ({@code char} for a {@link Character}).
   */
  public static Param choice(String name, Object... choices) {
    return new Param(name, Kind.CHOICE, 0, 0, null, null, java.util.List.of(choices));
  }

  /** The Java type of the parameter; {@code Object} for a receiver (its class is the case's owner). */
  public Class<?> type() {
    return switch (kind) {
      case RECEIVER -> Object.class;
      case CHOICE -> choices.get(0) instanceof Character ? char.class
          : choices.get(0) instanceof Enum<?> e ? e.getDeclaringClass() : choices.get(0).getClass();
      case REAL, CONSTANT -> double.class;
      case INT, INDEX -> int.class;
      case LONG -> long.class;
      case BOOLEAN -> boolean.class;
      case VECTOR, CONSTANT_VECTOR, SIGNS -> double[].class;
      case MATRIX, CONSTANT_MATRIX -> double[][].class;
    };
  }

  public boolean differentiable() {
    return kind == Kind.REAL || kind == Kind.VECTOR || kind == Kind.MATRIX;
  }

  /** A {@code double[]} or {@code double[][]}, differentiable or not. */
  public boolean isArray() {
    return kind == Kind.VECTOR || kind == Kind.CONSTANT_VECTOR || kind == Kind.SIGNS || kind == Kind.MATRIX
        || kind == Kind.CONSTANT_MATRIX;
  }

  /** The shape of an array parameter as a string, e.g. {@code double[n][m]}, for alias detection. */
  String shape() {
    return switch (kind) {
      case VECTOR, CONSTANT_VECTOR -> "double[" + rows + "]";
      case SIGNS -> "signs[" + rows + "]";
      case MATRIX, CONSTANT_MATRIX -> "double[" + rows + "][" + cols + "]";
      default -> type().getSimpleName();
    };
  }

  Object sample(Random random, Map<String, Integer> dims) {
    return switch (kind) {
      case RECEIVER -> throw new IllegalStateException("a receiver needs a sampler: FunctionCase.sampler(\"self\", ...)");
      case CHOICE -> choices.get(random.nextInt(choices.size()));
      case REAL, CONSTANT -> uniform(random);
      case INT -> (int) lo + random.nextInt((int) (hi - lo) + 1);
      case LONG -> (long) lo + (long) random.nextInt((int) (hi - lo) + 1);
      case BOOLEAN -> random.nextBoolean();
      case INDEX -> random.nextInt(size(rows, dims));
      case VECTOR, CONSTANT_VECTOR -> {
        double[] v = new double[size(rows, dims)];
        for (int i = 0; i < v.length; i++) {
          v[i] = uniform(random);
        }
        yield v;
      }
      case SIGNS -> {
        double[] v = new double[size(rows, dims)];
        for (int i = 0; i < v.length; i++) {
          v[i] = random.nextBoolean() ? 1 : -1;
        }
        yield v;
      }
      case MATRIX, CONSTANT_MATRIX -> {
        double[][] m = new double[size(rows, dims)][size(cols, dims)];
        for (double[] row : m) {
          for (int j = 0; j < row.length; j++) {
            row[j] = uniform(random);
          }
        }
        yield m;
      }
    };
  }

  private double uniform(Random random) {
    return lo + (hi - lo) * random.nextDouble();
  }

  static int size(String dim, Map<String, Integer> dims) {
    Integer named = dims.get(dim);
    if (named != null) {
      return named;
    }
    try {
      return Integer.parseInt(dim);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unknown dimension " + dim + "; declare it with FunctionCase.dim", e);
    }
  }
}
