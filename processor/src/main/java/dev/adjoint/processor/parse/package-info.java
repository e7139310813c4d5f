/**
 * Stage 1: reads a method's javac trees and lowers them to IR. Receives an unattributed
 * {@code MethodTree} (javac has not typed method bodies while processors run), so it resolves
 * names and types itself from declared types, imports and Java's promotion rules. Returns an
 * {@code ir.Function} in which {@code break}, {@code continue} and early {@code return} are
 * already rewritten into flags. Reports every unsupported construct at its exact tree; never
 * calls {@code Trees.getTypeMirror} on body expressions.
 */
package dev.adjoint.processor.parse;
