package dev.adjoint.processor.ir;

import java.util.List;

/** A list of statements: a method body or a branch. */
public record Block(List<Stmt> stmts) {
  public Block {
    stmts = List.copyOf(stmts);
  }

  public static Block of(List<? extends Stmt> stmts) {
    return new Block(List.copyOf(stmts));
  }

  public boolean isEmpty() {
    return stmts.stream().allMatch(s -> s instanceof Comment);
  }
}
