// compress.quantize: PyTorch's MinMaxObserver (per tensor, reduce_range=False) followed by
// quantize_per_tensor and dequantize.
//
// PyTorch computes all of this in float32 and the integer results hinge on single roundings
// (e.g. x * (1/scale) landing on 127.5 or just below), so this is plain TypeScript with every
// float32 operation spelled out through Math.fround, in PyTorch's order.
import { fields, invalid, toNested, type Algorithm, type NdArray } from '../../core';
import { roundHalfEven } from '../common/shared';

type QDtype = 'qint8' | 'quint8';
type Scheme = 'affine' | 'symmetric';

export interface QuantizeInput {
  x: NdArray;
  dtype: QDtype;
  scheme: Scheme;
}

const f32 = Math.fround;
const RANGE: Record<QDtype, [number, number]> = { qint8: [-128, 127], quint8: [0, 255] };
/** torch.finfo(torch.float32).eps: the observer's smallest scale. */
const FLOAT32_EPS = 2 ** -23;

/** The observer's (scale, zero_point) for values in [min, max]. */
export function quantParams(min: number, max: number, dtype: QDtype, scheme: Scheme): { scale: number; zeroPoint: number } {
  const [qmin, qmax] = RANGE[dtype];
  const minNeg = Math.min(min, 0);
  const maxPos = Math.max(max, 0);
  if (scheme === 'symmetric') {
    const scale = Math.max(f32(Math.max(-minNeg, maxPos) / ((qmax - qmin) / 2)), FLOAT32_EPS);
    return { scale, zeroPoint: dtype === 'quint8' ? 128 : 0 };
  }
  const scale = Math.max(f32(f32(maxPos - minNeg) / (qmax - qmin)), FLOAT32_EPS);
  const zeroPoint = qmin - roundHalfEven(f32(minNeg / scale));
  return { scale, zeroPoint: Math.min(qmax, Math.max(qmin, zeroPoint)) };
}

export const quantize: Algorithm<QuantizeInput> = {
  id: 'compress.quantize',
  exactOutputs: ['q', 'zero_point'],
  title: 'Per-tensor int8 quantisation (MinMaxObserver)',
  seeds: ['002#§2', '004#§10', '004#§13', '004#§14', '004#§28'],

  validate(input) {
    const f = fields(input, { required: ['x'], optional: ['dtype', 'scheme'] });
    const x = f.tensor('x');
    if (x.data.length === 0) invalid(`x: expected at least one value but got shape [${x.shape.join(', ')}]`);
    return { x, dtype: f.oneOf('dtype', ['qint8', 'quint8'], 'qint8'), scheme: f.oneOf('scheme', ['affine', 'symmetric'], 'affine') };
  },

  async run({ x, dtype, scheme }) {
    const values = Float32Array.from(x.data);
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    const { scale, zeroPoint } = quantParams(min, max, dtype, scheme);
    const [qmin, qmax] = RANGE[dtype];
    // quantize_per_tensor multiplies by the float32 inverse scale, rounds half to even, then
    // adds the zero point and clamps.
    const inverse = f32(1 / scale);
    const q = new Float64Array(values.length);
    const dequantized = new Float32Array(values.length);
    let maxAbsError = 0;
    values.forEach((v, i) => {
      q[i] = Math.min(qmax, Math.max(qmin, zeroPoint + roundHalfEven(f32(v * inverse))));
      dequantized[i] = (q[i] - zeroPoint) * scale;
      maxAbsError = Math.max(maxAbsError, Math.abs(f32(v - dequantized[i])));
    });
    return {
      q: toNested(q, x.shape),
      scale,
      zero_point: zeroPoint,
      dequantized: toNested(dequantized, x.shape),
      max_abs_error: maxAbsError,
    };
  },
};
