package dev.adjoint.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A test source that carries the errors it must produce, marked the way javac prints them: under
 * the offending line, a comment whose caret stands in the expected column, then the message ID and
 * a fragment of the message.
 *
 * <pre>
 *       return x * Math.ulp(x);
 *       //                 ^ [Adjoint/NotDifferentiable] Math.ulp is on the path
 * </pre>
 *
 * <p>A marker refers to the nearest line above it that is not a marker itself, so two errors on
 * one line take two marker lines. The idea is error-prone's {@code // BUG: Diagnostic contains:},
 * with the column added, because Adjoint promises to point at the exact sub-expression.
 */
final class MarkedSource {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*//\\s*\\^ (\\[Adjoint/\\w+\\]) (.+)$");

  /** One error the source must produce: its ID, part of its text, and its 1-based position. */
  record Expected(String id, String fragment, long line, long column) {
    boolean matches(Diagnostic<? extends JavaFileObject> d, JavaFileObject file) {
      String message = d.getMessage(Locale.ROOT);
      return d.getKind() == Diagnostic.Kind.ERROR
          && d.getSource() != null && d.getSource().toUri().equals(file.toUri())
          && d.getLineNumber() == line && d.getColumnNumber() == column
          && message.startsWith(id + " ") && message.contains(fragment);
    }

    @Override
    public String toString() {
      return line + ":" + column + " " + id + " ..." + fragment + "...";
    }
  }

  private final JavaFileObject file;
  private final List<Expected> expected;

  private MarkedSource(JavaFileObject file, List<Expected> expected) {
    this.file = file;
    this.expected = expected;
  }

  /** Parses the markers of {@code lines} and keeps them in the source (they are comments). */
  static MarkedSource of(String qualifiedName, List<String> lines) {
    List<Expected> expected = new ArrayList<>();
    int target = 0; // 1-based number of the last line that is not a marker
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.matches()) {
        target = i + 1;
        continue;
      }
      int column = lines.get(i).indexOf('^') + 1;
      String code = target == 0 ? "" : lines.get(target - 1);
      if (column > code.length() || Character.isWhitespace(code.charAt(column - 1))) {
        throw new IllegalArgumentException("the caret on line " + (i + 1)
            + " points at no code on line " + target + ": " + code);
      }
      expected.add(new Expected(m.group(1), m.group(2).strip(), target, column));
    }
    return new MarkedSource(JavaFileObjects.forSourceLines(qualifiedName, lines), expected);
  }

  JavaFileObject file() {
    return file;
  }

  List<Expected> expected() {
    return List.copyOf(expected);
  }
}
