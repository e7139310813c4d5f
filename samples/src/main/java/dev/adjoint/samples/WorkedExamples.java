package dev.adjoint.samples;

import java.util.List;

/**
 * The whole catalogue of checked examples in one list, grouped by theme, so that the showcase
 * prints it and the unit test asserts it from the same source.
 */
final class WorkedExamples {
  private WorkedExamples() {}

  /** One theme: a title and its examples. */
  record Section(String title, List<Example> examples) {}

  /** Every section, in the order of the worked-examples catalogue. */
  static List<Section> all() {
    return List.of(
        new Section("Functions of one variable (OneVariable.java)", OneVariable.examples()),
        new Section("Chain rule (ChainRule.java)", ChainRule.examples()),
        new Section("Sum, product and quotient rules (ProductAndQuotient.java)", ProductAndQuotient.examples()),
        new Section("Several inputs: gradient and directional derivative (SeveralInputs.java)",
            SeveralInputs.examples()),
        new Section("Activation functions (Activations.java)", Activations.examples()),
        new Section("A hidden unit and backpropagation (Networks.java)", Networks.examples()),
        new Section("Surfaces of the Hessian table and gradient descent (Surfaces.java)", Surfaces.examples()),
        new Section("Loops reversed without a tape: Horner's rule and a dot product (Loops.java)", Loops.examples()),
        new Section("Jacobians of maps on double[]: fJacobian, fJvp, fVjp (Jacobians.java)", Jacobians.examples()),
        new Section("Backpropagation, matrix calculus and a hidden layer on arrays (MatrixCalculus.java)",
            MatrixCalculus.examples()),
        new Section("Least squares, three normalisations (LeastSquares.java)", LeastSquares.examples()),
        new Section("Softmax and log-sum-exp (Softmax.java)", Softmax.examples()),
        new Section("Hessians, Taylor, Newton, stationary points: order = 2 (Hessians.java)", Hessians.examples()),
        new Section("Gradient descent driven by fGrad (GradientDescent.java)", GradientDescent.examples()),
        new Section("Forward versus reverse mode: counting passes (ForwardVsReverse.java)",
            ForwardVsReverse.examples()),
        new Section("A small network trained with lossGrad (TinyNetwork.java)", TinyNetwork.examples()));
  }
}
