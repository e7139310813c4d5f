package dev.adjoint.processor.ir;

import java.util.List;

/**
 * A loop: {@code for (init; cond; update) body}, {@code while (cond) body} (no init, no update)
 * or {@code do body while (cond)} ({@code testFirst} false). Enhanced {@code for} over an array is
 * parsed into the counted form.
 */
public record Loop(
    List<Stmt> init, Expr cond, List<Stmt> update, Block body, boolean testFirst, Pos pos)
    implements Stmt {
  public Loop {
    init = List.copyOf(init);
    update = List.copyOf(update);
  }

  public Loop withBody(List<Stmt> newInit, List<Stmt> newUpdate, Block newBody) {
    return new Loop(newInit, cond, newUpdate, newBody, testFirst, pos);
  }
}
