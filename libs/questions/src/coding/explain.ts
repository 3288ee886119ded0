// Explanation: exact Shapley values and linear SHAP.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

function drawShapley(rng: Prng, size: Size): Input {
  const n = bySize(size, rng.int(2, 3), rng.int(5, 8), rng.int(12, 14));
  const weights = Array.from({ length: n }, () => rng.normal(0, 1));
  // an additive game plus pairwise interactions, so phi is not trivially the weights
  const pairs = Array.from({ length: n }, () => rng.int(0, n - 1));
  const values = Array.from({ length: 2 ** n }, (_, mask) => {
    let v = 0;
    for (let j = 0; j < n; j++) {
      if (mask & (1 << j)) {
        v += weights[j];
        if (mask & (1 << pairs[j])) v += 0.25;
      }
    }
    return roundTo(v, 4);
  });
  return { n_features: n, values };
}

const shapley = defineCoding({
  algorithmId: 'explain.shapley',
  seeds: ['004#§12', '004#§21'],
  title: bi('精确 Shapley 值', 'Exact Shapley values'),
  statement: bi(
    '给定 n_features（≤ 16）个特征的合作博弈：values[mask] 是特征子集 mask（第 j 位为 1 表示包含特征 j）的价值，共 2ⁿ 项。计算每个特征的精确 Shapley 值 phi[n]，并返回 base_value = values[0]。结果满足 Σphi = values[全集] − values[0]。',
    'Given a cooperative game over n_features (≤ 16) features, values[mask] is the value of the coalition mask (bit j set means feature j is in), 2ⁿ entries in all. Compute each feature\'s exact Shapley value phi[n] and return base_value = values[0]. The result satisfies Σphi = values[all] − values[0].',
  ),
  params: [{ name: 'n_features' }, { name: 'values' }],
  outputs: ['phi', 'base_value'],
  difficulty: 'HARD',
  tags: ['explainability', 'shap'],
  solution: `
import math
import numpy as np

def shapley(n_features, values):
    n = n_features
    v = np.asarray(values, dtype=np.float64)
    # weight of a coalition of size s that excludes j: s! (n-s-1)! / n!
    weight = [math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) for s in range(n)]
    sizes = np.array([bin(m).count("1") for m in range(1 << n)])
    phi = np.zeros(n)
    for j in range(n):
        bit = 1 << j
        without = np.array([m for m in range(1 << n) if not m & bit])
        phi[j] = sum(weight[s] * d for s, d in zip(sizes[without], v[without | bit] - v[without]))
    return {"phi": phi, "base_value": v[0]}`,
  explanation: bi(
    'Shapley 值是特征 j 在所有加入顺序下边际贡献的平均：对不含 j 的每个子集 S，权重为 |S|!(n−|S|−1)!/n!。它是唯一满足有效性、对称性、虚拟性和可加性的分配。按位掩码枚举子集，复杂度 O(n·2ⁿ)。',
    "A Shapley value is feature j's marginal contribution averaged over all orders of joining: each subset S without j weighs |S|!(n−|S|−1)!/n!. It is the only attribution that is efficient, symmetric, null for dummies and additive. Enumerating subsets as bitmasks costs O(n·2ⁿ).",
  ),
  generate: makeGenerator({
    samples: [example('explain.shapley'), fixedDraw(drawShapley)],
    edge: {
      'single-feature': { n_features: 1, values: [2, 5] },
      'symmetric-features': { n_features: 2, values: [0, 1, 1, 3] },
      'dummy-feature': { n_features: 3, values: [0, 1, 0, 1, 2, 3, 2, 3] },
    },
    draw: drawShapley,
  }),
});

function drawLinearShap(rng: Prng, size: Size): Input {
  const [n, m, f] = bySize(size, [2, 3, 3], [20, 50, 10], [200, 500, 30]);
  return {
    weights: rng.normalTensor([f]),
    bias: rng.normal(0, 1),
    x: rng.normalTensor([n, f]),
    background: rng.normalTensor([m, f]),
  };
}

const linearShap = defineCoding({
  algorithmId: 'explain.linear_shap',
  seeds: ['004#§12', '004#§21'],
  title: bi('线性模型的 SHAP 值', 'SHAP values of a linear model'),
  statement: bi(
    '线性模型 f(x) = weights·x + bias，背景数据 background [m][f]。用干预式（interventional）SHAP 解释 x [n][f] 的每个预测：phi[i][j] = weights[j]·(x[i][j] − mean_j)，mean_j 为背景数据第 j 列的均值；base_value = f(背景均值)。',
    'A linear model f(x) = weights·x + bias with background data [m][f]. Explain each prediction of x [n][f] with interventional SHAP: phi[i][j] = weights[j]·(x[i][j] − mean_j), where mean_j is the background mean of feature j; base_value = f(background mean).',
  ),
  params: [{ name: 'weights' }, { name: 'bias' }, { name: 'x' }, { name: 'background' }],
  outputs: ['phi', 'base_value'],
  difficulty: 'EASY',
  tags: ['explainability', 'shap'],
  related: ['code-explain-shapley'],
  solution: `
import numpy as np

def linear_shap(weights, bias, x, background):
    w = np.asarray(weights, dtype=np.float64)
    mean = np.asarray(background, dtype=np.float64).mean(axis=0)
    phi = w * (np.asarray(x, dtype=np.float64) - mean)
    return {"phi": phi, "base_value": float(bias + w @ mean)}`,
  explanation: bi(
    '对线性模型，特征独立（干预式）假设下 Shapley 值有闭式解：每个特征的贡献是权重乘以它偏离背景均值的量。于是 base_value + Σ_j phi[i][j] 恰好等于 f(x_i)（有效性）。',
    'For a linear model under feature independence (interventional), Shapley values have a closed form: each feature contributes its weight times its deviation from the background mean. Hence base_value + Σ_j phi[i][j] equals f(x_i) exactly (efficiency).',
  ),
  generate: makeGenerator({
    samples: [example('explain.linear_shap'), fixedDraw(drawLinearShap)],
    edge: {
      'x-equals-background-mean': { weights: [2, -1], bias: 1, x: [[1, 1]], background: [[0, 0], [2, 2]] },
      'single-background-row': { weights: [0.5], bias: 0, x: [[4], [-4]], background: [[1]] },
    },
    draw: drawLinearShap,
  }),
});

export const explainQuestions: CodingQuestion[] = [shapley, linearShap];
