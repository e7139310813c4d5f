package dev.adjoint.tests.oracle;

import java.util.Random;

/** One scalar parameter of a corpus function: its name, its Java type and role, and where to sample it. */
public record Param(String name, Kind kind, double lo, double hi) {

  /** The role of a parameter, which fixes its Java type and whether it is differentiated. */
  public enum Kind {
    /** a {@code double} the processor differentiates */
    REAL,
    /** a {@code double} left out by {@code @NoDerivative} or {@code wrt} */
    CONSTANT,
    INT,
    LONG,
    BOOLEAN
  }

  /** A differentiable {@code double} sampled uniformly from {@code [lo, hi)}. */
  public static Param real(String name, double lo, double hi) {
    return new Param(name, Kind.REAL, lo, hi);
  }

  /** A {@code double} that is not differentiated (marked {@code @NoDerivative} or outside {@code wrt}). */
  public static Param constant(String name, double lo, double hi) {
    return new Param(name, Kind.CONSTANT, lo, hi);
  }

  /** An {@code int} sampled uniformly from {@code lo..hi} inclusive. */
  public static Param integer(String name, int lo, int hi) {
    return new Param(name, Kind.INT, lo, hi);
  }

  /** A {@code long} sampled uniformly from {@code lo..hi} inclusive. */
  public static Param longInt(String name, long lo, long hi) {
    return new Param(name, Kind.LONG, lo, hi);
  }

  /** A {@code boolean}, true or false with equal chance. */
  public static Param bool(String name) {
    return new Param(name, Kind.BOOLEAN, 0, 1);
  }

  public Class<?> type() {
    return switch (kind) {
      case REAL, CONSTANT -> double.class;
      case INT -> int.class;
      case LONG -> long.class;
      case BOOLEAN -> boolean.class;
    };
  }

  public boolean differentiable() {
    return kind == Kind.REAL;
  }

  Object sample(Random random) {
    return switch (kind) {
      case REAL, CONSTANT -> lo + (hi - lo) * random.nextDouble();
      case INT -> (int) lo + random.nextInt((int) (hi - lo) + 1);
      case LONG -> (long) lo + (long) random.nextInt((int) (hi - lo) + 1);
      case BOOLEAN -> random.nextBoolean();
    };
  }
}
