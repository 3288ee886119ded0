// Explanation, generation and recommendation: Shapley values, linear SHAP, decoding strategies,
// and the seed's embedding recommender.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
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

function drawDecode(rng: Prng, size: Size): Input {
  const [v, steps] = bySize(size, [4, 4], [20, 20], [200, 100]);
  const strategy = rng.pick(['greedy', 'top_k', 'top_p']);
  const input: Input = {
    logits: rng.normalTensor([v, v], 2),
    start_id: rng.int(0, v - 1),
    eos_id: rng.int(0, v - 1),
    max_new_tokens: steps,
    strategy,
    u: rng.uniformTensor([steps], 0, 1),
  };
  if (strategy === 'top_k') input.k = rng.int(1, Math.min(v, 10));
  if (strategy === 'top_p') input.p = rng.pick([0.5, 0.9, 0.95]);
  if (strategy !== 'greedy' && rng.bool()) input.temperature = rng.pick([0.7, 1.5]);
  return input;
}

const decode = defineCoding({
  algorithmId: 'generate.decode',
  seeds: ['004#§20'],
  title: bi('文本生成的解码策略：贪心、Top-k、Top-p', 'Decoding strategies: greedy, top-k, top-p'),
  statement: bi(
    '一个二元语言"模型"：logits[a][b] 是上一个词为 a 时下一个词为 b 的 logit（[v][v]）。从 start_id 开始逐步生成至多 max_new_tokens 个词，生成 eos_id 后停止（eos 包含在结果中）。greedy：取 argmax（平局取较小 id）。top_k / top_p：p = softmax(logits[prev]/temperature)（temperature 默认 1），按概率降序（平局较小 id 优先）保留前 k 个，或保留累计概率首次达到 p 的最短前缀；重新归一化后，按 id 升序累加概率，取第一个累计概率大于 u[step] 的 id。返回生成的 tokens（不含 start_id）。',
    'A bigram language "model": logits[a][b] is the logit of next token b after token a ([v][v]). Starting from start_id, generate up to max_new_tokens tokens, stopping after eos_id (which is included). greedy: the argmax (smallest id on ties). top_k / top_p: p = softmax(logits[prev]/temperature) (temperature default 1); rank ids by decreasing probability (smaller id first on ties) and keep the first k, or the shortest prefix whose mass reaches p; renormalise, then accumulate the kept probabilities in increasing id order and pick the first id whose cumulative probability exceeds u[step]. Return the generated tokens (without start_id).',
  ),
  params: [
    { name: 'logits' },
    { name: 'start_id' },
    { name: 'eos_id' },
    { name: 'max_new_tokens' },
    { name: 'strategy' },
    { name: 'k', default: opt.none },
    { name: 'p', default: opt.none },
    { name: 'temperature', default: opt.num(1) },
    { name: 'u' },
  ],
  outputs: ['tokens'],
  tolerance: { tokens: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['text-generation', 'decoding', 'nlp'],
  solution: `
import numpy as np

def decode(logits, start_id, eos_id, max_new_tokens, strategy, u, k=None, p=None, temperature=1.0):
    logits = np.asarray(logits, dtype=np.float64)
    prev, tokens = start_id, []
    for step in range(max_new_tokens):
        row = logits[prev]
        if strategy == "greedy":
            nxt = int(np.argmax(row))                        # argmax returns the first maximum
        else:
            z = row / temperature
            probs = np.exp(z - z.max())
            probs /= probs.sum()
            ranked = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
            if strategy == "top_k":
                kept = ranked[:k]
            else:
                kept, mass = [], 0.0
                for i in ranked:
                    kept.append(i)
                    mass += probs[i]
                    if mass >= p:
                        break
            kept = sorted(kept)
            q = probs[kept] / probs[kept].sum()
            cdf = np.cumsum(q)
            nxt = kept[min(int(np.searchsorted(cdf, u[step], side="right")), len(kept) - 1)]
        tokens.append(nxt)
        if nxt == eos_id:
            break
        prev = nxt
    return {"tokens": tokens}`,
  explanation: bi(
    '贪心解码确定但容易重复；温度控制分布的尖锐程度；top-k 只在最可能的 k 个词中采样，top-p（核采样）按累计概率自适应地决定候选数。把随机数 u 作为输入、用逆 CDF 采样，使采样过程可复现、可判题。',
    'Greedy decoding is deterministic but prone to repetition; temperature sharpens or flattens the distribution; top-k samples among the k likeliest tokens and top-p (nucleus) sampling adapts the candidate count to the cumulative probability. Taking the uniforms u as input and sampling by inverse CDF makes sampling reproducible and judgeable.',
  ),
  generate: makeGenerator({
    samples: [example('generate.decode'), fixedDraw(drawDecode)],
    edge: {
      'greedy-tie-to-smaller-id': { logits: [[1, 1, 0], [0, 0, 5], [0, 0, 0]], start_id: 0, eos_id: 2, max_new_tokens: 5, strategy: 'greedy', u: [0, 0, 0, 0, 0] },
      'top-k-one-is-greedy': { logits: [[0, 3, 1], [2, 0, 1], [1, 1, 1]], start_id: 0, eos_id: 2, max_new_tokens: 3, strategy: 'top_k', k: 1, u: [0.99, 0.99, 0.99] },
      'eos-at-start': { logits: [[0, 9], [9, 0]], start_id: 0, eos_id: 1, max_new_tokens: 4, strategy: 'greedy', u: [0.5, 0.5, 0.5, 0.5] },
      'top-p-low-temperature': { logits: [[1, 2, 3], [3, 2, 1], [1, 3, 2]], start_id: 0, eos_id: 0, max_new_tokens: 4, strategy: 'top_p', p: 0.9, temperature: 0.5, u: [0.1, 0.6, 0.95, 0.3] },
    },
    draw: drawDecode,
  }),
});

function drawTables(rng: Prng, size: Size): Input & { users: number; items: number } {
  const [users, items, d] = bySize(size, [3, 5, 2], [20, 50, 8], [200, 1000, 16]);
  return {
    users,
    items,
    user_table: rng.normalTensor([users, d]),
    item_table: rng.normalTensor([items, d]),
    w: rng.normalTensor([2 * d, 1], 0.5),
    b: [rng.normal(0, 0.1)],
  };
}

function drawScore(rng: Prng, size: Size): Input {
  const { users, items, ...tables } = drawTables(rng, size);
  const n = bySize(size, 4, 50, 2000);
  return { ...tables, user_ids: rng.intTensor([n], 0, users - 1), item_ids: rng.intTensor([n], 0, items - 1) };
}

const recsysScore = defineCoding({
  algorithmId: 'recsys.score',
  seeds: ['004#§26'],
  title: bi('嵌入推荐模型的打分', 'Scoring with an embedding recommender'),
  statement: bi(
    '复现种子中 RecommenderModel.forward：对每对 (user_ids[i], item_ids[i])，查出用户嵌入 user_table[u]（[d]）和物品嵌入 item_table[i]（[d]），拼接为 [2d]，再经线性层 w [2d][1]、b [1] 得到分数。返回 scores [n]。',
    "Reproduce the seed's RecommenderModel.forward: for each pair (user_ids[i], item_ids[i]) look up the user embedding user_table[u] ([d]) and item embedding item_table[i] ([d]), concatenate them to [2d] and apply the linear layer w [2d][1], b [1] to get a score. Return scores [n].",
  ),
  params: [{ name: 'user_table' }, { name: 'item_table' }, { name: 'w' }, { name: 'b' }, { name: 'user_ids' }, { name: 'item_ids' }],
  outputs: ['scores'],
  difficulty: 'EASY',
  tags: ['recommender-systems', 'embedding'],
  solution: `
import numpy as np

def score(user_table, item_table, w, b, user_ids, item_ids):
    u = np.asarray(user_table)[np.asarray(user_ids)]
    i = np.asarray(item_table)[np.asarray(item_ids)]
    x = np.concatenate([u, i], axis=1)            # [n][2d]
    return {"scores": (x @ np.asarray(w) + b)[:, 0]}`,
  explanation: bi(
    '用户和物品各有一张嵌入表，拼接后的线性层等价于 w_u·u + w_i·i + b，即用户分与物品分之和，不含交互项；点积模型（u·i）或 MLP 才能表达用户与物品的交互。',
    'Users and items each have an embedding table; a linear layer on the concatenation equals w_u·u + w_i·i + b, a user score plus an item score with no interaction term; a dot product (u·i) or an MLP is needed to model user-item interaction.',
  ),
  generate: makeGenerator({
    samples: [example('recsys.score'), fixedDraw(drawScore)],
    edge: {
      'repeated-pairs': { user_table: [[1, 2]], item_table: [[3, 4]], w: [[1], [1], [1], [1]], b: [0], user_ids: [0, 0], item_ids: [0, 0] },
    },
    draw: drawScore,
  }),
});

function drawTopK(rng: Prng, size: Size): Input {
  const { users, items, ...tables } = drawTables(rng, size);
  const exclude = rng.shuffle(Array.from({ length: items }, (_, i) => i)).slice(0, rng.int(0, Math.floor(items / 3)));
  return { ...tables, user_id: rng.int(0, users - 1), k: rng.int(1, Math.min(10, items - exclude.length)), exclude };
}

const recsysTopK = defineCoding({
  algorithmId: 'recsys.top_k',
  seeds: ['004#§26'],
  title: bi('为用户推荐 Top-k 物品', 'Recommend the top-k items for a user'),
  statement: bi(
    '使用与打分题相同的模型（拼接用户与物品嵌入后接线性层），为 user_id 对所有物品打分，排除 exclude 中的物品（如已购买），返回分数最高的 k 个物品 items（分数降序，平局取较小 id）及其 scores。',
    'With the model of the scoring question (user and item embeddings concatenated, then a linear layer), score every item for user_id, leave out the items in exclude (e.g. already bought), and return the k best, items (by decreasing score, smaller id on ties), with their scores.',
  ),
  params: [
    { name: 'user_table' },
    { name: 'item_table' },
    { name: 'w' },
    { name: 'b' },
    { name: 'user_id' },
    { name: 'k' },
    { name: 'exclude', default: { py: '()', js: '[]' } },
  ],
  outputs: ['items', 'scores'],
  tolerance: { items: 'exact' },
  difficulty: 'EASY',
  tags: ['recommender-systems', 'embedding'],
  related: ['code-recsys-score'],
  solution: `
import numpy as np

def top_k(user_table, item_table, w, b, user_id, k, exclude=()):
    items = np.asarray(item_table, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)[:, 0]
    d = items.shape[1]
    user_part = np.asarray(user_table[user_id]) @ w[:d]
    scores = user_part + items @ w[d:] + b[0]
    banned = set(int(e) for e in exclude)
    candidates = [i for i in range(len(items)) if i not in banned]
    best = sorted(candidates, key=lambda i: (-scores[i], i))[:k]
    return {"items": best, "scores": scores[best]}`,
  explanation: bi(
    '用户部分对所有物品相同，可以只算一次；物品部分是一次矩阵乘法。排序时用 (−分数, id) 作为键，得到确定的平局顺序；大规模时改用堆（O(n log k)）或近似最近邻检索。',
    'The user part is the same for every item, so compute it once; the item part is one matrix product. Sorting by (−score, id) gives a deterministic tie order; at scale use a heap (O(n log k)) or approximate nearest-neighbour search.',
  ),
  generate: makeGenerator({
    samples: [example('recsys.top_k'), fixedDraw(drawTopK)],
    edge: {
      'tied-scores': { user_table: [[0]], item_table: [[1], [1], [1]], w: [[1], [1]], b: [0], user_id: 0, k: 2, exclude: [] },
      'k-equals-remaining': { user_table: [[1]], item_table: [[1], [2], [3]], w: [[1], [1]], b: [0], user_id: 0, k: 2, exclude: [2] },
    },
    draw: drawTopK,
  }),
});

export const applicationQuestions: CodingQuestion[] = [shapley, linearShap, decode, recsysScore, recsysTopK];
