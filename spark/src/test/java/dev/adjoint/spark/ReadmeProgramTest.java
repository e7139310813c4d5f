package dev.adjoint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adjoint.spark.samples.FitLogistic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's program, run as a user runs it: on a CSV file, with the master from {@code spark.master}. */
class ReadmeProgramTest {

  @Test
  void theReadmeProgramFitsACsvFile(@TempDir Path dir) throws IOException {
    Random random = new Random(31);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian();
      double p = 1.0 / (1.0 + Math.exp(-(3 * x1 - 2 * x2)));
      lines.add(String.format(Locale.ROOT, "%d,%.6f,%.6f", random.nextDouble() < p ? 1 : 0, x1, x2));
    }
    Path csv = Files.write(dir.resolve("rows.csv"), lines);

    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setProperty("spark.master", "local[2]");
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      FitLogistic.main(new String[] {csv.toString()});
    } finally {
      System.setOut(out);
      System.clearProperty("spark.master");
    }
    String result = printed.toString(StandardCharsets.UTF_8);
    Matcher fitted = Pattern.compile("coefficients \\[(\\S+),(\\S+)\\], mean loss (\\S+)")
        .matcher(result);
    assertTrue(fitted.find(), result);
    // the rows were drawn with coefficients (3, -2): 2,000 of them pin each to about ±0.2
    assertEquals(3.0, Double.parseDouble(fitted.group(1)), 0.5, result);
    assertEquals(-2.0, Double.parseDouble(fitted.group(2)), 0.5, result);
    assertTrue(Double.parseDouble(fitted.group(3)) < Math.log(2), result);
  }
}
