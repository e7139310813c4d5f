package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * To-be-recorded analysis (after Tapenade): which assignments overwrite a value that the reverse
 * sweep still needs. Reverse mode restores such a variable before it runs the adjoint of the
 * assignment, so every adjoint sees the values its statement saw. Only these values are saved.
 *
 * <p>A value is needed when the adjoint of a statement between its definition and the overwrite
 * reads it (as an operand of a partial derivative, or as the result {@code z} of a rule that uses
 * it). Branches merge conservatively: needed on either path is needed.
 */
public final class ToBeRecorded {
  private static final Var RESULT = new Var("z", Type.DOUBLE, Var.Kind.TEMP);

  private final Activity activity;
  private final Set<Stmt> saves = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Var> restored = new HashSet<>();

  private ToBeRecorded(Activity activity) {
    this.activity = activity;
  }

  public static ToBeRecorded of(Function linearized, Activity activity) {
    ToBeRecorded tbr = new ToBeRecorded(activity);
    tbr.walk(linearized.body(), new HashSet<>());
    return tbr;
  }

  /**
   * Whether the forward sweep saves the target's old value just before {@code s}. The reverse
   * sweep then restores it and recomputes {@code z} from the restored operands where a rule
   * reads it.
   */
  public boolean saves(Stmt s) {
    return saves.contains(s);
  }

  /** Whether the reverse sweep ever restores {@code v} (so its final value does not survive). */
  public boolean isRestored(Var v) {
    return restored.contains(v);
  }

  public int savedCount() {
    return saves.size();
  }

  private Set<Var> walk(Block block, Set<Var> needed) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Declare d && d.init() != null) {
        write(s, d.var(), d.init(), false, needed);
      } else if (s instanceof Assign a && a.target() instanceof Ref r) {
        write(s, r.var(), a.value(), true, needed);
      } else if (s instanceof If i) {
        Set<Var> then = walk(i.then(), new HashSet<>(needed));
        Set<Var> otherwise = walk(i.otherwise(), new HashSet<>(needed));
        needed.clear();
        needed.addAll(then);
        needed.addAll(otherwise);
      }
    }
    return needed;
  }

  private void write(Stmt s, Var v, Expr value, boolean overwrite, Set<Var> needed) {
    Set<Var> readsOld = new HashSet<>();
    boolean readsResult = false;
    if (activity.isActive(v)) {
      for (Partials.Term t : Partials.of(value, new Ref(RESULT), activity)) {
        Set<Var> reads = Exprs.reads(t.partial());
        readsResult |= reads.remove(RESULT);
        readsOld.addAll(reads);
      }
    }
    boolean selfOperand = Exprs.reads(value).contains(v);
    boolean save = overwrite
        && (needed.contains(v) || readsOld.contains(v) || (readsResult && selfOperand));
    if (readsResult && save) {
      readsOld.addAll(Exprs.reads(value)); // z is recomputed from the restored operands
    }
    if (save) {
      saves.add(s);
      restored.add(v);
    }
    needed.addAll(readsOld);
    needed.remove(v);
    if (readsResult && !save) {
      needed.add(v);
    }
  }
}
