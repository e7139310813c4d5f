/**
 * Adjoint's annotation processor. {@link dev.adjoint.processor.DifferentiableProcessor} finds
 * the annotated methods of each round and runs each through {@code Pipeline}; the stages live in
 * one package each and hand data one way only: {@code parse → ir → analysis → transform → emit},
 * with {@code rules} (the derivative table) and {@code diag} (diagnostics) beside them.
 */
package dev.adjoint.processor;
