package dev.adjoint.tests;

import dev.adjoint.tests.corpus.Branches;
import dev.adjoint.tests.corpus.CallTargets;
import dev.adjoint.tests.corpus.Calls;
import dev.adjoint.tests.corpus.CompileRegressions;
import dev.adjoint.tests.corpus.Constants;
import dev.adjoint.tests.corpus.CustomDerivatives;
import dev.adjoint.tests.corpus.EarlyExit;
import dev.adjoint.tests.corpus.ExpLog;
import dev.adjoint.tests.corpus.Iterations;
import dev.adjoint.tests.corpus.LinearAlgebra;
import dev.adjoint.tests.corpus.LoopShapes;
import dev.adjoint.tests.corpus.Losses;
import dev.adjoint.tests.corpus.MathHelpers;
import dev.adjoint.tests.corpus.MixedParams;
import dev.adjoint.tests.corpus.Models;
import dev.adjoint.tests.corpus.NonSmooth;
import dev.adjoint.tests.corpus.OnePassLoops;
import dev.adjoint.tests.corpus.Polynomials;
import dev.adjoint.tests.corpus.PowersRoots;
import dev.adjoint.tests.corpus.Reassignment;
import dev.adjoint.tests.corpus.Recurrences;
import dev.adjoint.tests.corpus.Reductions;
import dev.adjoint.tests.corpus.RidgeModel;
import dev.adjoint.tests.corpus.RoundingAndCasts;
import dev.adjoint.tests.corpus.SecondOrder;
import dev.adjoint.tests.corpus.SeedActivations;
import dev.adjoint.tests.corpus.SeedArrays;
import dev.adjoint.tests.corpus.SeedOneVariable;
import dev.adjoint.tests.corpus.SeedQuadratics;
import dev.adjoint.tests.corpus.SeedSeveralInputs;
import dev.adjoint.tests.corpus.Selection;
import dev.adjoint.tests.corpus.SteppedCounters;
import dev.adjoint.tests.corpus.StrictMathFunctions;
import dev.adjoint.tests.corpus.TrigHyperbolic;
import dev.adjoint.tests.corpus.VectorMaps;
import dev.adjoint.tests.corpus.Workloads;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The whole corpus in one place: every corpus class and every case, for the inventory check. */
final class Corpus {
  private Corpus() {}

  static final List<Class<?>> CLASSES = List.of(
      Polynomials.class, TrigHyperbolic.class, ExpLog.class, PowersRoots.class, Branches.class,
      Reassignment.class, MixedParams.class, Constants.class, Selection.class,
      StrictMathFunctions.class, NonSmooth.class, RoundingAndCasts.class, SeedOneVariable.class,
      SeedSeveralInputs.class, SeedActivations.class, SeedQuadratics.class,
      Reductions.class, Losses.class, Recurrences.class, Iterations.class, LinearAlgebra.class,
      VectorMaps.class, SeedArrays.class, EarlyExit.class, LoopShapes.class, CompileRegressions.class,
      Calls.class, CallTargets.class, CustomDerivatives.class, MathHelpers.class, RidgeModel.class,
      Models.Polynomial.class, SecondOrder.class, Workloads.class, OnePassLoops.class,
      SteppedCounters.class);

  /**
   * Methods of corpus classes that are not functions under test: index helpers the corpus calls with
   * inactive arguments, the {@code @DerivativeOf} methods users write, plain Java the custom
   * derivatives use, and {@code toString} of receivers. None has a generated {@code Jvp}.
   */
  static final Set<String> HELPERS = Set.of(
      "Calls.mirror",
      "CustomDerivatives.lanczosSum", "CustomDerivatives.psi", "CustomDerivatives.psi1",
      "CustomDerivatives.logGammaJvp", "CustomDerivatives.digammaVjp", "CustomDerivatives.softClipJvp",
      "CustomDerivatives.softClipVjp", "CustomDerivatives.huberLossJvp", "CustomDerivatives.logBetaJvp",
      "CustomDerivatives.stableNormVjp", "CustomDerivatives.smoothMaxJvp", "CustomDerivatives.smoothMaxVjp",
      "CustomDerivatives.softmaxVjp", "CustomDerivatives.normalizeJvp", "CustomDerivatives.sigmoidAllJvp",
      "CustomDerivatives.sigmoidAllVjp", "CustomDerivatives.integerPowerJvp",
      "CustomDerivatives.bilinearVjp", "CustomDerivatives.scaledTanhJvp",
      "RidgeModel.toString", "Polynomial.toString", "Workloads.logMultiGamma");

  /** The corpus classes over arrays and loops (the array contract). */
  static final List<Class<?>> ARRAY_CLASSES = List.of(
      Reductions.class, Losses.class, Recurrences.class, Iterations.class, LinearAlgebra.class,
      VectorMaps.class, SeedArrays.class, EarlyExit.class, LoopShapes.class);

  static List<FunctionCase> allCases() {
    List<FunctionCase> all = new ArrayList<>();
    all.addAll(PolynomialsOracleTest.cases());
    all.addAll(TrigHyperbolicOracleTest.cases());
    all.addAll(ExpLogOracleTest.cases());
    all.addAll(PowersRootsOracleTest.cases());
    all.addAll(BranchesOracleTest.cases());
    all.addAll(ReassignmentOracleTest.cases());
    all.addAll(MixedParamsOracleTest.cases());
    all.addAll(ConstantsOracleTest.cases());
    all.addAll(SelectionOracleTest.cases());
    all.addAll(StrictMathOracleTest.cases());
    all.addAll(NonSmoothOracleTest.cases());
    all.addAll(RoundingAndCastsOracleTest.cases());
    all.addAll(SeedCorpusOracleTest.cases());
    all.addAll(arrayCases());
    all.addAll(featureCases());
    return all;
  }

  /**
   * The cases of calls, custom derivatives, AdjointMath, instance methods, second derivatives and the
   * workloads.
   */
  static List<FunctionCase> featureCases() {
    List<FunctionCase> all = new ArrayList<>();
    all.addAll(CallsOracleTest.cases());
    all.addAll(CustomDerivativesOracleTest.cases());
    all.addAll(MathHelpersOracleTest.cases());
    all.addAll(InstanceMethodsOracleTest.cases());
    all.addAll(SecondOrderOracleTest.cases());
    all.addAll(WorkloadsOracleTest.cases());
    all.addAll(OnePassLoopsOracleTest.cases());
    all.addAll(SteppedCountersOracleTest.cases());
    return all;
  }

  /** The cases of the array and loop corpus. */
  static List<FunctionCase> arrayCases() {
    List<FunctionCase> all = new ArrayList<>();
    all.addAll(ReductionsOracleTest.cases());
    all.addAll(LossesOracleTest.cases());
    all.addAll(RecurrencesOracleTest.cases());
    all.addAll(IterationsOracleTest.cases());
    all.addAll(LinearAlgebraOracleTest.cases());
    all.addAll(VectorMapsOracleTest.cases());
    all.addAll(SeedArraysOracleTest.cases());
    all.addAll(EarlyExitOracleTest.cases());
    all.addAll(LoopShapesOracleTest.cases());
    all.addAll(CompileRegressionsOracleTest.cases());
    return all;
  }
}
