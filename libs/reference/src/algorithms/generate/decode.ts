// generate.decode: autoregressive decoding with a bigram "model" — logits[prev][next] are the
// next-token logits given the previous token. Randomness comes from the caller's uniforms `u`
// (one per step), so sampling is reproducible:
// - greedy: argmax of the row, ties to the smallest id (temperature and u unused);
// - top_k / top_p: p = softmax(row / temperature) in float64; rank ids by decreasing p (ties:
//   smaller id first); top_k keeps the first k, top_p the shortest prefix whose mass reaches p;
//   renormalise the kept ids and pick by inverse CDF over them in increasing id order — the
//   first id whose cumulative probability exceeds u[step].
// `tokens` are the new ids (start_id not included); decoding stops after emitting eos_id.
import type { Algorithm } from '../../core/algorithm';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';

export type Strategy = 'greedy' | 'top_k' | 'top_p';

export interface DecodeInput {
  logits: NdArray;
  startId: number;
  eosId: number;
  maxNewTokens: number;
  strategy: Strategy;
  k: number;
  p: number;
  temperature: number;
  u: Float64Array;
}

function validate(input: unknown): DecodeInput {
  const f = fields(input, {
    required: ['logits', 'start_id', 'eos_id', 'max_new_tokens', 'strategy'],
    optional: ['k', 'p', 'temperature', 'u'],
  });
  const logits = f.tensor('logits', { shape: ['v', 'v'], dims: new Dims() });
  const v = logits.shape[0];
  if (v === 0) invalid('logits: expected a non-empty [v][v] table');
  const strategy = f.oneOf<Strategy>('strategy', ['greedy', 'top_k', 'top_p']);
  const maxNewTokens = f.integer('max_new_tokens', { min: 0 });
  const sampling = strategy !== 'greedy';
  if (strategy === 'top_k' && !f.has('k')) invalid('k: required when strategy is "top_k"');
  if (strategy === 'top_p' && !f.has('p')) invalid('p: required when strategy is "top_p"');
  if (sampling && !f.has('u')) invalid(`u: required when strategy is "${strategy}" (one uniform draw per step)`);
  const u = f.has('u') ? f.tensor('u', { shape: [maxNewTokens], min: 0, below: 1 }).data : new Float64Array(0);
  return {
    logits,
    startId: f.integer('start_id', { min: 0, below: v }),
    eosId: f.integer('eos_id', { min: 0, below: v }),
    maxNewTokens,
    strategy,
    k: f.integer('k', { default: v, min: 1, max: v }),
    p: f.number('p', { default: 1, above: 0, max: 1 }),
    temperature: f.number('temperature', { default: 1, above: 0 }),
    u,
  };
}

/** Stable softmax of row / temperature, in float64. */
function softmax(row: ArrayLike<number>, temperature: number): number[] {
  const z = Array.from(row, (x) => x / temperature);
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The ids kept by top-k or top-p, in increasing id order. */
function keptIds(probs: number[], c: DecodeInput): number[] {
  const order = probs.map((_, id) => id).sort((a, b) => probs[b] - probs[a] || a - b);
  let keep: number[];
  if (c.strategy === 'top_k') {
    keep = order.slice(0, c.k);
  } else {
    keep = [];
    let mass = 0;
    for (const id of order) {
      keep.push(id);
      mass += probs[id];
      if (mass >= c.p) break;
    }
  }
  return keep.sort((a, b) => a - b);
}

/** Inverse CDF over the kept ids: the first whose cumulative renormalised probability exceeds u
 * (the last one if rounding leaves the total just below u). */
function pick(probs: number[], kept: number[], u: number): number {
  const mass = kept.reduce((s, id) => s + probs[id], 0);
  let cum = 0;
  for (const id of kept) {
    cum += probs[id] / mass;
    if (u < cum) return id;
  }
  return kept[kept.length - 1];
}

export function decode(c: DecodeInput): number[] {
  const v = c.logits.shape[0];
  const tokens: number[] = [];
  let prev = c.startId;
  for (let step = 0; step < c.maxNewTokens; step++) {
    const row = c.logits.data.subarray(prev * v, (prev + 1) * v);
    let next: number;
    if (c.strategy === 'greedy') {
      next = 0;
      for (let id = 1; id < v; id++) if (row[id] > row[next]) next = id;
    } else {
      const probs = softmax(row, c.temperature);
      next = pick(probs, keptIds(probs, c), c.u[step]);
    }
    tokens.push(next);
    prev = next;
    if (next === c.eosId) break;
  }
  return tokens;
}

export const generateDecode: Algorithm<DecodeInput, { tokens: number[] }> = {
  id: 'generate.decode',
  exactOutputs: ['tokens'],
  title: 'Decoding: greedy, top-k and top-p (nucleus) sampling with temperature',
  seeds: ['004#§20'],
  validate,
  run: async (c) => ({ tokens: decode(c) }),
};
