// transformer.positional_encoding: sinusoidal encodings
//   pe[p][2i] = sin(p / 10000^(2i/d)),  pe[p][2i+1] = cos(p / 10000^(2i/d)).
// Computed in float64: in float32 the angle p·freq loses ~p·6e-8 absolute, already 3e-4 at
// p = 5000, which would break the contract's 1e-5 agreement for long sequences.
import type { Algorithm } from '../../core/algorithm';
import { toNested } from '../../core/ndarray';
import { checkElementCount, fields } from '../../core/validate';

interface Input {
  length: number;
  dModel: number;
}

export function positionalEncoding(length: number, dModel: number): Float64Array {
  const pe = new Float64Array(length * dModel);
  for (let p = 0; p < length; p++) {
    for (let j = 0; j < dModel; j++) {
      const pairStart = j - (j % 2); // 2i
      const angle = p / Math.pow(10000, pairStart / dModel);
      pe[p * dModel + j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return pe;
}

export const positionalEncodingAlgorithm: Algorithm<Input> = {
  id: 'transformer.positional_encoding',
  title: 'Sinusoidal positional encoding',
  seeds: ['003#§6', '003#§7', '003#§8', '003#§9'],
  validate(input) {
    const f = fields(input, { required: ['length', 'd_model'] });
    const length = f.integer('length', { min: 0 });
    const dModel = f.integer('d_model', { min: 1 });
    checkElementCount('pe', length * dModel);
    return { length, dModel };
  },
  async run({ length, dModel }) {
    return { pe: toNested(positionalEncoding(length, dModel), [length, dModel]) };
  },
};
