/**
 * The intermediate representation every stage shares: small immutable records for expressions
 * and statements, each keeping its source position, and a printer that writes them as Java.
 * Variables are compared by identity; their final names are chosen only when code is emitted.
 */
package dev.adjoint.processor.ir;
