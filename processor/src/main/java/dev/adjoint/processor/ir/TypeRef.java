package dev.adjoint.processor.ir;

/**
 * A class named in a statement Adjoint copies ({@code Objects.requireNonNull(x)}), spelled as the
 * companion must reach it; the emitter imports it, as the user's file did.
 */
public record TypeRef(String name, Pos pos) implements Expr {
  @Override
  public Type type() {
    return Type.OBJECT;
  }
}
