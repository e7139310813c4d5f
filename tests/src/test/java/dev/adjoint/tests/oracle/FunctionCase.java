package dev.adjoint.tests.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A corpus function under test: where it lives, its parameters with their sampling domains (and, for
 * arrays, the ranges of their dimensions), its Hipparchus twin, and which points are admissible (away
 * from kinks and branch switches).
 */
public final class FunctionCase {
  private final Class<?> owner;
  private final String method;
  private final List<Param> params;
  private final Map<String, int[]> dims = new LinkedHashMap<>();
  private VectorTwin twin;
  private boolean vectorTwin;
  private Predicate<Args> admissible = a -> true;
  private final Map<String, Sampler> samplers = new LinkedHashMap<>();
  private final Map<String, Derived> derived = new LinkedHashMap<>();
  private boolean customDerivative;
  private HessianTwin hessianTwin;
  private Function<Args, double[][]> closedHessian;

  /** A dimension computed from another one, e.g. {@code d(d+1)/2} entries of a triangle. */
  record Derived(String from, IntUnaryOperator size) {}

  private FunctionCase(Class<?> owner, String method, List<Param> params) {
    this.owner = owner;
    this.method = method;
    this.params = List.copyOf(params);
    for (int k = 1; k < params.size(); k++) {
      if (params.get(k).kind() == Param.Kind.RECEIVER) {
        throw new IllegalArgumentException(name() + ": the receiver must be the first parameter");
      }
    }
  }

  /** The function {@code owner.method} with these parameters, in declaration order. */
  public static FunctionCase of(Class<?> owner, String method, Param... params) {
    return new FunctionCase(owner, method, List.of(params));
  }

  /** A dimension that array parameters refer to by name, sampled uniformly from {@code lo..hi} per point. */
  public FunctionCase dim(String name, int lo, int hi) {
    if (lo < 0 || hi < lo) {
      throw new IllegalArgumentException(name + ": bad range " + lo + ".." + hi);
    }
    dims.put(name, new int[] {lo, hi});
    return this;
  }

  /**
   * A dimension computed from the dimension {@code from} drawn at the same point, e.g. the
   * {@code d(d+1)/2} entries of a triangular matrix of order {@code d}.
   */
  public FunctionCase dim(String name, String from, IntUnaryOperator size) {
    derived.put(name, new Derived(Objects.requireNonNull(from), Objects.requireNonNull(size)));
    return this;
  }

  /**
   * Draws parameter {@code name} with {@code sampler} instead of uniformly: for arrays whose entries
   * have different ranges, and for the receiver of an instance method ({@link Param#receiver()}).
   */
  public FunctionCase sampler(String name, Sampler sampler) {
    paramIndex(name);
    samplers.put(name, Objects.requireNonNull(sampler));
    return this;
  }

  /**
   * Marks the method as a primal with a {@code @DerivativeOf} (not {@code @Differentiable}): its
   * companion methods come from the derivative the user wrote ({@code fJvp}, {@code fVjp}, and
   * {@code fGrad} or {@code fJacobian} as for any method).
   */
  public FunctionCase customDerivative() {
    this.customDerivative = true;
    return this;
  }

  /**
   * Sets the order-2 twin of a {@code @Differentiable(order = 2)} function: the first-order oracles
   * use its value and gradient, the second-order ones ({@link HessianOracles}) its Hessian.
   */
  public FunctionCase hessianTwin(HessianTwin twin) {
    Objects.requireNonNull(twin);
    this.hessianTwin = twin;
    return twin(a -> {
      DerivativeStructure d = twin.eval(a);
      int n = a.freeParameters();
      double[] gradient = new double[n];
      for (int j = 0; j < n; j++) {
        int[] orders = new int[n];
        orders[j] = 1;
        gradient[j] = d.getPartialDerivative(orders);
      }
      return new Gradient(d.getValue(), gradient);
    });
  }

  /** A closed form of the Hessian (flattened over the differentiable inputs), checked as well. */
  public FunctionCase closedHessian(Function<Args, double[][]> hessian) {
    this.closedHessian = Objects.requireNonNull(hessian);
    return this;
  }

  /** Sets the hand-written Hipparchus twin of a function with a {@code double} result. */
  public FunctionCase twin(Twin twin) {
    Objects.requireNonNull(twin);
    this.twin = a -> new Gradient[] {twin.eval(a)};
    this.vectorTwin = false;
    return this;
  }

  /** Sets the hand-written Hipparchus twin of a function with a {@code double[]} result. */
  public FunctionCase vectorTwin(VectorTwin twin) {
    this.twin = Objects.requireNonNull(twin);
    this.vectorTwin = true;
    return this;
  }

  /**
   * Restricts sampling to points where {@code condition} holds; used to keep a margin from
   * non-differentiable points. Several calls combine with "and".
   */
  public FunctionCase where(Predicate<Args> condition) {
    this.admissible = admissible.and(condition);
    return this;
  }

  public Class<?> owner() {
    return owner;
  }

  public String method() {
    return method;
  }

  public List<Param> params() {
    return params;
  }

  /** The twin, as a function to one Gradient per output component (one for a scalar result). */
  public VectorTwin twin() {
    return twin;
  }

  /** True if the twin was given for a {@code double[]} result. */
  boolean hasVectorTwin() {
    return vectorTwin;
  }

  Map<String, int[]> dims() {
    return dims;
  }

  Map<String, Derived> derivedDims() {
    return derived;
  }

  /** The sampler of parameter {@code k}, or null for uniform sampling. */
  Sampler sampler(int k) {
    return samplers.get(params.get(k).name());
  }

  public boolean isCustomDerivative() {
    return customDerivative;
  }

  /** True for an instance method: the first parameter is the receiver. */
  public boolean hasReceiver() {
    return !params.isEmpty() && params.get(0).kind() == Param.Kind.RECEIVER;
  }

  /** The order-2 twin, or null if the case is not {@code order = 2}. */
  public HessianTwin hessianTwin() {
    return hessianTwin;
  }

  Function<Args, double[][]> closedHessian() {
    return closedHessian;
  }

  public String name() {
    return owner.getSimpleName() + "." + method;
  }

  boolean admissible(Args args) {
    return admissible.test(args);
  }

  /** True if any parameter is an array (such cases get the array oracles and fewer points). */
  boolean hasArrays() {
    return params.stream().anyMatch(Param::isArray);
  }

  /** Points per oracle: {@value Oracles#POINTS} for scalar functions, {@value Oracles#ARRAY_POINTS} with arrays. */
  public int points() {
    return hasArrays() ? Oracles.ARRAY_POINTS : Oracles.POINTS;
  }

  /**
   * Pairs of array parameters with the same declared shape, at least one differentiable: the caller
   * may pass the same array for both, and the derivatives must stay right.
   */
  public List<int[]> aliasPairs() {
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < params.size(); p++) {
      for (int q = p + 1; q < params.size(); q++) {
        Param a = params.get(p);
        Param b = params.get(q);
        if (a.isArray() && b.isArray() && a.shape().equals(b.shape())
            && (a.differentiable() || b.differentiable())) {
          out.add(new int[] {p, q});
        }
      }
    }
    return out;
  }

  /** The differentiable parameters, in declaration order. */
  public List<Param> differentiable() {
    List<Param> out = new ArrayList<>();
    for (Param p : params) {
      if (p.differentiable()) {
        out.add(p);
      }
    }
    return out;
  }

  int paramIndex(String name) {
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(name() + ": no parameter " + name);
  }

  @Override
  public String toString() {
    return name();
  }
}
