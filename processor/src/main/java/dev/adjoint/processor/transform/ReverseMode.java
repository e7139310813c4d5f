package dev.adjoint.processor.transform;

import dev.adjoint.processor.analysis.AccumulationLoops;
import dev.adjoint.processor.analysis.Activity;
import dev.adjoint.processor.analysis.ActivityAt;
import dev.adjoint.processor.analysis.Loops;
import dev.adjoint.processor.analysis.Partials;
import dev.adjoint.processor.analysis.ToBeRecorded;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Conditional;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Eval;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Stmts;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reverse mode (VJP) without a tape. The forward sweep is the primal code, plus the few values
 * {@link ToBeRecorded} says the reverse sweep needs, the branch decisions, and the trip counts of
 * loops that are not counted. The reverse sweep then walks the statements backwards: for
 * {@code v = op(a, b)} it restores {@code v} if it was saved and adds {@code vBar * ∂op/∂a} into
 * {@code aBar}. Branches stay branches, decided by the saved condition; a counted loop runs its
 * index backwards and saves nothing for it; other loops run their saved trip count.
 *
 * <p>Outside loops a saved value is a local. Inside loops it goes on a plain array used as a
 * stack, allocated at the entry of the outermost loop: exactly as large as needed when every
 * enclosing loop is counted with bounds known there, grown geometrically otherwise. Declarations
 * inside branches and loops are hoisted to the top of the method so the reverse sweep can read
 * them.
 *
 * <p><b>Invariant.</b> An adjoint statement runs on the values its primal statement saw (see
 * {@link ToBeRecorded}), and a target's adjoint is taken and cleared before any contribution of
 * the same statement could add into it ({@code a[i] = f(a[j])}, {@code b[3] = g(b)}); a statement
 * whose target is not useful after it ({@link ActivityAt}) has a zero adjoint and no adjoint code,
 * and one whose target is useful on some paths only runs its adjoint under
 * {@code if (vBar != 0.0)} unless every partial is finite: a zero adjoint must stay zero, not
 * become NaN from an infinite partial. Only where a zero seed's tangent is zero too: not in a
 * body that second derivatives differentiate.
 */
public final class ReverseMode {

  /**
   * The VJP body without its ending: {@code body} runs both sweeps, after which {@code result}
   * is the primal value and each differentiable parameter's adjoint holds {@code seed · ∂f/∂p}
   * (for array parameters: has had it added). {@code localAdjoints} are the {@code double}
   * adjoints of locals and temporaries, which the body declares zero up front.
   */
  public record Result(Block body, Expr result, Map<Var, Var> paramAdjoints,
      Set<Var> localAdjoints) {

    /**
     * This result with the bookkeeping of its local adjoints folded ({@link FoldAdjoints}) and
     * the values nothing reads removed: those a fused loop recomputes for an update it dropped.
     */
    public Result folded() {
      Set<Var> readAfter = new HashSet<>(Exprs.reads(result)); // by the return and the flush
      readAfter.addAll(paramAdjoints.values());
      return new Result(DeadValues.prune(FoldAdjoints.fold(body, localAdjoints), readAfter),
          result, paramAdjoints, localAdjoints);
    }
  }

  /** Where one saved value lives: a local, or a stack with its top index inside loops. */
  private record Slot(Var local, Var stack, Var top, boolean grows) {
    boolean isStack() {
      return stack != null;
    }
  }

  private static final int INITIAL_CAPACITY = 16;

  private final Activity activity;
  private final ActivityAt usefulAt;
  private final ActivityAt surelyUsefulAt;
  private final boolean skipZeroSeeds;
  private final ToBeRecorded tbr;
  private final boolean accumulatorsGiven;
  private final Map<Var, Var> bars = new LinkedHashMap<>();
  private final Map<Stmt, Slot> savedValues = new IdentityHashMap<>();
  private final Map<List<Stmt>, Boolean> reverseWork = new IdentityHashMap<>();
  private final Map<Stmt, Slot> snapshotValues = new IdentityHashMap<>();
  private final Map<If, Slot> decisions = new IdentityHashMap<>();
  private final Map<Loop, Slot> tripCounts = new IdentityHashMap<>();
  private final List<Stmt> hoisted = new ArrayList<>();
  private final Deque<Loop> loops = new ArrayDeque<>();
  private final Deque<List<Stmt>> stackAllocations = new ArrayDeque<>();
  private boolean nestedAllocation;
  private int conditions;
  private Loop fused; // the loop being fused with its adjoint, if any
  private List<Stmt> fusedAllocations; // where the stacks of loops inside it are allocated
  private Set<Stmt> dropped = Set.of(); // its accumulator updates, when they already ran
  private boolean fusedRecomputes; // whether the last fused loop computes forward values
  private Expr result;
  private Expr returned;

  private ReverseMode(Activity activity, ActivityAt usefulAt, ActivityAt surelyUsefulAt,
      ToBeRecorded tbr, boolean accumulatorsGiven, boolean skipZeroSeeds) {
    this.skipZeroSeeds = skipZeroSeeds;
    this.activity = activity;
    this.usefulAt = usefulAt;
    this.surelyUsefulAt = surelyUsefulAt;
    this.tbr = tbr;
    this.accumulatorsGiven = accumulatorsGiven;
  }

