// Recommendation: the seed's embedding recommender (scores and top-k).
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

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

export const recsysQuestions: CodingQuestion[] = [recsysScore, recsysTopK];
