// explain.shapley: exact Shapley values of a cooperative game given as the value of every
// coalition (indexed by bitmask), and explain.linear_shap: interventional SHAP values of a
// linear model, w_j·(x_j − mean_j(background)). Float64.
import type { Algorithm } from '../../core/algorithm';
import { toNested } from '../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';

/** 2^16 coalitions × 16 features is the largest exact computation the contract allows. */
export const MAX_SHAPLEY_FEATURES = 16;

export interface ShapleyInput {
  n: number;
  values: Float64Array;
}

function validateShapley(input: unknown): ShapleyInput {
  const f = fields(input, { required: ['n_features', 'values'] });
  const n = f.integer('n_features', { min: 1, max: MAX_SHAPLEY_FEATURES });
  const values = f.tensor('values', { shape: [2 ** n] });
  return { n, values: values.data };
}

/** φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)). Each coalition S without i is
 * visited once per i: O(n·2^n). */
export function shapley(n: number, values: ArrayLike<number>): number[] {
  // weight[s] = s!(n−s−1)!/n!, built as a ratio to stay exact-ish for n ≤ 16
  const weight: number[] = [];
  for (let s = 0; s < n; s++) {
    let w = 1 / n;
    for (let j = 1; j <= s; j++) w *= j / (n - j); // s!(n−1−s)!/(n−1)! = 1/C(n−1, s)
    weight.push(w);
  }
  const popcount = (m: number) => {
    let c = 0;
    for (let x = m; x; x &= x - 1) c++;
    return c;
  };
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 2 ** n; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      phi[i] += weight[size] * (values[mask | (1 << i)] - values[mask]);
    }
  }
  return phi;
}

export const explainShapley: Algorithm<ShapleyInput, { phi: number[]; base_value: number }> = {
  id: 'explain.shapley',
  title: 'Exact Shapley values from coalition values',
  seeds: ['004#§12', '004#§21'],
  validate: validateShapley,
  run: async (c) => ({ phi: shapley(c.n, c.values), base_value: c.values[0] }),
};

export interface LinearShapInput {
  weights: NdArray;
  bias: number;
  x: NdArray;
  background: NdArray;
}

function validateLinearShap(input: unknown): LinearShapInput {
  const f = fields(input, { required: ['weights', 'bias', 'x', 'background'] });
  const dims = new Dims();
  const weights = f.tensor('weights', { shape: ['f'], dims });
  const x = f.tensor('x', { shape: ['n', 'f'], dims });
  const background = f.tensor('background', { shape: ['m', 'f'], dims });
  if (background.shape[0] === 0) invalid('background: expected at least one row');
  return { weights, bias: f.number('bias'), x, background };
}

function runLinearShap(c: LinearShapInput): { phi: unknown; base_value: number } {
  const [n, nf] = c.x.shape;
  const m = c.background.shape[0];
  const mean = new Float64Array(nf);
  for (let r = 0; r < m; r++) for (let j = 0; j < nf; j++) mean[j] += c.background.data[r * nf + j] / m;
  let base = c.bias;
  for (let j = 0; j < nf; j++) base += c.weights.data[j] * mean[j];
  const phi = new Float64Array(n * nf);
  for (let r = 0; r < n; r++) for (let j = 0; j < nf; j++) phi[r * nf + j] = c.weights.data[j] * (c.x.data[r * nf + j] - mean[j]);
  return { phi: toNested(phi, [n, nf]), base_value: base };
}

export const explainLinearShap: Algorithm<LinearShapInput, { phi: unknown; base_value: number }> = {
  id: 'explain.linear_shap',
  title: 'SHAP values of a linear model (interventional, background mean)',
  seeds: ['004#§12', '004#§21'],
  validate: validateLinearShap,
  run: async (c) => runLinearShap(c),
};
