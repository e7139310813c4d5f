package dev.adjoint.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a section's comparisons as a table no wider than {@link #WIDTH} columns: each column as
 * wide as its longest entry in the section, numbers to the 13 significant digits the default
 * tolerance checks, and a quantity that would push a row past the width on a line of its own.
 */
final class ResultTable {
  static final int WIDTH = 100;
  private static final String[] HEADER = {"", "quantity", "via", "Adjoint", "closed form",
      "|difference|"};

  private final List<String[]> rows = new ArrayList<>();
  private final int[] widths = new int[HEADER.length];

  ResultTable(List<Comparison> comparisons) {
    add(HEADER);
    for (Comparison c : comparisons) {
      add(new String[] {c.ok() ? "OK" : "FAIL", c.quantity(), c.via(), number(c.adjoint()),
          c.bound() ? "<= " + number(c.exact()) : number(c.exact()), c.differenceText()});
    }
    int rest = 2;
    for (int k = 0; k < widths.length; k++) {
      rest += k == 1 ? 0 : widths[k] + 1;
    }
    widths[1] = Math.max(HEADER[1].length(), Math.min(widths[1], WIDTH - rest - 1));
  }

  private void add(String[] row) {
    rows.add(row);
    for (int k = 0; k < row.length; k++) {
      widths[k] = Math.max(widths[k], row[k].length());
    }
  }

  /** Prints the header row. */
  void printHeader(PrintStream out) {
    printRows(out, 0, 1);
  }

  /** Prints comparisons {@code from} up to {@code to}, counted from 0 (one example's). */
  void print(PrintStream out, int from, int to) {
    printRows(out, from + 1, to + 1);
  }

  private void printRows(PrintStream out, int from, int to) {
    for (int r = from; r < to; r++) {
      String[] row = rows.get(r);
      if (row[1].length() > widths[1]) { // too long for its column: alone on its line
        out.println(("  " + pad(row[0], widths[0]) + " " + row[1]).stripTrailing());
        row = row.clone();
        row[0] = "";
        row[1] = "";
      }
      StringBuilder line = new StringBuilder("  ");
      for (int k = 0; k < row.length; k++) {
        line.append(k == row.length - 1 ? row[k] : pad(row[k], widths[k]) + " ");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** A double in as few characters as shows it to 13 significant digits. */
  static String number(double v) {
    String exact = Double.toString(v);
    if (exact.length() <= 16 || Double.isNaN(v) || Double.isInfinite(v)) {
      return exact;
    }
    String s = String.format(Locale.ROOT, "%.13g", v);
    String mantissa = s.contains("e") ? s.substring(0, s.indexOf('e')) : s;
    String exponent = s.substring(mantissa.length());
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
    return mantissa + exponent;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
