/**
 * The one table of derivative rules: for each primitive operation, its partial derivatives as
 * IR expressions of its arguments and result. Forward and reverse mode both read it.
 */
package dev.adjoint.processor.rules;
