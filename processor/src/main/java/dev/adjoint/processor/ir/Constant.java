package dev.adjoint.processor.ir;

/**
 * A {@code private static final} value of the user's class that the generated code reads but
 * cannot reach: the companion declares a field of its own with the same initializer, so it holds
 * the same value, bit for bit ({@code private static final double[] Y = {0.14, 0.18}}).
 *
 * @param name the field's name in the companion
 * @param value the initializer, an {@link ArrayInit} for a table
 */
public record Constant(String name, Type type, Expr value) {}
