// transformer.encoder_layer: torch.nn.TransformerEncoderLayer (relu, no dropout, batch first).
//   post-norm (default): h = LN1(x + MHA(x));      y = LN2(h + FFN(h))
//   pre-norm (norm_first): h = x + MHA(LN1(x));    y = h + FFN(LN2(h))
// FFN(h) = relu(h·w1 + b1)·w2 + b2, dense weights [in][out] as everywhere in the contract.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, invalid, type NdArray } from '../../core/validate';
import { multiHeadAttention, PROJECTION_FIELDS, readAttentionMask, readNumHeads, readProjections, type Projections } from '../attention/multi-head';
import { layerNorm } from '../layers/layer-norm';
import { computeOutputs } from '../common/tensors';

interface Norm {
  gamma: NdArray;
  beta: NdArray;
}

interface Input {
  x: NdArray;
  heads: number;
  attention: Projections;
  norm1: Norm;
  norm2: Norm;
  ffn: { w1: NdArray; b1: NdArray; w2: NdArray; b2: NdArray };
  eps: number;
  normFirst: boolean;
  mask?: NdArray;
  causal: boolean;
}

export const encoderLayer: Algorithm<Input> = {
  id: 'transformer.encoder_layer',
  title: 'Transformer encoder layer (post-norm or pre-norm)',
  seeds: ['003#§6', '003#§7', '003#§8', '003#§9'],
  validate(input) {
    const f = fields(input, {
      required: ['x', 'num_heads', 'attention', 'norm1', 'ffn', 'norm2'],
      optional: ['eps', 'norm_first', 'mask', 'causal'],
    });
    const dims = new Dims();
    const x = f.tensor('x', { shape: ['b', 't', 'd'], dims });
    const d = dims.get('d')!;
    if (d === 0) invalid('x: the model dimension d must not be empty');
    dims.set('tq', dims.get('t')!);
    dims.set('tk', dims.get('t')!);
    const heads = readNumHeads(f, d);
    const attention = readProjections(f.object('attention', { required: PROJECTION_FIELDS }), dims);
    const readNorm = (key: string): Norm => {
      const nf = f.object(key, { required: ['gamma', 'beta'] });
      return { gamma: nf.tensor('gamma', { shape: ['d'], dims }), beta: nf.tensor('beta', { shape: ['d'], dims }) };
    };
    const norm1 = readNorm('norm1');
    const ff = f.object('ffn', { required: ['w1', 'b1', 'w2', 'b2'] });
    const ffn = {
      w1: ff.tensor('w1', { shape: ['d', 'f'], dims }),
      b1: ff.tensor('b1', { shape: ['f'], dims }),
      w2: ff.tensor('w2', { shape: ['f', 'd'], dims }),
      b2: ff.tensor('b2', { shape: ['d'], dims }),
    };
    const norm2 = readNorm('norm2');
    checkElementCount('attention weights', dims.get('b')! * heads * dims.get('t')! * dims.get('t')!);
    checkElementCount('ffn hidden layer', dims.get('b')! * dims.get('t')! * dims.get('f')!);
    return {
      x,
      heads,
      attention,
      norm1,
      norm2,
      ffn,
      eps: f.number('eps', { default: 1e-5, min: 0 }),
      normFirst: f.boolean('norm_first', false),
      mask: readAttentionMask(f, dims),
      causal: f.boolean('causal', false),
    };
  },
  async run(input) {
    const [b, t, d] = input.x.shape;
    return computeOutputs(() => {
      const norm = (h: tf.Tensor, n: Norm) => layerNorm(h, toTf(n.gamma), toTf(n.beta), input.eps);
      const selfAttention = (h: tf.Tensor) => multiHeadAttention(h, h, h, input.attention, input.heads, input.mask, input.causal).output;
      const feedForward = (h: tf.Tensor) => {
        const flat = tf.reshape(h, [b * t, d]) as tf.Tensor2D;
        const hidden = tf.relu(tf.add(tf.matMul(flat, toTf(input.ffn.w1) as tf.Tensor2D), toTf(input.ffn.b1))) as tf.Tensor2D;
        return tf.reshape(tf.add(tf.matMul(hidden, toTf(input.ffn.w2) as tf.Tensor2D), toTf(input.ffn.b2)), [b, t, d]);
      };
      const x = toTf(input.x);
      if (input.normFirst) {
        const h = tf.add(x, selfAttention(norm(x, input.norm1)));
        return { y: tf.add(h, feedForward(norm(h, input.norm2))) };
      }
      const h = norm(tf.add(x, selfAttention(x)), input.norm1);
      return { y: norm(tf.add(h, feedForward(h)), input.norm2) };
    });
  },
};
