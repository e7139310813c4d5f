package dev.adjoint.processor.ir;

/**
 * {@code break} or {@code continue} of the innermost loop. Parsing removes them again (see
 * {@code parse.ExitLowering}) so that no later stage sees one.
 */
public record Exit(boolean isBreak, Pos pos) implements Stmt {}
