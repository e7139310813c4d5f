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
  private final String declaredType;
  private final Var base;

  public Var(String hint, Type type, Kind kind) {
    this(hint, type, kind, null);
  }

  /**
   * @param declaredType for a parameter of a type the IR does not model (an enum, a
   *     {@code String}, a {@code char}, passed through and only compared), its Java type: the
   *     qualified name of the class, or {@code char}
   */
  public Var(String hint, Type type, Kind kind, String declaredType) {
    this(hint, type, kind, declaredType, null);
  }

  private Var(String hint, Type type, Kind kind, String declaredType, Var base) {
    this.hint = hint;
    this.type = type;
    this.kind = kind;
    this.declaredType = declaredType;
    this.base = base;
  }

  /**
   * A variable named after {@code base} ({@code productBar}, {@code aDot}, {@code sSaved}): its
   * name is the one {@code base} ends up with, plus {@code suffix}, so the adjoint of
   * {@code product2} is {@code product2Bar}, never {@code productBar2}.
   */
  public static Var derived(Var base, String suffix, Type type, Kind kind) {
    return new Var(base.hint() + suffix, type, kind, null, base);
  }

  /** The variable this one is named after, or null. */
  public Var base() {
    return base;
  }

  /** What this variable's name adds to its {@link #base()}'s. */
  public String suffix() {
    return hint.substring(base.hint().length());
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

  /** The Java type of an {@link Type#OBJECT} parameter other than the receiver, else null. */
  public String declaredType() {
    return declaredType;
  }

  @Override
  public String toString() {
    return hint;
  }
}
