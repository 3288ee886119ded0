// warpAffine's fixed-point mapping, checked against exact geometric facts (the golden fixtures
// compare with OpenCV itself).
import { runAlgorithm } from '../../run';
import { rotationMatrix } from './rotate';

async function rotate(input: unknown) {
  const result = await runAlgorithm('augment.rotate', input);
  if ('error' in result) throw new Error(result.error.message);
  return result.output as { matrix: number[][]; image: number[][] };
}

const image = [
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
];

test('getRotationMatrix2D rotates counter-clockwise about the centre', () => {
  const [[a, b, tx], [c, d, ty]] = rotationMatrix([2, 1.5], 90, 1);
  expect([a, b, c, d].map((v) => Math.round(v))).toEqual([0, 1, -1, 0]);
  expect(tx).toBeCloseTo(0.5, 12);
  expect(ty).toBeCloseTo(3.5, 12);
});

test('angle 0 is the identity for both interpolations', async () => {
  expect((await rotate({ image, angle: 0 })).image).toEqual(image);
  expect((await rotate({ image, angle: 0, interpolation: 'bilinear' })).image).toEqual(image);
});

test('180 degrees about the middle of the pixel grid is a half turn of the array', async () => {
  const halfTurn = image.map((row) => [...row].reverse()).reverse();
  for (const interpolation of ['nearest', 'bilinear']) {
    expect((await rotate({ image, angle: 180, center: [1.5, 1], interpolation })).image).toEqual(halfTurn);
  }
});

test('the default centre (w/2, h/2) is half a pixel off the grid middle: a border appears', async () => {
  const out = (await rotate({ image, angle: 180 })).image;
  expect(out[0]).toEqual([0, 0, 0, 0]); // source row 3 is outside
  expect(out.map((row) => row[0])).toEqual([0, 0, 0]);
  expect(out[1].slice(1)).toEqual([120, 110, 100]); // output (x, 1) reads source (4 - x, 2)
});

test('bilinear halfway between two pixels rounds their mean half up', async () => {
  // A half turn about (0.75, 0) maps output x to source x = 1.5 - x: halfway between a pixel
  // and its neighbour. Output 0 mixes 255 with the 0 border, output 1 mixes 0 and 255.
  const out = (await rotate({ image: [[0, 255]], angle: 180, center: [0.75, 0], interpolation: 'bilinear' })).image;
  expect(out).toEqual([[128, 128]]);
});
