/**
 * Stage 2: facts about an IR function that the transforms need, one analysis per class.
 * {@code Activity} says which variables carry derivatives; {@code ToBeRecorded} which overwritten
 * values the reverse sweep must save (and which it can recompute); {@code Loops} recognises
 * counted loops; {@code Partials} applies the rule table to one operation. Reads IR, writes
 * nothing.
 */
package dev.adjoint.processor.analysis;
