// compress.prune: PyTorch's magnitude pruning, torch.nn.utils.prune.l1_unstructured on each
// tensor (scope "layer") or global_unstructured with L1Unstructured over all tensors together
// (scope "global"). The entries with the smallest |w| (in float32) are removed.
//
// amount: JSON cannot tell PyTorch's int 1 from float 1.0, so an integer >= 1 is a count of
// entries (as PyTorch's int) and a number in [0, 1) is a fraction, giving round(amount · n)
// entries with Python's round (half to even: 2.5 → 2).
// Ties: PyTorch leaves the order among equal magnitudes to torch.topk, which is unspecified;
// here the earlier entry (lower flat index; earlier tensor for "global") is pruned first.
import { fields, invalid, MAX_ELEMENTS, parseTensor, toNested, type Algorithm, type NdArray } from '../../core';
import { roundHalfEven } from '../common/shared';

export interface PruneInput {
  tensors: NdArray[];
  amount: number;
  scope: 'layer' | 'global';
}

/** How many of `size` entries to remove (PyTorch's _compute_nparams_toprune). */
export function entriesToPrune(amount: number, size: number): number {
  return Number.isInteger(amount) ? amount : roundHalfEven(amount * size);
}

/** 0/1 mask keeping all but the `count` smallest magnitudes (ties: lower index first). Sorts
 * a copy of the magnitudes natively to find the cut, which is much faster than an index sort. */
export function magnitudeMask(values: Float32Array, count: number): Uint8Array {
  const mask = new Uint8Array(values.length).fill(1);
  if (count === 0) return mask;
  const magnitudes = values.map(Math.abs).sort();
  const cut = magnitudes[count - 1];
  let below = 0;
  for (const m of magnitudes) if (m < cut) below++;
  let tiedToPrune = count - below;
  values.forEach((v, i) => {
    const m = Math.abs(v);
    if (m < cut) mask[i] = 0;
    else if (m === cut && tiedToPrune > 0) {
      mask[i] = 0;
      tiedToPrune--;
    }
  });
  return mask;
}

export const prune: Algorithm<PruneInput> = {
  id: 'compress.prune',
  exactOutputs: ['masks'],
  title: 'L1 magnitude pruning (per layer or global)',
  seeds: ['004#§14', '004#§22'],

  validate(input) {
    const f = fields(input, { required: ['tensors', 'amount'], optional: ['scope'] });
    let total = 0;
    const tensors = f.list(
      'tensors',
      (t, name) => {
        const nd = parseTensor(t, name);
        total += nd.data.length;
        if (total > MAX_ELEMENTS) invalid(`tensors: more than ${MAX_ELEMENTS} entries in all`);
        return nd;
      },
      { minLength: 1 },
    );
    const amount = f.number('amount', { min: 0 });
    if (!Number.isInteger(amount) && amount >= 1) {
      invalid(`amount: expected a fraction in [0, 1) or a whole count of entries but got ${amount}`);
    }
    const scope = f.oneOf('scope', ['layer', 'global'], 'layer');
    if (Number.isInteger(amount)) {
      const sizes = scope === 'global' ? [total] : tensors.map((t) => t.data.length);
      const smallest = Math.min(...sizes);
      if (amount > smallest) invalid(`amount: cannot prune ${amount} entries from ${scope === 'global' ? 'all tensors' : 'a tensor'} of ${smallest} entries`);
    }
    return { tensors, amount, scope };
  },

  async run({ tensors, amount, scope }) {
    const values = tensors.map((t) => Float32Array.from(t.data));
    let masks: Uint8Array[];
    if (scope === 'layer') {
      masks = values.map((v) => magnitudeMask(v, entriesToPrune(amount, v.length)));
    } else {
      const all = new Float32Array(values.reduce((s, v) => s + v.length, 0));
      let at = 0;
      for (const v of values) {
        all.set(v, at);
        at += v.length;
      }
      const mask = magnitudeMask(all, entriesToPrune(amount, all.length));
      at = 0;
      masks = values.map((v) => mask.subarray(at, (at += v.length)));
    }
    return {
      masks: masks.map((m, i) => toNested(m, tensors[i].shape)),
      pruned: values.map((v, i) => toNested(v.map((x, k) => x * masks[i][k]), tensors[i].shape)),
    };
  },
};
