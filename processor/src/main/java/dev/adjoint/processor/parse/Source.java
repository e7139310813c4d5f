package dev.adjoint.processor.parse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.adjoint.processor.ir.Pos;
import java.io.IOException;

/** One compilation unit's text and positions: turns trees into {@link Pos} and source snippets. */
public final class Source {
  private final Trees trees;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final CharSequence text;

  public Source(Trees trees, CompilationUnitTree unit) {
    this.trees = trees;
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.text = read(unit);
  }

  private static CharSequence read(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true);
    } catch (IOException e) {
      return "";
    }
  }

  public CompilationUnitTree unit() {
    return unit;
  }

  /** The declaration of {@code e} when it is in this file (a field's, with its initializer). */
  public java.util.Optional<Tree> declarationInThisFile(javax.lang.model.element.Element e) {
    com.sun.source.util.TreePath path = trees.getPath(e);
    return path != null && path.getCompilationUnit() == unit
        ? java.util.Optional.of(path.getLeaf()) : java.util.Optional.empty();
  }

  /** The file's simple name, as comments in generated code cite it. */
  public String fileName() {
    String name = unit.getSourceFile().getName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  public Pos pos(Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    long line = start < 0 ? -1 : unit.getLineMap().getLineNumber(start);
    return new Pos(tree, line);
  }

  /** Where {@code tree} starts in the file, or -1. */
  public long startOf(Tree tree) {
    return positions.getStartPosition(unit, tree);
  }

  /** Where {@code tree} ends in the file, or -1. */
  public long endOf(Tree tree) {
    return positions.getEndPosition(unit, tree);
  }

  /** The file's text from {@code start} to {@code end}, exactly as written. */
  public String between(long start, long end) {
    if (start < 0 || end < start || end > text.length()) {
      return "";
    }
    return text.subSequence((int) start, (int) end).toString();
  }

  /** The text from the start of {@code tree} to the start of {@code part}, on one line. */
  public String textBefore(Tree tree, Tree part) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getStartPosition(unit, part);
    if (start < 0 || end < start || end > text.length()) {
      return text(tree);
    }
    return text.subSequence((int) start, (int) end).toString().replaceAll("\\s+", " ").trim();
  }

  /** The source text of {@code tree} on one line, whitespace folded. */
  public String text(Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    if (start < 0 || end < start || end > text.length()) {
      return tree.toString().replaceAll("\\s+", " ").trim();
    }
    return text.subSequence((int) start, (int) end).toString().replaceAll("\\s+", " ").trim();
  }
}
