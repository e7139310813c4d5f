package dev.adjoint.processor.emit;

import com.palantir.javapoet.CodeBlock;

/** Javadoc for generated methods, wrapped so that no generated line runs past 100 columns. */
final class Docs {
  private static final int WIDTH = 88;

  private Docs() {}

  /** {@code CodeBlock.of(format, args)} as javadoc text, wrapped at word boundaries. */
  static CodeBlock doc(String format, Object... args) {
    String text = CodeBlock.of(format, args).toString().strip();
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return CodeBlock.of("$L\n", out);
  }
}
