// The observer's parameters and PyTorch's rounding order (values checked with torch 1.13).
import { runAlgorithm } from '../../run';
import { quantParams } from './quantize';

test('affine parameters stretch [min(x,0), max(x,0)] over the integer range', () => {
  // torch: MinMaxObserver(quint8) on [-1, 3] gives scale 4/255 (float32), zero point 64.
  const { scale, zeroPoint } = quantParams(-1, 3, 'quint8', 'affine');
  expect(scale).toBe(Math.fround(4 / 255));
  expect(zeroPoint).toBe(64);
  // Only positive values: the range still starts at 0, so the zero point is quant_min.
  expect(quantParams(0.5, 2, 'qint8', 'affine').zeroPoint).toBe(-128);
});

test('symmetric parameters use max|x| / 127.5 and a fixed zero point', () => {
  expect(quantParams(-3, 1, 'qint8', 'symmetric')).toEqual({ scale: Math.fround(3 / 127.5), zeroPoint: 0 });
  expect(quantParams(-3, 1, 'quint8', 'symmetric').zeroPoint).toBe(128);
  expect(quantParams(0, 0, 'qint8', 'symmetric').scale).toBe(2 ** -23); // never below float32 eps
});

test('halves round to even before the zero point is added', async () => {
  // scale 0.5, zero point -126: 0.25/0.5 = 0.5 → 0 and 0.75/0.5 = 1.5 → 2.
  const result = await runAlgorithm('compress.quantize', { x: [0.25, 0.75, -1, 126.5] });
  if ('error' in result) throw new Error(result.error.message);
  expect(result.output).toMatchObject({ scale: 0.5, zero_point: -126, q: [-126, -124, -128, 127] });
});
