package dev.adjoint.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts one method (with its javadoc) out of a Java source file, so the showcase can print what a
 * user wrote next to the adjoint code that javac generated from it.
 */
final class SourceExcerpt {
  private SourceExcerpt() {}

  /** Where javac's annotation processing writes the companion of {@code owner}. */
  static Path generatedCompanion(Path targetDirectory, Class<?> owner) {
    return targetDirectory
        .resolve("generated-sources/annotations")
        .resolve(owner.getPackageName().replace('.', '/'))
        .resolve(owner.getSimpleName() + "Derivatives.java");
  }

  /** Where the source of {@code owner} lives, given the module's target directory. */
  static Path userSource(Path targetDirectory, Class<?> owner) {
    return targetDirectory
        .resolveSibling("src/main/java")
        .resolve(owner.getPackageName().replace('.', '/'))
        .resolve(owner.getSimpleName() + ".java");
  }

  /** The declaration of method {@code name} in {@code file}, or empty if the file or method is missing. */
  static Optional<String> method(Path file, String name) {
    try {
      return Files.exists(file) ? method(Files.readAllLines(file), name) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The declaration of method {@code name} in the given source lines, dedented. */
  static Optional<String> method(List<String> lines, String name) {
    Pattern declaration = Pattern.compile("^\\s*(public |protected |private |static |final )+.*\\b"
        + Pattern.quote(name) + "\\s*\\(");
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (declaration.matcher(lines.get(i)).find()) {
        start = i;
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    int end = endOfBody(lines, start);
    while (start > 0 && isJavadocOrAnnotation(lines.get(start - 1))) {
      start--;
    }
    return Optional.of(dedent(lines.subList(start, end + 1)));
  }

  /** The index of the line holding the brace that closes the body opened at or after {@code from}. */
  private static int endOfBody(List<String> lines, int from) {
    int depth = 0;
    boolean opened = false;
    for (int i = from; i < lines.size(); i++) {
      String code = lines.get(i).replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
      for (char c : code.toCharArray()) {
        if (c == '{') {
          depth++;
          opened = true;
        } else if (c == '}') {
          depth--;
        }
      }
      if (opened && depth == 0) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  private static boolean isJavadocOrAnnotation(String line) {
    String t = line.trim();
    return t.startsWith("/**") || t.startsWith("*") || t.startsWith("@");
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream()
        .filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length())
        .min()
        .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return text.toString();
  }
}
