package dev.adjoint.processor.ir;

/**
 * A variable: a parameter, a user local, or one the transforms introduce. Identity matters, not
 * the name: two sibling-block locals called {@code t} are two {@code Var}s, and the final Java
 * names are chosen when a method is written ({@code emit}), so user names are kept wherever they
 * do not clash with the generated API.
 */
public final class Var {

  /** What introduced the variable; decides naming priority and how the reverse sweep treats it. */
  public enum Kind {
    PARAM,
    LOCAL,
    TEMP
  }

  private final String hint;
  private final Type type;
  private final Kind kind;

  public Var(String hint, Type type, Kind kind) {
    this.hint = hint;
    this.type = type;
    this.kind = kind;
  }

  /** The preferred Java name; the emitter keeps it unless it clashes. */
  public String hint() {
    return hint;
  }

  public Type type() {
    return type;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return hint;
  }
}