  /**
   * @param seed the output cotangent: the {@code seed} parameter of a VJP, {@code 1.0} for a
   *     gradient
   * @param accumulatorsGiven true for a VJP, whose array parameters' adjoints are the caller's
   *     accumulators; false for a gradient, which allocates them
   * @param skipZeroSeeds whether a callee's VJP is skipped when its seed is zero; not for a body
   *     that second derivatives differentiate, where the seed's tangent may not be zero
   */
  public static Result apply(Function linearized, Activity activity, ActivityAt usefulAt,
      ToBeRecorded tbr, Expr seed, boolean accumulatorsGiven, boolean skipZeroSeeds) {
    List<Stmt> stmts = linearized.body().stmts();
    if (skipZeroSeeds && !tbr.savesEverything()) { // the naive scheme keeps two sweeps
      for (int k = 0; k < stmts.size(); k++) {
        Optional<AccumulationLoops.Fusible> fusible = AccumulationLoops.at(stmts, k);
        if (fusible.isEmpty()) {
          continue;
        }
        ToBeRecorded onePass = tbr.withOnePass(fusible.get().loop());
        if (fusible.get().updates().stream().anyMatch(onePass::saves)) {
          continue;
        }
        ReverseMode mode = new ReverseMode(activity, usefulAt,
            ActivityAt.surelyUseful(linearized), onePass, accumulatorsGiven, skipZeroSeeds);
        if (!mode.needsReverse(fusible.get().loop().body().stmts())) {
          continue;
        }
        Result fused = mode.fusedAt(linearized, k, fusible.get(), seed);
        if (fused != null) {
          return fused;
        }
        break;
      }
    }
    ReverseMode mode = new ReverseMode(activity, usefulAt, ActivityAt.surelyUseful(linearized),
        tbr, accumulatorsGiven, skipZeroSeeds);
    Map<Var, Var> params = mode.paramAdjoints(linearized);
    List<Stmt> forward = mode.forward(stmts, false);
    List<Stmt> reverse = mode.reverse(stmts);

    List<Stmt> body = new ArrayList<>(mode.hoisted);
    body.addAll(forward);
    body.add(Comment.note("reverse sweep"));
    body.addAll(mode.declareAdjoints(seed));
    body.addAll(reverse);
    return new Result(Block.of(body), mode.result, params, mode.localAdjoints());
  }

  /**
   * Both sweeps with the loop {@code stmts[at]} done in one pass ({@link AccumulationLoops}):
   * each iteration runs forward, then at once its adjoint, for the accumulators' adjoints are
   * the same in every iteration. When the adjoint of the code after the loop reads nothing the
   * loop or that code computes ({@code return total / n}), it runs first and the loop once;
   * otherwise ({@code return Math.log(total)}) the primal loop runs first, saving nothing, and
   * the fused loop runs again after the code after it, skipping the updates. Null when that
   * would run the loop's checks or prints twice.
   */
  private Result fusedAt(Function linearized, int at, AccumulationLoops.Fusible fusible,
      Expr seed) {
    List<Stmt> stmts = linearized.body().stmts();
    int start = at > 0 && stmts.get(at - 1) instanceof Comment ? at - 1 : at;
    List<Stmt> pre = stmts.subList(0, start);
    List<Stmt> head = stmts.subList(start, at);
    List<Stmt> post = stmts.subList(at + 1, stmts.size());
    Loop loop = fusible.loop();

    Map<Var, Var> params = paramAdjoints(linearized);
    List<Stmt> forwardPre = forward(pre, false);
    List<Stmt> forwardPost = forward(post, false);
    List<Stmt> reversePost = reverse(post);
    boolean adjointFirst = readsOnlyEarlier(reversePost, loop, forwardPost);
    if (!adjointFirst && fusible.hasEffects()) {
      return null;
    }
    List<Stmt> fused = fusedLoop(loop, adjointFirst ? Set.of() : fusible.updates());
    List<Stmt> reversePre = reverse(pre);

    List<Stmt> body = new ArrayList<>(hoisted);
    body.addAll(forwardPre);
    if (adjointFirst) {
      body.add(Comment.note("the adjoints of the code after the loop first: they do not depend"
          + " on the loop"));
      body.addAll(declareAdjoints(seed));
      body.addAll(reversePost);
      body.addAll(head);
      body.addAll(fused);
      body.addAll(forwardPost);
      if (!reversePre.isEmpty() || params.keySet().stream().anyMatch(p -> !p.type().isArray())) {
        body.add(Comment.note("reverse sweep"));
      }
    } else {
      body.addAll(head);
      body.add(primalCopy(loop));
      body.addAll(forwardPost);
      body.add(Comment.note("reverse sweep"));
      body.addAll(declareAdjoints(seed));
      body.addAll(reversePost);
      head.forEach(c -> body.add(((Comment) c).asAdjoint()));
      body.add(Comment.note(fusedRecomputes ? "each iteration again, then its adjoint"
          : "the loop's adjoint"));
      body.addAll(fused);
    }
    body.addAll(reversePre);
    return new Result(Block.of(body), result, params, localAdjoints());
  }

  /**
   * Whether {@code reverse} reads only adjoints and values from before {@code loop}: nothing
   * the loop or {@code later} computes, and restores nothing.
   */
  private boolean readsOnlyEarlier(List<Stmt> reverse, Loop loop, List<Stmt> later) {
    Set<Var> late = new HashSet<>();
    for (List<Stmt> part : List.of(List.<Stmt>of(loop), later)) {
      Stmts.forEachWrite(Block.of(part), (v, e) -> late.add(v));
      Stmts.forEach(Block.of(part), s -> {
        if (s instanceof Declare d) {
          late.add(d.var());
        }
      });
    }
    Set<Var> adjoints = new HashSet<>();
    bars.forEach((v, bar) -> {
      if (!(late.contains(v) && bar.type().isArray())) { // declared with its array, later
        adjoints.add(bar);
      }
    });
    Set<Var> own = new HashSet<>();
    boolean[] early = {true};
    Stmts.forEach(Block.of(reverse), s -> {
      if (s instanceof Declare d) {
        own.add(d.var());
      } else if (s instanceof Assign a && !adjoints.contains(Exprs.root(a.target()))) {
        early[0] = false; // a restore
      }
      for (Var v : Stmts.named(s)) {
        if (!adjoints.contains(v) && !own.contains(v) && late.contains(v)) {
          early[0] = false;
        }
      }
    });
    return early[0];
  }

