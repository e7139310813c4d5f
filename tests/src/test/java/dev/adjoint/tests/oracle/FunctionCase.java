package dev.adjoint.tests.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A corpus function under test: where it lives, its parameters with their sampling domains, its
 * Hipparchus twin, and which points are admissible (away from kinks and branch switches).
 */
public final class FunctionCase {
  private final Class<?> owner;
  private final String method;
  private final List<Param> params;
  private Twin twin;
  private Predicate<Args> admissible = a -> true;

  private FunctionCase(Class<?> owner, String method, List<Param> params) {
    this.owner = owner;
    this.method = method;
    this.params = List.copyOf(params);
  }

  /** The function {@code owner.method} with these parameters, in declaration order. */
  public static FunctionCase of(Class<?> owner, String method, Param... params) {
    return new FunctionCase(owner, method, List.of(params));
  }

  /** Sets the hand-written Hipparchus twin. */
  public FunctionCase twin(Twin twin) {
    this.twin = Objects.requireNonNull(twin);
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

  public Twin twin() {
    return twin;
  }

  public String name() {
    return owner.getSimpleName() + "." + method;
  }

  boolean admissible(Args args) {
    return admissible.test(args);
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

  int freeParameters() {
    return differentiable().size();
  }

  int differentiableIndex(String name) {
    List<Param> diff = differentiable();
    for (int k = 0; k < diff.size(); k++) {
      if (diff.get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(name() + ": " + name + " is not differentiable");
  }

  @Override
  public String toString() {
    return name();
  }
}
