/**
 * Diagnostics: every message leaves through {@code Reporter}, opens with a stable ID from
 * {@code Problem}, and points at the exact tree.
 */
package dev.adjoint.processor.diag;
