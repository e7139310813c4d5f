package dev.adjoint.processor.analysis;

import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * To-be-recorded analysis (after Tapenade): which assignments overwrite a value that the reverse
 * sweep still needs. Reverse mode restores such a variable (or array element) before it runs the
 * adjoint of the assignment, so every adjoint sees the values its statement saw. Only these
 * values are saved.
 *
 * <p>A value is needed when the adjoint of a statement between its definition and the overwrite
 * reads it: as an operand of a partial derivative, as an index of an adjoint location, or as the
 * result {@code z} of a rule that uses it. The reverse of a counted loop also reads its bounds.
 * Branches merge conservatively (needed on either path is needed), loops iterate to a fixpoint,
 * and arrays are tracked as a whole: writing one element does not free the others.
 *
 * <p><b>Invariant.</b> Whatever the reverse sweep evaluates at the adjoint of a statement, it
 * evaluates on the values that statement saw. The reverse sweep undoes the forward sweep's
 * overwrites in reverse order, so it holds for every variable this analysis marks needed from
 * the statement on. The reverse sweep evaluates again, instead of restoring, in these places,
 * each of which marks what it reads as needed (so a later overwrite saves it):
 *
 * <ul>
 *   <li>partials and adjoint locations ({@code xBar[i] += zBar * y}): their reads are needed;
 *   <li>the bounds of a counted loop, when it runs backwards: needed after the loop, and never
 *       changed inside it ({@link Loops#counted});
 *   <li>a counted loop's cheap locals, at the start of each reverse iteration ({@link
 *       #recomputedIn}): they read the index and values the loop never changes, needed after the
 *       loop;
 *   <li>a branch at the top of a counted loop's body ({@link #recomputesDecision}): the same,
 *       for its condition; any other decision is saved;
 *   <li>the result {@code z} of a loop local's rule ({@link #recomputesResult}): its operands are
 *       needed;
 *   <li>a callee's VJP, which runs the callee again: its arguments are needed.
 * </ul>
 *
 * An index is evaluated again too; one that reads an element of an array the method writes is an
 * int local by then ({@code transform.Linearize}), so it is a value like the others. A counter
 * of a loop whose trip count is saved is an int like any other: needed where its adjoints read it.
 */
public final class ToBeRecorded {
  private static final Var RESULT = new Var("z", Type.DOUBLE, Var.Kind.TEMP);

  private final Activity activity;
  private final ActivityAt usefulAt;
  private final Set<Stmt> saves = Collections.newSetFromMap(new IdentityHashMap<>());
  private final java.util.Map<Stmt, Expr> inverses = new IdentityHashMap<>();
  private final Set<Var> restored = new HashSet<>();
  private final Set<Stmt> recomputes = Collections.newSetFromMap(new IdentityHashMap<>());
  private final java.util.Map<Loop, List<Declare>> recomputedLocals = new IdentityHashMap<>();
  private final Set<Stmt> recomputedDeclares =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Stmt> snapshotCandidates =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Stmt> snapshots = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<If> recomputedDecisions = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Function linearized;
  /** The loop whose iterations each run their adjoint at once, or null. */
  private final Loop onePass;

  private ToBeRecorded(Function linearized, Activity activity, ActivityAt usefulAt,
      Loop onePass) {
    this.linearized = linearized;
    this.activity = activity;
    this.usefulAt = usefulAt;
    this.onePass = onePass;
  }

  /**
   * @param usefulAt where values still reach the result: a statement whose target does not has
   *     no adjoint, so it reads nothing in the reverse sweep
   * @param saveEverything the naive scheme, for testing the analysis against: every overwrite
   *     saves the old value, and nothing is recomputed, kept per iteration or skipped (the
   *     processor option {@code -Aadjoint.tbr=off})
   */
  public static ToBeRecorded of(Function linearized, Activity activity, ActivityAt usefulAt,
      boolean saveEverything) {
    ToBeRecorded tbr = new ToBeRecorded(linearized, activity, usefulAt, null);
    tbr.saveEverything = saveEverything;
    tbr.walk(linearized.body().stmts(), new HashSet<>(), false);
    return tbr;
  }

  /**
   * The analysis again for a reverse sweep that does each iteration of {@code loop} forward and
   * then at once its adjoint ({@link AccumulationLoops}): an iteration's adjoint is done before
   * the next iteration starts, so no value needs to be kept across iterations for it.
   */
  public ToBeRecorded withOnePass(Loop loop) {
    ToBeRecorded tbr = new ToBeRecorded(linearized, activity, usefulAt, loop);
    tbr.walk(linearized.body().stmts(), new HashSet<>(), false);
    return tbr;
  }

  private boolean saveEverything;

  /**
   * Whether the forward sweep saves the target's old value just before {@code s}. The reverse
   * sweep then restores it and recomputes {@code z} from the restored operands where a rule
   * reads it.
   */
  public boolean saves(Stmt s) {
    return saves.contains(s);
  }

  /**
   * What the reverse sweep assigns to step back over {@code s} instead of restoring a saved
   * value, or empty: a counter stepped by a constant ({@code l++} becomes {@code l = l - 1}),
   * which is exact in integer arithmetic. The counter is then needed from {@code s} on, so
   * every later overwrite of it is saved or stepped back too.
   */
  public Optional<Expr> inverse(Stmt s) {
    return Optional.ofNullable(inverses.get(s));
  }

  /**
   * Whether the reverse sweep recomputes the result {@code z} of {@code s} from its operands
   * instead of reading the target: true where {@code s} was saved, and for a local declared in a
   * loop, whose value would otherwise have to be saved once per iteration just for this.
   */
  public boolean recomputesResult(Stmt s) {
    return saves.contains(s) || recomputes.contains(s);
  }

  /**
   * The locals of a counted loop's body that the reverse sweep recomputes at the start of each
   * reverse iteration instead of saving: cheap arithmetic on the index, on values the loop does
   * not change, and on earlier such locals (Rosenbrock's {@code a = x[i + 1] - x[i] * x[i]}).
   */
  public List<Declare> recomputedIn(Loop l) {
    return recomputedLocals.getOrDefault(l, List.of());
  }

  /**
   * Whether the forward sweep saves the new value of a counted loop's local right after
   * {@code s} defines it, for the reverse iteration to restore first thing: the iteration's
   * adjoints read it, and it is too costly to recompute ({@code t = Math.exp(...)}).
   */
  public boolean snapshots(Stmt s) {
    return snapshots.contains(s);
  }

  /**
   * Whether the reverse sweep decides the branch {@code i} again from its condition instead of
   * reading a saved decision (see {@link #decideAgain}).
   */
  public boolean recomputesDecision(If i) {
    return recomputedDecisions.contains(i);
  }

  /** Whether this is the naive scheme ({@code -Aadjoint.tbr=off}), which saves every overwrite. */
  public boolean savesEverything() {
    return saveEverything;
  }

  /** Whether the reverse sweep ever restores {@code v} (so its final value does not survive). */
  public boolean isRestored(Var v) {
    return restored.contains(v);
  }

  private Set<Var> walk(List<Stmt> stmts, Set<Var> needed, boolean inLoop) {
    for (Stmt s : stmts) {
      if (s instanceof Declare d && d.init() != null) {
        write(s, new Ref(d.var()), d.init(), inLoop, inLoop, needed);
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        write(s, a.target(), a.value(), true, false, needed);
      } else if (s instanceof If i) {
        Set<Var> then = walk(i.then().stmts(), new HashSet<>(needed), inLoop);
        Set<Var> otherwise = walk(i.otherwise().stmts(), new HashSet<>(needed), inLoop);
        needed.clear();
        needed.addAll(then);
        needed.addAll(otherwise);
      } else if (s instanceof Loop l) {
        loop(l, needed, inLoop);
      }
    }
    return needed;
  }

  private void loop(Loop l, Set<Var> needed, boolean inLoop) {
    Optional<Loops.Counted> counted = Loops.counted(l);
    if (counted.isEmpty()) {
      walk(l.init(), needed, inLoop);
    }
    Set<Var> perIteration = counted.filter(c -> !saveEverything)
        .map(c -> Loops.indexedOnlyBy(l.body(), c.index())).orElse(Set.of());
    List<Declare> recomputed = counted.filter(c -> !saveEverything)
        .map(c -> Loops.recomputable(l.body(), c.index())).orElse(List.of());
    recomputedLocals.put(l, recomputed);
    recomputedDeclares.addAll(recomputed);
    List<Declare> candidates = new java.util.ArrayList<>(counted.filter(c -> !saveEverything)
        .map(c -> Loops.declaredOnce(l.body())).orElse(List.of()));
    candidates.removeIf(recomputed::contains);
    snapshotCandidates.addAll(candidates);
    Set<Var> entry = new HashSet<>(needed);
    Set<Var> after = new HashSet<>(needed);
    while (true) {
      Set<Var> exit = walk(l.body().stmts(), new HashSet<>(entry), true);
      if (l == onePass) {
        after.addAll(exit); // nothing crosses to the next iteration: its adjoint is done
        break;
      }
      if (counted.isEmpty()) {
        walk(l.update(), exit, true);
      }
      after.addAll(exit);
      Set<Var> next = new HashSet<>(entry);
      for (Var v : exit) {
        // an array each iteration touches only at [i] needs nothing from the previous iteration
        if (!perIteration.contains(v) || entry.contains(v)) {
          next.add(v);
        }
      }
      if (next.equals(entry)) {
        break;
      }
      entry = next;
    }
    needed.clear();
    needed.addAll(after);
    counted.ifPresent(c -> needed.addAll(c.boundReads()));
    counted.filter(c -> !saveEverything)
        .ifPresent(c -> decideAgain(l, c.index(), recomputed, needed));
    for (Declare d : recomputed) {
      // the reverse loop reads these again when it recomputes the locals
      needed.addAll(Exprs.reads(d.init()));
      recomputed.forEach(r -> needed.remove(r.var()));
    }
    candidates.forEach(d -> needed.remove(d.var())); // locals of the loop, dead after it
  }

  /**
   * Marks the branches at the top of a counted loop's body whose condition the reverse iteration
   * can evaluate again: it reads only the index, locals the reverse iteration recomputes or
   * restores first, and values the loop never changes. Those values are needed after the loop,
   * so a later overwrite saves them and the reverse sweep sees what the loop saw.
   */
  private void decideAgain(Loop l, Var index, List<Declare> recomputed, Set<Var> needed) {
    Set<Var> available = new HashSet<>();
    recomputed.forEach(d -> available.add(d.var()));
    for (Stmt s : l.body().stmts()) {
      if (s instanceof Declare d && snapshots.contains(d)) {
        available.add(d.var());
      }
    }
    for (Stmt s : l.body().stmts()) {
      if (s instanceof If i && Loops.readsOnly(i.cond(), l.body(), index, available)) {
        recomputedDecisions.add(i);
        Set<Var> reads = Exprs.reads(i.cond());
        reads.remove(index);
        reads.removeAll(available);
        needed.addAll(reads);
      }
    }
  }

  private void write(Stmt s, Expr target, Expr value, boolean overwrite, boolean loopLocal,
      Set<Var> needed) {
    Var v = Exprs.root(target);
    boolean element = !(target instanceof Ref);
    Set<Var> readsOld = new HashSet<>();
    boolean readsResult = false;
    boolean selfOperand = false;
    if (activity.isActive(v) && usefulAt.isUsefulAfter(s, target)) { // else it has no adjoint
      for (Partials.Term t : Partials.of(value, new Ref(RESULT), activity)) {
        Set<Var> reads = Exprs.reads(t.partial());
        reads.remove(t.index());
        readsResult |= reads.remove(RESULT);
        readsOld.addAll(reads);
        readsOld.addAll(Exprs.indexReads(t.operand()));
        selfOperand |= t.root() == v;
      }
      readsOld.addAll(Exprs.indexReads(target));
      if (value instanceof Invoke) {
        readsOld.addAll(Exprs.reads(value)); // the callee's VJP reruns it on the same arguments
      }
    }
    selfOperand |= Exprs.reads(value).contains(v);
    boolean candidate = snapshotCandidates.contains(s);
    if (readsResult && loopLocal && !selfOperand && !Exprs.containsCall(value) && !candidate
        && !saveEverything) {
      // cheap arithmetic is recomputed rather than saved once per iteration
      recomputes.add(s);
      readsResult = false;
      readsOld.addAll(Exprs.reads(value));
    }
    // reading z needs no save by itself: the target keeps its new value until a later
    // overwrite, which then saves it because v is needed from here on
    boolean save = overwrite
        && (saveEverything || needed.contains(v) || readsOld.contains(v));
    Expr inverse = save && !saveEverything && !element ? inverseOfStep(v, value) : null;
    if (inverse != null) {
      inverses.put(s, inverse);
      restored.add(v);
      save = false;
    }
    if (readsResult && save) {
      readsOld.addAll(Exprs.reads(value)); // z is recomputed from the restored operands
    }
    if (candidate && save) {
      snapshots.add(s); // the new value is kept instead, for the reverse iteration to restore
    }
    if (value instanceof NewArray && !element && loopLocal
        && (activity.isActive(v) || needed.contains(v) || restored.contains(v))) {
      // a scratch array allocated again in each iteration: the reverse iteration needs its own
      // array back (its contents and its length), and the forward sweep never writes the old one
      // again, so saving the reference is saving the array. An inactive one too, once the
      // reverse sweep reads it or restores its elements: restored into the last iteration's
      // array, they would overwrite what the iteration before reads
      save = true;
    } else if (value instanceof NewArray || recomputedDeclares.contains(s) || candidate) {
      save = false; // a matrix row's allocation, or a local the reverse loop recomputes
    }
    if (save) {
      saves.add(s);
      restored.add(v);
      // the reverse sweep restores the old value at the same location: a[k] needs this k back,
      // even when a has no adjoint (an inactive array an adjoint reads, with a counter index)
      readsOld.addAll(Exprs.indexReads(target));
    }
    needed.addAll(readsOld);
    if (!element) {
      needed.remove(v);
    }
    if (readsResult && !save || inverse != null) {
      needed.add(v);
    }
  }

  /** {@code v - c} for an integer {@code v = v + c}, {@code v + c} for {@code v = v - c}. */
  private static Expr inverseOfStep(Var v, Expr value) {
    java.util.OptionalLong by = Loops.stepOf(v, value);
    if (!v.type().isIntegral() || by.isEmpty()) {
      return null;
    }
    Binary b = (Binary) value;
    Expr step = b.right() instanceof Literal ? b.right() : b.left();
    Binary.Op back = b.op() == Binary.Op.ADD ? Binary.Op.SUB : Binary.Op.ADD;
    return new Binary(back, new Ref(v), step, v.type(), b.pos());
  }
}
