package dev.adjoint.processor.ir;

/**
 * Marks where a source statement starts: the generated code prints it as a comment that points
 * back to the user's line ({@code // Foo.java:8  double s = ...}), and the reverse sweep prints
 * it as {@code // adjoint of Foo.java:8 ...}. A comment with an empty file is a free note.
 */
public record Comment(String file, long line, String source, boolean adjoint) implements Stmt {

  public static Comment of(String file, long line, String source) {
    return new Comment(file, line, source, false);
  }

  /** A free-standing note such as "reverse sweep", with no source line. */
  public static Comment note(String text) {
    return new Comment("", 0, text, false);
  }

  /** Whether this is a free note, which heads the source-line comments that follow it. */
  public boolean isNote() {
    return file.isEmpty();
  }

  public String text() {
    if (file.isEmpty()) {
      return source;
    }
    return (adjoint ? "adjoint of " : "") + file + ":" + line + "  " + source;
  }

  /** The same pointer, as the reverse sweep prints it. */
  public Comment asAdjoint() {
    return file.isEmpty() ? this : new Comment(file, line, source, true);
  }
}
