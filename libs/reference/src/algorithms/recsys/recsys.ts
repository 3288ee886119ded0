// recsys.score and recsys.top_k: the seed's RecommenderModel — embed the user and the item,
// concatenate, one linear layer: score = [user_emb, item_emb]·w + b. Float32 (tfjs).
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { toTf } from '../../core/ndarray';
import { Dims, fields, type Fields, type NdArray } from '../../core/validate';
import { withTensorScope } from '../common/scope';

export interface RecsysModel {
  userTable: NdArray;
  itemTable: NdArray;
  w: NdArray;
  b: NdArray;
}

const MODEL_FIELDS = ['user_table', 'item_table', 'w', 'b'] as const;

function readModel(f: Fields): RecsysModel {
  const dims = new Dims();
  const userTable = f.tensor('user_table', { shape: ['u', 'd'], dims });
  const itemTable = f.tensor('item_table', { shape: ['i', 'd'], dims });
  dims.set('2d', 2 * userTable.shape[1]);
  return { userTable, itemTable, w: f.tensor('w', { shape: ['2d', 1], dims }), b: f.tensor('b', { shape: [1] }) };
}

/** Scores of (user, item) pairs, float32. */
function scorePairs(m: RecsysModel, userIds: ArrayLike<number>, itemIds: ArrayLike<number>): Float32Array {
  return withTensorScope(() => {
    const users = tf.gather(toTf(m.userTable), tf.tensor1d(Array.from(userIds), 'int32'));
    const items = tf.gather(toTf(m.itemTable), tf.tensor1d(Array.from(itemIds), 'int32'));
    const z = tf.concat([users, items], 1).matMul(toTf(m.w)).add(toTf(m.b));
    return z.reshape([-1]).dataSync() as Float32Array;
  });
}

export interface ScoreInput extends RecsysModel {
  userIds: NdArray;
  itemIds: NdArray;
}

function validateScore(input: unknown): ScoreInput {
  const f = fields(input, { required: [...MODEL_FIELDS, 'user_ids', 'item_ids'] });
  const model = readModel(f);
  const dims = new Dims();
  const id = (key: string, table: NdArray) => f.tensor(key, { shape: ['n'], dims, integer: true, min: 0, below: table.shape[0] });
  return { ...model, userIds: id('user_ids', model.userTable), itemIds: id('item_ids', model.itemTable) };
}

async function runScore(c: ScoreInput): Promise<{ scores: number[] }> {
  await ensureBackend();
  if (c.userIds.data.length === 0) return { scores: [] };
  return { scores: Array.from(scorePairs(c, c.userIds.data, c.itemIds.data)) };
}

export const recsysScore: Algorithm<ScoreInput, { scores: number[] }> = {
  id: 'recsys.score',
  title: 'Recommender score: concatenated user and item embeddings, one linear layer',
  seeds: ['004#§26'],
  validate: validateScore,
  run: runScore,
};

export interface TopKInput extends RecsysModel {
  userId: number;
  k: number;
  exclude: Set<number>;
}

function validateTopK(input: unknown): TopKInput {
  const f = fields(input, { required: [...MODEL_FIELDS, 'user_id', 'k'], optional: ['exclude'] });
  const model = readModel(f);
  const exclude = f.has('exclude') ? f.tensor('exclude', { shape: ['*'], integer: true, min: 0, below: model.itemTable.shape[0] }).data : [];
  return {
    ...model,
    userId: f.integer('user_id', { min: 0, below: model.userTable.shape[0] }),
    k: f.integer('k', { min: 1 }),
    exclude: new Set(exclude),
  };
}

/** The k best items not excluded: score descending, then id ascending; fewer when fewer
 * candidates remain. */
async function runTopK(c: TopKInput): Promise<{ items: number[]; scores: number[] }> {
  await ensureBackend();
  const nItems = c.itemTable.shape[0];
  const all = Array.from({ length: nItems }, (_, i) => i);
  const scores = nItems ? scorePairs(c, new Array<number>(nItems).fill(c.userId), all) : new Float32Array(0);
  const items = all.filter((i) => !c.exclude.has(i)).sort((a, b) => scores[b] - scores[a] || a - b).slice(0, c.k);
  return { items, scores: items.map((i) => scores[i]) };
}

export const recsysTopK: Algorithm<TopKInput, { items: number[]; scores: number[] }> = {
  id: 'recsys.top_k',
  exactOutputs: ['items'],
  title: 'Recommender top-k: highest-scoring items for one user, excluding seen items',
  seeds: ['004#§26'],
  validate: validateTopK,
  run: runTopK,
};
