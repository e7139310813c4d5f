package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.LstmResults.LstmGradient;

/**
 * Backpropagation through time for {@link Lstm#sequenceLoss}, written by hand. The state is
 * carried from step to step, so the adjoint cannot follow each step at once: one forward pass over
 * the sequence keeps, per step, the four gate activations, {@code tanh(c)} and the new states
 * (T rows of H each, plus the readout errors), and one backward pass runs the steps in reverse,
 * carrying the adjoints of {@code h} and {@code c}, with σ' = σ (1 − σ) and tanh' = 1 − tanh².
 */
public final class LstmHandWritten {
  private LstmHandWritten() {}

  public static LstmGradient sequenceLoss(double[][] w, double[][] u, double[] b,
      double[][] readout, double[] readoutBias, double[][] inputs, double[][] targets) {
    int hiddenSize = b.length / 4;
    int gateCount = 4 * hiddenSize;
    int steps = inputs.length;
    int outputSize = readoutBias.length;
    int features = w[0].length;

    // states[t] is the state before step t; states[steps] the last one.
    double[][] hs = new double[steps + 1][hiddenSize];
    double[][] cs = new double[steps + 1][hiddenSize];
    double[][] inputGates = new double[steps][hiddenSize];
    double[][] forgetGates = new double[steps][hiddenSize];
    double[][] outputGates = new double[steps][hiddenSize];
    double[][] candidates = new double[steps][hiddenSize];
    double[][] tanhCells = new double[steps][hiddenSize];
    double[][] errors = new double[steps][outputSize];
    double[] gates = new double[gateCount];
    double loss = 0;
    for (int t = 0; t < steps; t++) {
      double[] x = inputs[t];
      double[] hPrev = hs[t];
      double[] cPrev = cs[t];
      for (int g = 0; g < gateCount; g++) {
        double[] wg = w[g];
        double[] ug = u[g];
        double z = b[g];
        for (int i = 0; i < features; i++) {
          z += wg[i] * x[i];
        }
        for (int j = 0; j < hiddenSize; j++) {
          z += ug[j] * hPrev[j];
        }
        gates[g] = z;
      }
      double[] h = hs[t + 1];
      double[] c = cs[t + 1];
      double[] ig = inputGates[t];
      double[] fg = forgetGates[t];
      double[] og = outputGates[t];
      double[] cand = candidates[t];
      double[] tc = tanhCells[t];
      for (int j = 0; j < hiddenSize; j++) {
        ig[j] = sigmoid(gates[j]);
        fg[j] = sigmoid(gates[hiddenSize + j]);
        og[j] = sigmoid(gates[2 * hiddenSize + j]);
        cand[j] = Math.tanh(gates[3 * hiddenSize + j]);
        c[j] = fg[j] * cPrev[j] + ig[j] * cand[j];
        tc[j] = Math.tanh(c[j]);
        h[j] = og[j] * tc[j];
      }
      double[] target = targets[t];
      double[] error = errors[t];
      for (int o = 0; o < outputSize; o++) {
        double[] ro = readout[o];
        double y = readoutBias[o];
        for (int j = 0; j < hiddenSize; j++) {
          y += ro[j] * h[j];
        }
        double e = y - target[o];
        error[o] = e;
        loss += e * e;
      }
    }

    double[][] gw = new double[gateCount][features];
    double[][] gu = new double[gateCount][hiddenSize];
    double[] gb = new double[gateCount];
    double[][] gReadout = new double[outputSize][hiddenSize];
    double[] gReadoutBias = new double[outputSize];
    double[] hBar = new double[hiddenSize];
    double[] cBar = new double[hiddenSize];
    double[] gatesBar = new double[gateCount];
    double scale = 2.0 / steps;
    for (int t = steps - 1; t >= 0; t--) {
      double[] h = hs[t + 1];
      double[] error = errors[t];
      for (int o = 0; o < outputSize; o++) {
        double yBar = scale * error[o];
        gReadoutBias[o] += yBar;
        double[] ro = readout[o];
        double[] gro = gReadout[o];
        for (int j = 0; j < hiddenSize; j++) {
          gro[j] += yBar * h[j];
          hBar[j] += yBar * ro[j];
        }
      }
      double[] cPrev = cs[t];
      double[] ig = inputGates[t];
      double[] fg = forgetGates[t];
      double[] og = outputGates[t];
      double[] cand = candidates[t];
      double[] tc = tanhCells[t];
      for (int j = 0; j < hiddenSize; j++) {
        double oBar = hBar[j] * tc[j];
        double cb = cBar[j] + hBar[j] * og[j] * (1 - tc[j] * tc[j]);
        double iBar = cb * cand[j];
        double candBar = cb * ig[j];
        double fBar = cb * cPrev[j];
        cBar[j] = cb * fg[j];
        gatesBar[j] = iBar * ig[j] * (1 - ig[j]);
        gatesBar[hiddenSize + j] = fBar * fg[j] * (1 - fg[j]);
        gatesBar[2 * hiddenSize + j] = oBar * og[j] * (1 - og[j]);
        gatesBar[3 * hiddenSize + j] = candBar * (1 - cand[j] * cand[j]);
        hBar[j] = 0;
      }
      double[] x = inputs[t];
      double[] hPrev = hs[t];
      for (int g = 0; g < gateCount; g++) {
        double zBar = gatesBar[g];
        gb[g] += zBar;
        double[] gwg = gw[g];
        for (int i = 0; i < features; i++) {
          gwg[i] += zBar * x[i];
        }
        double[] ug = u[g];
        double[] gug = gu[g];
        for (int j = 0; j < hiddenSize; j++) {
          gug[j] += zBar * hPrev[j];
          hBar[j] += zBar * ug[j];
        }
      }
    }
    return new LstmGradient(loss / steps, gw, gu, gb, gReadout, gReadoutBias);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
