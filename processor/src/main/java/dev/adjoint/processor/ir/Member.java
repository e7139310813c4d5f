package dev.adjoint.processor.ir;

/** A field of the receiver of an instance method, {@code self.name}: a constant of the call. */
public record Member(Expr receiver, String name, Type type, Pos pos) implements Expr {}
