/**
 * Stage 3: IR to IR. {@code Linearize} splits active expressions into one operation per
 * statement; {@code ForwardMode} adds tangents; {@code ReverseMode} builds the forward sweep and
 * the reverse sweep without a tape; {@code DeadValues} drops the primal values a JVP never reads
 * again; {@code FoldAdjoints} folds the bookkeeping of an adjoint that gets one contribution.
 * Each mode is one class and takes its decisions from the analyses, never from the emitter.
 */
package dev.adjoint.processor.transform;
