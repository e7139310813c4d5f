package dev.adjoint.processor.ir;

import java.util.List;

/**
 * A statement run for its effect alone, kept as written in every forward sweep and contributing
 * no derivative: an argument check that throws, an {@code assert}, a call that only reads its
 * arguments ({@code System.out.println(...)}, {@code checkRange(x, lo, hi)}). It is the user's
 * text with holes: {@code text.get(0) + values.get(0) + text.get(1) + ...}, where each value is a
 * variable or field the text read, printed under its generated name.
 */
public record Effect(List<String> text, List<Expr> values, Pos pos) implements Stmt {
  public Effect {
    text = List.copyOf(text);
    values = List.copyOf(values);
    if (text.size() != values.size() + 1) {
      throw new IllegalArgumentException("text and values do not interleave");
    }
  }
}
