// attention.multi_head: the seed's MultiHeadAttention. Dense layers use the contract's
// convention y = x·W + b with W [in][out]:
//   Q = query·wq + bq (same for K, V); split d into num_heads heads of d/num_heads;
//   scaled dot-product attention per head; concat heads; output = concat·wo + bo.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, invalid, matchShape, type Fields, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';
import { allowedMask, attend, checkBinaryMask } from './attend';

/** The four projections' weights ([d][d]) and biases ([d]). */
export interface Projections {
  wq: NdArray;
  bq: NdArray;
  wk: NdArray;
  bk: NdArray;
  wv: NdArray;
  bv: NdArray;
  wo: NdArray;
  bo: NdArray;
}

export const PROJECTION_FIELDS = ['wq', 'bq', 'wk', 'bk', 'wv', 'bv', 'wo', 'bo'] as const;

/** Reads wq..bo from `f`, all sized by dims' `d`. */
export function readProjections(f: Fields, dims: Dims): Projections {
  const out = {} as Record<(typeof PROJECTION_FIELDS)[number], NdArray>;
  for (const key of PROJECTION_FIELDS) out[key] = f.tensor(key, { shape: key.startsWith('w') ? ['d', 'd'] : ['d'], dims });
  return out;
}

/** Reads num_heads and checks that it divides d. */
export function readNumHeads(f: Fields, d: number): number {
  const heads = f.integer('num_heads', { min: 1 });
  if (d % heads !== 0) invalid(`num_heads: d=${d} is not divisible by num_heads=${heads}`);
  return heads;
}

/** Reads an optional mask, [tq][tk] or [b][tq][tk], of 0/1 (1 = may attend). */
export function readAttentionMask(f: Fields, dims: Dims): NdArray | undefined {
  if (!f.has('mask')) return undefined;
  const mask = f.tensor('mask');
  matchShape(f.name('mask'), mask.shape, mask.shape.length === 3 ? ['b', 'tq', 'tk'] : ['tq', 'tk'], dims);
  checkBinaryMask(f.name('mask'), mask);
  return mask;
}

function dense(x: tf.Tensor, w: NdArray, b: NdArray): tf.Tensor {
  const [batch, t, d] = x.shape;
  const flat = tf.matMul(tf.reshape(x, [batch * t, d]) as tf.Tensor2D, toTf(w) as tf.Tensor2D);
  return tf.reshape(tf.add(flat, toTf(b)), [batch, t, w.shape[1]]);
}

/** [b][t][d] -> [b][heads][t][d/heads] */
function splitHeads(x: tf.Tensor, heads: number): tf.Tensor {
  const [b, t, d] = x.shape;
  return tf.transpose(tf.reshape(x, [b, t, heads, d / heads]), [0, 2, 1, 3]);
}

/** Multi-head attention on tfjs tensors [b][t][d]; `mask` [tq][tk] or [b][tq][tk]. */
export function multiHeadAttention(
  query: tf.Tensor,
  key: tf.Tensor,
  value: tf.Tensor,
  p: Projections,
  heads: number,
  mask: NdArray | undefined,
  causal: boolean,
): { output: tf.Tensor; weights: tf.Tensor } {
  const [b, tq, d] = query.shape as [number, number, number];
  const tk = key.shape[1] as number;
  const q = splitHeads(dense(query, p.wq, p.bq), heads);
  const k = splitHeads(dense(key, p.wk, p.bk), heads);
  const v = splitHeads(dense(value, p.wv, p.bv), heads);
  let allowed = allowedMask(mask, causal, tq, tk);
  // A per-batch mask [b][tq][tk] broadcasts over heads as [b][1][tq][tk].
  if (allowed && allowed.rank === 3) allowed = tf.expandDims(allowed, 1);
  const { output, weights } = attend(q, k, v, allowed);
  const concat = tf.reshape(tf.transpose(output, [0, 2, 1, 3]), [b, tq, d]);
  return { output: dense(concat, p.wo, p.bo), weights };
}

interface Input {
  query: NdArray;
  key: NdArray;
  value: NdArray;
  heads: number;
  projections: Projections;
  mask?: NdArray;
  causal: boolean;
}

export const multiHead: Algorithm<Input> = {
  id: 'attention.multi_head',
  title: 'Multi-head attention',
  seeds: ['004#§9', '003#§6'],
  validate(input) {
    const f = fields(input, {
      required: ['query', 'key', 'value', 'num_heads', ...PROJECTION_FIELDS],
      optional: ['mask', 'causal'],
    });
    const dims = new Dims();
    const query = f.tensor('query', { shape: ['b', 'tq', 'd'], dims });
    const key = f.tensor('key', { shape: ['b', 'tk', 'd'], dims });
    const value = f.tensor('value', { shape: ['b', 'tk', 'd'], dims });
    const d = dims.get('d')!;
    if (d === 0) invalid('query: the model dimension d must not be empty');
    const heads = readNumHeads(f, d);
    const projections = readProjections(f, dims);
    const mask = readAttentionMask(f, dims);
    checkElementCount('weights', dims.get('b')! * heads * dims.get('tq')! * dims.get('tk')!);
    return { query, key, value, heads, projections, mask, causal: f.boolean('causal', false) };
  },
  async run(input) {
    return computeOutputs(() =>
      multiHeadAttention(toTf(input.query), toTf(input.key), toTf(input.value), input.projections, input.heads, input.mask, input.causal),
    );
  },
};
