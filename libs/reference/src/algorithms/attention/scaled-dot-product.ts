// attention.scaled_dot_product: softmax(q·kᵀ/√d)·v with optional leading batch axes, an
// optional [tq][tk] mask (1 = may attend) and a causal flag.
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, invalid, sizeOf, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';
import { allowedMask, attend, checkBinaryMask } from './attend';

interface Input {
  q: NdArray;
  k: NdArray;
  v: NdArray;
  mask?: NdArray;
  causal: boolean;
}

export const scaledDotProduct: Algorithm<Input> = {
  id: 'attention.scaled_dot_product',
  title: 'Scaled dot-product attention',
  seeds: ['003#§4'],
  validate(input) {
    const f = fields(input, { required: ['q', 'k', 'v'], optional: ['mask', 'causal'] });
    const dims = new Dims();
    const q = f.tensor('q', { shape: ['...', 'tq', 'd'], dims });
    const batch = q.shape.slice(0, -2);
    const k = f.tensor('k', { shape: [...batch, 'tk', 'd'], dims });
    const v = f.tensor('v', { shape: [...batch, 'tk', 'dv'], dims });
    const mask = f.optionalTensor('mask', { shape: ['tq', 'tk'], dims });
    if (mask) checkBinaryMask('mask', mask);
    const causal = f.boolean('causal', false);
    if (dims.get('d') === 0) invalid('q: the feature axis d must not be empty');
    const tq = dims.get('tq')!;
    const tk = dims.get('tk')!;
    checkElementCount('weights', sizeOf(batch) * tq * tk);
    checkElementCount('output', sizeOf(batch) * tq * dims.get('dv')!);
    return { q, k, v, mask, causal };
  },
  async run({ q, k, v, mask, causal }) {
    const tq = q.shape[q.shape.length - 2];
    const tk = k.shape[k.shape.length - 2];
    return computeOutputs(() => attend(toTf(q), toTf(k), toTf(v), allowedMask(mask, causal, tq, tk)));
  },
};
