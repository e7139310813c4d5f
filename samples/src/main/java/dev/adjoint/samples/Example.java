package dev.adjoint.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * A worked example from the course notes (ids such as
 * {@code S02-chain-3x+1}): a function at a point, with every number Adjoint computed for it
 * compared against the math.
 *
 * @param id the catalogue id of the example
 * @param function the function in math notation
 * @param point where it is evaluated, e.g. {@code "x = 2"}
 * @param comparisons the checked numbers
 * @param notes remarks that are printed but not checked (conventions at kinks, for instance)
 * @param transcript lines printed verbatim before the table rows (iterates, a training log)
 */
public record Example(String id, String function, String point, List<Comparison> comparisons,
    List<String> notes, List<String> transcript) {

  /** Starts an example; add numbers with {@link Builder#check} and finish with {@link Builder#build}. */
  public static Builder of(String id, String function, String point) {
    return new Builder(id, function, point);
  }

  /** Whether every comparison in this example agrees. */
  public boolean ok() {
    return comparisons.stream().allMatch(Comparison::ok);
  }

  /** Collects the comparisons of one example in the order they should be printed. */
  public static final class Builder {
    private final String id;
    private final String function;
    private final String point;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();

    private Builder(String id, String function, String point) {
      this.id = id;
      this.function = function;
      this.point = point;
    }

    /** Compares {@code adjoint} (computed by the generated method {@code via}) with {@code exact}. */
    public Builder check(String quantity, String via, double adjoint, double exact) {
      comparisons.add(new Comparison(quantity, via, adjoint, exact));
      return this;
    }

    /** Adds a comparison built with {@link Comparison#within} or {@link Comparison#atMost}. */
    public Builder check(Comparison comparison) {
      comparisons.add(comparison);
      return this;
    }

    /** Adds a line of output (an iterate, a log line) printed above the table rows and not checked. */
    public Builder print(String line) {
      transcript.add(line);
      return this;
    }

    /** Adds a remark printed under the table and not checked. */
    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public Example build() {
      return new Example(id, function, point, List.copyOf(comparisons), List.copyOf(notes),
          List.copyOf(transcript));
    }
  }
}