  /**
   * The loop's primal iterations alone, run before the fused loop. A local the fused loop
   * hoisted to the top of the method is assigned here; any other stays declared, for the two
   * loops are sibling scopes.
   */
  private Stmt primalCopy(Loop loop) {
    Set<Var> hoistedVars = new HashSet<>();
    hoisted.forEach(h -> hoistedVars.add(((Declare) h).var()));
    return primal(loop, hoistedVars);
  }

  private static Stmt primal(Stmt s, Set<Var> hoisted) {
    if (s instanceof Loop l) {
      return l.withBody(primal(l.init(), hoisted), primal(l.update(), hoisted),
          Block.of(primal(l.body().stmts(), hoisted)));
    }
    if (s instanceof If i) {
      return new If(i.cond(), Block.of(primal(i.then().stmts(), hoisted)),
          Block.of(primal(i.otherwise().stmts(), hoisted)), i.pos());
    }
    if (s instanceof Declare d && hoisted.contains(d.var())) {
      return d.init() == null ? null : new Assign(new Ref(d.var()), d.init(), d.pos());
    }
    return s;
  }

  private static List<Stmt> primal(List<Stmt> stmts, Set<Var> hoisted) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : stmts) {
      Stmt copy = primal(s, hoisted);
      if (copy != null) {
        out.add(copy);
      }
    }
    return out;
  }

  /**
   * One loop doing each iteration's forward statements, then its adjoint. Saves directly in its
   * body are locals, read back in the same iteration; the stacks of loops inside it are
   * allocated once, before it, and emptied by every iteration.
   */
  private List<Stmt> fusedLoop(Loop l, Set<Stmt> skipped) {
    List<Stmt> allocations = new ArrayList<>();
    fused = l;
    fusedAllocations = allocations;
    dropped = skipped;
    // not nested: the iteration's adjoint reads its locals in the same body
    List<Stmt> body = new ArrayList<>(forward(l.body().stmts(), false));
    List<Stmt> reversed = reverse(l.body().stmts());
    fused = null;
    fusedAllocations = null;
    dropped = Set.of();
    if (!skipped.isEmpty()) { // the primal loop ran first: keep only what the adjoint reads
      Set<Var> read = new HashSet<>(Exprs.reads(l.cond()));
      Stmts.forEach(Block.of(reversed), s -> read.addAll(Stmts.named(s)));
      Stmts.forEach(Block.of(l.update()), s -> read.addAll(Stmts.named(s)));
      body = new ArrayList<>(DeadValues.pruneRepeated(Block.of(body), read).stmts());
    }
    fusedRecomputes = !body.stream().allMatch(s -> s instanceof Comment);
    if (!fusedRecomputes) {
      body.clear(); // the adjoint reads nothing the iteration computes
    } else if (!reversed.isEmpty()) {
      body.add(Comment.note("adjoint of this iteration"));
    }
    body.addAll(reversed);
    List<Stmt> out = new ArrayList<>(allocations);
    out.add(l.withBody(l.init(), l.update(), Block.of(body)));
    return out;
  }

  private Map<Var, Var> paramAdjoints(Function linearized) {
    Map<Var, Var> params = new LinkedHashMap<>();
    for (Var p : linearized.differentiableParams()) {
      params.put(p, bar(p));
    }
    return params;
  }

  /** The adjoints' declarations: the result's is the seed, every other starts at zero. */
  private List<Stmt> declareAdjoints(Expr seed) {
    List<Stmt> body = new ArrayList<>();
    Var returnedVar = returnedVar();
    for (Map.Entry<Var, Var> e : bars.entrySet()) {
      Var v = e.getKey();
      if (v.type() == Type.DOUBLE) {
        body.add(new Declare(e.getValue(), v == returnedVar ? seed : Build.ZERO, Pos.NONE));
      } else if (v.kind() == Var.Kind.PARAM && !accumulatorsGiven) {
        body.addAll(Build.allocateLike(e.getValue(), v));
      }
    }
    if (returnedVar != null && returnedVar.type().isArray()) {
      body.add(addInto(bar(returnedVar), seed));
    }
    return body;
  }

  private Var returnedVar() {
    return returned instanceof Ref r && activity.isActive(r.var()) ? r.var() : null;
  }

  private Set<Var> localAdjoints() {
    Var returnedVar = returnedVar();
    Set<Var> localAdjoints = new LinkedHashSet<>();
    bars.forEach((v, bar) -> {
      if (v.kind() != Var.Kind.PARAM && v.type() == Type.DOUBLE && v != returnedVar) {
        localAdjoints.add(bar);
      }
    });
    return localAdjoints;
  }

  private Var bar(Var v) {
    return bars.computeIfAbsent(v, k -> {
      if (k.kind() == Var.Kind.PARAM && k.type().isArray()) {
        return new Var(k.hint() + "Bar", k.type(), accumulatorsGiven ? Var.Kind.PARAM
            : Var.Kind.LOCAL);
      }
      return Var.derived(k, k.kind() == Var.Kind.PARAM ? "BarSum" : "Bar", k.type(),
          Var.Kind.LOCAL);
    });
  }

  // ---- forward sweep ----

  private List<Stmt> forward(List<Stmt> stmts, boolean nested) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : stmts) {
      if (dropped.contains(s)) {
        continue;
      }
      if (s instanceof Declare d) {
        forwardDeclare(d, nested, out);
      } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
        Var v = Exprs.root(a.target());
        if (tbr.saves(s)) {
          Slot slot = slot(v.hint() + "Saved", a.target().type());
          savedValues.put(s, slot);
          out.addAll(save(slot, a.target(), nested));
        }
        if (activity.isActive(v)) {
          bar(v);
          if (a.value() instanceof NewArray n) { // a row of an active matrix
            out.add(s);
            out.add(new Assign(Exprs.rebase(a.target(), bar(v)), n, Pos.NONE));
            continue;
          }
        }
        out.add(s);
      } else if (s instanceof If i) {
        Expr cond = i.cond();
        if ((needsReverse(i.then().stmts()) || needsReverse(i.otherwise().stmts()))
            && !tbr.recomputesDecision(i)) {
          Slot slot = slot("cond" + conditions++, Type.BOOLEAN);
          decisions.put(i, slot);
          declareLocal(slot.local(), cond, nested, out);
          if (slot.isStack()) {
            out.addAll(push(slot, new Ref(slot.local())));
          }
          cond = new Ref(slot.local());
        }
        out.add(new If(cond, Block.of(forward(i.then().stmts(), true)),
            Block.of(forward(i.otherwise().stmts(), true)), i.pos()));
      } else if (s instanceof Loop l) {
        forwardLoop(l, nested, out);
      } else if (s instanceof Return r) {
        result = returnValue(r.value(), nested, out);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private void forwardDeclare(Declare d, boolean nested, List<Stmt> out) {
    Var v = d.var();
    Slot slot = null;
    if (tbr.saves(d) && !inFusedBody()) { // the previous iteration's value is done with
      slot = slot(v.hint() + "Saved", v.type());
      savedValues.put(d, slot);
    }
    if (tbr.snapshots(d) && !inFusedBody()) { // a fused iteration's locals are still there
      Slot snapshot = slot(v.hint() + "Saved", v.type());
      snapshotValues.put(d, snapshot);
      hoisted.add(new Declare(v, v.type().zero(), d.pos()));
      out.add(new Assign(new Ref(v), d.init(), d.pos()));
      out.addAll(push(snapshot, new Ref(v)));
      return;
    }
    if (activity.isActive(v)) {
      bar(v);
    }
    if (!nested) {
      // a value for T v; too: the reverse sweep may save v before its first assignment
      out.add(d.init() == null ? new Declare(v, v.type().zero(), d.pos()) : d);
    } else {
      hoisted.add(new Declare(v, v.type().zero(), d.pos()));
      if (slot != null) {
        out.addAll(save(slot, new Ref(v), true));
      }
      if (d.init() != null) {
        out.add(new Assign(new Ref(v), d.init(), d.pos()));
      }
    }
    // the adjoint array is read by the reverse sweep, outside the block that declares v
    if (activity.isActive(v) && d.init() instanceof NewArray n) {
      declareLocal(bar(v), n, nested, out);
    } else if (activity.isActive(v) && d.init() instanceof Invoke && v.type().isArray()) {
      declareLocal(bar(v), new NewArray(v.type(), List.of(new Length(new Ref(v),
          Pos.NONE)), Pos.NONE), nested, out);
    }
  }

  private void forwardLoop(Loop l, boolean nested, List<Stmt> out) {
    if (!needsReverse(l.body().stmts()) && !needsReverse(l.update()) && !needsReverse(l.init())) {
      out.add(l);
      return;
    }
    boolean outermost = loops.isEmpty();
    boolean ownAllocations = outermost && fusedAllocations == null;
    List<Stmt> allocations = fusedAllocations != null ? fusedAllocations : new ArrayList<>();
    if (outermost) {
      stackAllocations.push(allocations);
      nestedAllocation = ownAllocations && nested;
    }
    Optional<Loops.Counted> counted = Loops.counted(l);
    List<Stmt> loopOut = new ArrayList<>();
    if (counted.isPresent()) {
      loops.push(l);
      List<Stmt> body = forward(l.body().stmts(), true);
      loops.pop();
      loopOut.add(l.withBody(l.init(), l.update(), Block.of(body)));
    } else {
      loopOut.addAll(forward(l.init(), nested));
      Slot trips = slot("trips", Type.INT);
      tripCounts.put(l, trips);
      declareLocal(trips.local(), Literal.ofInt(0), nested || trips.isStack(), loopOut);
      loops.push(l);
      List<Stmt> body = new ArrayList<>(forward(l.body().stmts(), true));
      body.addAll(forward(l.update(), true));
      loops.pop();
      body.add(Build.increment(trips.local(), 1));
      loopOut.add(new Loop(List.of(), l.cond(), List.of(), Block.of(body), l.testFirst(),
          l.pos()));
      if (trips.isStack()) {
        loopOut.addAll(push(trips, new Ref(trips.local())));
      }
    }
    if (outermost) {
      stackAllocations.pop();
      if (ownAllocations) {
        out.addAll(allocations);
      }
    }
    out.addAll(loopOut);
  }

  /** Whether statements are directly in the body of the loop being fused. */
  private boolean inFusedBody() {
    return fused != null && loops.isEmpty();
  }

  /** A place to keep one value per execution: a local outside loops, a stack inside. */
  private Slot slot(String hint, Type type) {
    Var local = new Var(hint, type, Var.Kind.TEMP);
    if (loops.isEmpty()) {
      return new Slot(local, null, null, false);
    }
    Expr capacity = capacity();
    boolean grows = capacity == null;
    Var stack = new Var(hint + (type == Type.BOOLEAN || type == Type.INT ? "Stack" : ""),
        type.arrayOf(), Var.Kind.TEMP);
    if (stack.hint().equals(hint)) {
      local = new Var(hint + "Value", type, Var.Kind.TEMP);
    }
    Var top = new Var(hint + "Top", Type.INT, Var.Kind.TEMP);
    List<Stmt> allocations = stackAllocations.peek();
    Expr size = grows ? Literal.ofInt(INITIAL_CAPACITY) : capacity;
    declareLocal(stack, new NewArray(stack.type(), List.of(size), Pos.NONE), nestedAllocation,
        allocations);
    declareLocal(top, Literal.ofInt(0), nestedAllocation, allocations);
    return new Slot(local, stack, top, grows);
  }

  /**
   * The number of pushes the enclosing loops allow, as an expression valid at the outermost
   * loop's entry; null when some loop is not counted or has bounds that change inside.
   */
  private Expr capacity() {
    Loop outermost = loops.peekLast();
    Set<Var> changing = new HashSet<>(Stmts.rebound(outermost.body()));
    Set<Var> written = new HashSet<>(Stmts.elementsWritten(outermost.body()));
    if (fused != null) { // the stacks are allocated before the fused loop
      changing.addAll(Stmts.rebound(fused.body()));
      written.addAll(Stmts.elementsWritten(fused.body()));
      Loops.counted(fused).ifPresent(c -> changing.add(c.index()));
    }
    Expr product = null;
    for (Loop l : (Iterable<Loop>) loops::descendingIterator) {
      Optional<Loops.Counted> c = Loops.counted(l);
      if (c.isEmpty() || !c.get().boundsInvariant(changing, written)) {
        return null;
      }
      changing.add(c.get().index());
      Expr trips = c.get().tripCount();
      product = product == null ? trips
          : new Binary(Binary.Op.MUL, product, trips, Type.INT, Pos.NONE);
    }
    return product;
  }

  private List<Stmt> save(Slot slot, Expr value, boolean nested) {
    List<Stmt> out = new ArrayList<>();
    if (slot.isStack()) {
      out.addAll(push(slot, value));
    } else {
      declareLocal(slot.local(), value, nested, out);
    }
    return out;
  }

  private static List<Stmt> push(Slot slot, Expr value) {
    List<Stmt> out = new ArrayList<>();
    Expr stack = new Ref(slot.stack());
    Expr top = new Ref(slot.top());
    if (slot.grows()) {
      Expr full = Build.cmp(Binary.Op.EQ, top, new Length(stack, Pos.NONE));
      Expr doubled = new Call("java.util.Arrays", "copyOf", List.of(stack,
          new Binary(Binary.Op.MUL, Literal.ofInt(2), top, Type.INT, Pos.NONE)),
          slot.stack().type(), Pos.NONE);
      out.add(new If(full, Block.of(List.of(new Assign(stack, doubled, Pos.NONE))),
          Block.of(List.of()), Pos.NONE));
    }
    out.add(new Assign(new Index(stack, top, slot.stack().type().element(), Pos.NONE), value,
        Pos.NONE));
    out.add(Build.increment(slot.top(), 1));
    return out;
  }

  private static List<Stmt> pop(Slot slot, Expr target) {
    Expr top = new Ref(slot.top());
    return List.of(Build.increment(slot.top(), -1), new Assign(target,
        new Index(new Ref(slot.stack()), top, slot.stack().type().element(), Pos.NONE),
        Pos.NONE));
  }

  private void declareLocal(Var v, Expr init, boolean nested, List<Stmt> out) {
    if (nested) {
      hoisted.add(new Declare(v, v.type().zero(), Pos.NONE));
      out.add(new Assign(new Ref(v), init, Pos.NONE));
    } else {
      out.add(new Declare(v, init, Pos.NONE));
    }
  }

  /** The returned value, copied if the reverse sweep will restore what it reads. */
  private Expr returnValue(Expr value, boolean nested, List<Stmt> out) {
    returned = value;
    boolean clobbered = Exprs.reads(value).stream().anyMatch(tbr::isRestored);
    if (!clobbered) {
      return value;
    }
    Var copy = new Var("value", value.type(), Var.Kind.TEMP);
    if (value.type() == Type.DOUBLE_MATRIX) {
      // a deep copy: the reverse sweep restores elements of the rows in place
      declareLocal(copy, new NewArray(Type.DOUBLE_MATRIX, List.of(new Length(value, Pos.NONE)),
          Pos.NONE), nested, out);
      Var r = new Var("row", Type.INT, Var.Kind.TEMP);
      Expr row = new Index(value, new Ref(r), Type.DOUBLE_ARRAY, Pos.NONE);
      out.add(Build.countUp(r, new Length(value, Pos.NONE), new Assign(
          new Index(new Ref(copy), new Ref(r), Type.DOUBLE_ARRAY, Pos.NONE),
          new Call("java.util.Arrays", "copyOf", List.of(row, new Length(row, Pos.NONE)),
              Type.DOUBLE_ARRAY, Pos.NONE), Pos.NONE)));
      return new Ref(copy);
    }
    Expr snapshot = value.type().isArray()
        ? new Call("java.util.Arrays", "copyOf", List.of(value, new Length(value, Pos.NONE)),
            value.type(), Pos.NONE)
        : value;
    declareLocal(copy, snapshot, nested, out);
    return new Ref(copy);
  }

  /**
   * Whether any statement of {@code stmts} has work in the reverse sweep. Asked for every
   * enclosing block on both sweeps, so the answer is kept per block.
   */
  private boolean needsReverse(List<Stmt> stmts) {
    Boolean known = reverseWork.get(stmts);
    if (known == null) { // not computeIfAbsent: the answer for a block asks its inner blocks
      known = hasReverseWork(stmts);
      reverseWork.put(stmts, known);
    }
    return known;
  }

  private boolean hasReverseWork(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      if (s instanceof Declare d && activity.isActive(d.var())) {
        return true;
      }
      if (s instanceof Assign a && Exprs.root(a.target()) != null
          && ((activity.isActiveLocation(a.target())
              && usefulAt.isUsefulAfter(s, a.target())) || tbr.saves(s)
              || tbr.inverse(s).isPresent())) {
        return true;
      }
      if (s instanceof If i && (needsReverse(i.then().stmts())
          || needsReverse(i.otherwise().stmts()))) {
        return true;
      }
      if (s instanceof Loop l && (needsReverse(l.body().stmts()) || needsReverse(l.init())
          || needsReverse(l.update()))) {
        return true;
      }
    }
    return false;
  }

  // ---- reverse sweep ----

  private List<Stmt> reverse(List<Stmt> stmts) {
    List<Stmt> out = new ArrayList<>();
    int end = stmts.size();
    for (int start = end - 1; start >= 0; start--) {
      if (start > 0 && !(stmts.get(start) instanceof Comment)) {
        continue;
      }
      // stmts[start, end) is one source statement, led by its comment when it has one
      List<Stmt> group = new ArrayList<>();
      for (int k = end - 1; k >= start; k--) {
        adjoint(stmts.get(k), group);
      }
      if (!group.isEmpty() && stmts.get(start) instanceof Comment c) {
        out.add(c.asAdjoint());
      }
      out.addAll(group);
      end = start;
    }
    return out;
  }

  private void adjoint(Stmt s, List<Stmt> out) {
    if (s instanceof Declare d && d.init() != null) {
      // a declaration inside a loop overwrites the previous iteration's value
      adjointOfWrite(s, new Ref(d.var()), d.init(), !loops.isEmpty() || fused != null, out);
    } else if (s instanceof Assign a && Exprs.root(a.target()) != null) {
      adjointOfWrite(s, a.target(), a.value(), true, out);
    } else if (s instanceof If i && tbr.recomputesDecision(i)) {
      out.add(new If(i.cond(), Block.of(reverse(i.then().stmts())),
          Block.of(reverse(i.otherwise().stmts())), i.pos()));
    } else if (s instanceof If i && decisions.containsKey(i)) {
      Slot slot = decisions.get(i);
      if (slot.isStack()) {
        out.addAll(pop(slot, new Ref(slot.local())));
      }
      out.add(new If(new Ref(slot.local()), Block.of(reverse(i.then().stmts())),
          Block.of(reverse(i.otherwise().stmts())), i.pos()));
    } else if (s instanceof Loop l) {
      adjointOfLoop(l, out);
    }
  }

  private void adjointOfLoop(Loop l, List<Stmt> out) {
    if (!needsReverse(l.body().stmts()) && !needsReverse(l.update()) && !needsReverse(l.init())) {
      return;
    }
    Optional<Loops.Counted> counted = Loops.counted(l);
    loops.push(l);
    if (counted.isPresent()) {
      List<Stmt> reversed = reverse(l.body().stmts());
      List<Stmt> body = new ArrayList<>(recompute(tbr.recomputedIn(l), reversed));
      List<Stmt> restores = new ArrayList<>();
      for (Stmt s : l.body().stmts()) {
        Slot snapshot = snapshotValues.get(s);
        if (snapshot != null) { // last pushed, first popped
          restores.addAll(0, pop(snapshot, new Ref(((Declare) s).var())));
        }
      }
      if (!restores.isEmpty()) {
        body.add(Comment.note("restore this iteration's saved locals"));
        body.addAll(restores);
      }
      body.addAll(reversed);
      loops.pop();
      out.add(counted.get().reversed(Block.of(body)));
      return;
    }
    List<Stmt> body = new ArrayList<>(reverse(l.update()));
    body.addAll(reverse(l.body().stmts()));
    loops.pop();
    Slot trips = tripCounts.get(l);
    if (trips.isStack()) {
      out.addAll(pop(trips, new Ref(trips.local())));
    }
    Var k = new Var("trip", Type.INT, Var.Kind.TEMP);
    Expr kRef = new Ref(k);
    out.add(new Loop(List.of(new Declare(k, new Ref(trips.local()), Pos.NONE)),
        Build.cmp(Binary.Op.GT, kRef, Literal.ofInt(0)), List.of(Build.increment(k, -1)),
        Block.of(body), true, Pos.NONE));
    out.addAll(reverse(l.init()));
  }

  /** The recomputed locals that {@code reversed} reads, directly or through one another. */
  private static List<Stmt> recompute(List<Declare> locals, List<Stmt> reversed) {
    Set<Var> read = new HashSet<>();
    Stmts.forEach(Block.of(reversed), s -> {
      if (s instanceof Assign a) {
        read.addAll(Exprs.reads(a.value()));
        read.addAll(Exprs.indexReads(a.target()));
      } else if (s instanceof Declare d && d.init() != null) {
        read.addAll(Exprs.reads(d.init()));
      } else if (s instanceof If i) {
        read.addAll(Exprs.reads(i.cond()));
      } else if (s instanceof Eval e) {
        read.addAll(Exprs.reads(e.call()));
      } else if (s instanceof Loop l) {
        read.addAll(Exprs.reads(l.cond()));
      }
    });
    List<Stmt> out = new ArrayList<>();
    for (int k = locals.size() - 1; k >= 0; k--) {
      Declare d = locals.get(k);
      if (read.contains(d.var())) {
        read.addAll(Exprs.reads(d.init()));
        out.add(0, new Assign(new Ref(d.var()), d.init(), Pos.NONE));
      }
    }
    if (!out.isEmpty()) {
      out.add(0, Comment.note("recompute what this iteration's adjoints read"));
    }
    return out;
  }

  private void adjointOfWrite(Stmt s, Expr target, Expr value, boolean overwrite,
      List<Stmt> out) {
    Var v = Exprs.root(target);
    Optional<Expr> inverse = tbr.inverse(s);
    if (inverse.isPresent()) { // a counter, stepped back
      out.add(new Assign(target, inverse.get(), Pos.NONE));
      return;
    }
    Slot saved = savedValues.get(s);
    if (saved != null) {
      if (saved.isStack()) {
        out.addAll(pop(saved, target));
      } else {
        out.add(new Assign(target, new Ref(saved.local()), Pos.NONE));
      }
    }
    if (activity.isActive(v) && value instanceof NewArray && target instanceof Ref
        && saved != null) {
      // the earlier iteration's scratch array is back: its adjoint starts again from zero
      Expr restored = new Ref(v);
      out.add(new If(Build.cmp(Binary.Op.NE, restored, v.type().zero()), Block.of(List.of(
          new Assign(new Ref(bar(v)), new NewArray(v.type(), List.of(new Length(restored,
              Pos.NONE)), Pos.NONE), Pos.NONE))), Block.of(List.of()), Pos.NONE));
      return;
    }
    if (!activity.isActive(v) || value instanceof NewArray) {
      return;
    }
    if (!usefulAt.isUsefulAfter(s, target)) {
      return; // its adjoint is zero here, and an infinite partial must not make it NaN
    }
    Expr targetBar = Exprs.rebase(target, bar(v));
    if (skipZeroSeeds && target.type() == Type.DOUBLE && !(value instanceof Invoke)
        && !surelyUsefulAt.isSurelyUsefulAfter(s, target) && !finitePartials(value, target)) {
      // zero on the paths that do not use it, where an infinite partial must not make it NaN
      List<Stmt> work = new ArrayList<>();
      distribute(s, target, targetBar, value, overwrite, work);
      if (!work.isEmpty()) {
        out.add(new If(Build.cmp(Binary.Op.NE, targetBar, Build.ZERO), Block.of(work),
            Block.of(List.of()), Pos.NONE));
      }
      return;
    }
    distribute(s, target, targetBar, value, overwrite, out);
  }

  /** Whether every partial of {@code value} is finite, so a zero adjoint times it stays zero. */
  private boolean finitePartials(Expr value, Expr target) {
    return Partials.merged(value, target, activity).stream()
        .allMatch(t -> isFinite(t.partial()));
  }

  /** Numbers, and choices or signs of anything: {@code max >= z[i] ? 0.0 : 1.0}, {@code signum(r)}. */
  private static boolean isFinite(Expr e) {
    return e instanceof Literal
        || (e instanceof Unary u && isFinite(u.operand()))
        || (e instanceof Binary b && b.op() != Binary.Op.DIV && b.op() != Binary.Op.REM
            && isFinite(b.left()) && isFinite(b.right()))
        || (e instanceof Conditional c && isFinite(c.ifTrue()) && isFinite(c.ifFalse()))
        || (e instanceof Call c && c.name().equals("signum") && c.owner().endsWith("Math"));
  }

  /** {@code targetBar}'s share, through the partials of {@code value}, into its operands' adjoints. */
  private void distribute(Stmt s, Expr target, Expr targetBar, Expr value, boolean overwrite,
      List<Stmt> out) {
    Var v = Exprs.root(target);
    if (value instanceof Invoke call && !activity.varies(call)) {
      if (overwrite && !target.type().isArray()) { // g(0.5): a constant, nothing to distribute
        out.add(new Assign(targetBar, Build.ZERO, Pos.NONE));
      }
      return;
    }
    if (value instanceof Invoke call) {
      if (overwrite && !(target instanceof Ref) && Exprs.reads(call).contains(v)) {
        // b[3] = g(b): gVjp adds into bBar, so take b[3]'s adjoint and clear it before the call
        Var g = new Var(v.hint() + "BarElem", Type.DOUBLE, Var.Kind.TEMP);
        out.add(new Declare(g, targetBar, Pos.NONE));
        out.add(new Assign(targetBar, Build.ZERO, Pos.NONE));
        adjointOfCall(call, new Ref(g), null, out);
        return;
      }
      boolean clears = overwrite && !target.type().isArray();
      adjointOfCall(call, target.type().isArray() ? new Ref(bar(v)) : targetBar,
          clears ? new Assign(targetBar, Build.ZERO, Pos.NONE) : null, out);
      return;
    }
    // z is the target itself unless it was just restored: then recompute it from the operands
    Expr z = tbr.recomputesResult(s) ? value : target;
    if (z == value && Exprs.containsCall(value) && Partials.usesResult(value)
        && activity.varies(value)) { // with no varying operand there is no partial to take
      Var recomputedZ = new Var(v.hint() + "New", value.type(), Var.Kind.TEMP);
      out.add(new Declare(recomputedZ, value, Pos.NONE)); // evaluate a costly z once
      z = new Ref(recomputedZ);
    }
    List<Partials.Term> terms = Partials.merged(value, z, activity);
    boolean mayAlias = !(target instanceof Ref) && terms.stream()
        .anyMatch(t -> t.root() == v && !Exprs.sameLocation(t.operand(), target));
    if (mayAlias) {
      // a[i] = f(a[j]): read a[i]'s adjoint once, clear it, then distribute (right if i == j)
      Var g = new Var(v.hint() + "BarElem", Type.DOUBLE, Var.Kind.TEMP);
      out.add(new Declare(g, targetBar, Pos.NONE));
      out.add(new Assign(targetBar, Build.ZERO, Pos.NONE));
      for (Partials.Term t : terms) {
        out.add(accumulate(t, new Ref(g)));
      }
      return;
    }
    Expr self = null;
    for (Partials.Term t : terms) {
      if (Exprs.sameLocation(t.operand(), target)) {
        self = self == null ? t.partial() : Build.add(self, t.partial());
      } else {
        out.add(accumulate(t, targetBar));
      }
    }
    if (self != null) {
      if (!Build.isOne(self)) { // v = v + a leaves vBar as it is
        out.add(new Assign(targetBar, Build.mul(targetBar, self), Pos.NONE));
      }
    } else if (overwrite) {
      out.add(new Assign(targetBar, Build.ZERO, Pos.NONE));
    }
  }

  /**
   * The chain rule across methods: {@code gVjp(args, seed, accumulators)} adds the callee's
   * gradient, times {@code seed}, into the accumulators. An array argument's adjoint is passed
   * as its accumulator directly; a scalar's goes through a {@code double[1]} allocated once per
   * method and added into its adjoint after the call.
   */
  private void adjointOfCall(Invoke call, Expr seed, Stmt clearSeed, List<Stmt> all) {
    List<Stmt> out = new ArrayList<>();
    List<Expr> args = new ArrayList<>(call.args());
    args.add(seed);
    List<Stmt> after = new ArrayList<>();
    for (int i = 0; i < call.args().size(); i++) {
      if (!call.differentiable().get(i)) {
        continue;
      }
      Expr arg = call.args().get(i);
      boolean active = activity.isActiveLocation(arg);
      if (arg.type().isArray()) {
        args.add(active ? Exprs.rebase(arg, bar(Exprs.root(arg))) : Build.zeroLike(arg));
        continue;
      }
      Var acc = new Var(call.name() + "Acc", Type.DOUBLE_ARRAY, Var.Kind.TEMP);
      hoisted.add(new Declare(acc, new NewArray(Type.DOUBLE_ARRAY, List.of(Literal.ofInt(1)),
          Pos.NONE), Pos.NONE));
      Expr slot = new Index(new Ref(acc), Literal.ofInt(0), Type.DOUBLE, Pos.NONE);
      out.add(new Assign(slot, Build.ZERO, Pos.NONE));
      args.add(new Ref(acc));
      if (active) {
        Expr argBar = Exprs.rebase(arg, bar(Exprs.root(arg)));
        after.add(new Assign(argBar, Build.add(argBar, slot), Pos.NONE));
      }
    }
    out.add(new Eval(
        new Call(call.companion(), call.name() + "Vjp", args, call.type(), Pos.NONE), call,
        Pos.NONE));
    if (clearSeed != null) {
      out.add(clearSeed); // after the call read it, before the arguments' adjoints take theirs
    }
    out.addAll(after);
    if (skipZeroSeeds && seed.type() == Type.DOUBLE) {
      // a zero seed adds nothing; the callee's partials (NaN, infinite) must not make it NaN
      all.add(new If(Build.cmp(Binary.Op.NE, seed, Build.ZERO), Block.of(out), Block.of(List.of()),
          Pos.NONE));
    } else {
      all.addAll(out);
    }
  }

  private Stmt accumulate(Partials.Term t, Expr adjoint) {
    if (t.isElementwise()) {
      Expr element = new Index(Exprs.rebase(t.operand(), bar(t.root())), new Ref(t.index()),
          Type.DOUBLE, Pos.NONE);
      return Build.overElements(t.index(), t.operand(), new Assign(element,
          Build.add(element, Build.mul(adjoint, t.partial())), Pos.NONE));
    }
    Expr operandBar = Exprs.rebase(t.operand(), bar(t.root()));
    return new Assign(operandBar, Build.add(operandBar, Build.mul(adjoint, t.partial())),
        Pos.NONE);
  }

  // ---- arrays ----

  /** {@code for (int k = 0; k < seed.length; k++) aBar[k] += seed[k];} */
  private static Stmt addInto(Var bar, Expr seed) {
    return addInto(new Ref(bar), seed);
  }

  /** {@code target[k] += seed[k]} element by element, row by row for a matrix. */
  private static Stmt addInto(Expr target, Expr seed) {
    Var k = new Var("k", Type.INT, Var.Kind.TEMP);
    Expr kRef = new Ref(k);
    Type element = seed.type().element();
    Expr targetK = new Index(target, kRef, element, Pos.NONE);
    Expr seedK = new Index(seed, kRef, element, Pos.NONE);
    Stmt body = element == Type.DOUBLE
        ? new Assign(targetK, Build.add(targetK, seedK), Pos.NONE)
        : addInto(targetK, seedK);
    return Build.countUp(k, new Length(seed, Pos.NONE), body);
  }
}
