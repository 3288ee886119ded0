// augment.rotate: OpenCV's getRotationMatrix2D + warpAffine(image, M, (w, h)) on a uint8 grey
// image, constant 0 border, nearest or bilinear interpolation.
//
// warpAffine does not interpolate at exact coordinates: it maps each output pixel back with
// the inverted matrix in 1/1024 fixed point (each term rounded separately), then
//  - nearest: floors the rounded coordinate;
//  - bilinear: keeps 5 fractional bits (1/32 pixel) and mixes the four neighbours with integer
//    weights, rounding half up.
// Reproducing those steps exactly (cvRound = round half to even on doubles) gives OpenCV's
// pixels, not merely close ones; only a cos/sin that differs from glibc's in the last bit
// could move a coordinate that sits on a 1/1024 boundary.
import { fields, invalid, type Algorithm } from '../../core';
import { readImage, imageToNested, type Image } from './image';
import { roundHalfEven } from '../common/shared';

export interface RotateInput {
  image: Image;
  angle: number;
  center: [number, number];
  scale: number;
  interpolation: 'nearest' | 'bilinear';
}

const AB_BITS = 10; // fixed-point bits of the mapped coordinates
const AB_SCALE = 1 << AB_BITS;
const INTER_BITS = 5; // fractional bits kept for bilinear weights
const INTER_TAB_SIZE = 1 << INTER_BITS;

/** getRotationMatrix2D(center, angle, scale): rotation counter-clockwise about `center`
 * (a float32 Point2f in OpenCV). */
export function rotationMatrix(center: [number, number], angleDeg: number, scale: number): number[][] {
  const cx = Math.fround(center[0]);
  const cy = Math.fround(center[1]);
  const angle = angleDeg * (Math.PI / 180); // OpenCV: angle *= CV_PI/180
  const alpha = Math.cos(angle) * scale;
  const beta = Math.sin(angle) * scale;
  return [
    [alpha, beta, (1 - alpha) * cx - beta * cy],
    [-beta, alpha, beta * cx + (1 - alpha) * cy],
  ];
}

/** warpAffine's inversion of the forward matrix (destination → source). */
function invertAffine(m: number[][]): number[] {
  const [[a, b, c], [d, e, f]] = m;
  let det = a * e - b * d;
  det = det !== 0 ? 1 / det : 0;
  const a11 = e * det;
  const a22 = a * det;
  const a12 = -b * det;
  const a21 = -d * det;
  const b1 = -a11 * c - a12 * f;
  const b2 = -a21 * c - a22 * f;
  return [a11, a12, b1, a21, a22, b2];
}

/** saturate_cast<int>(double): cvRound, clamped to int32. */
function toInt(x: number): number {
  return Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, roundHalfEven(x)));
}

export function warpAffine(image: Image, m: number[][], interpolation: 'nearest' | 'bilinear'): Float64Array {
  const { h, w, data } = image;
  const M = invertAffine(m);
  const out = new Float64Array(h * w);
  const pixel = (x: number, y: number) => (x >= 0 && x < w && y >= 0 && y < h ? data[y * w + x] : 0);
  const roundDelta = interpolation === 'nearest' ? AB_SCALE / 2 : AB_SCALE / INTER_TAB_SIZE / 2;
  const adelta = Array.from({ length: w }, (_, x) => toInt(M[0] * x * AB_SCALE));
  const bdelta = Array.from({ length: w }, (_, x) => toInt(M[3] * x * AB_SCALE));
  for (let y = 0; y < h; y++) {
    const X0 = toInt((M[1] * y + M[2]) * AB_SCALE) + roundDelta;
    const Y0 = toInt((M[4] * y + M[5]) * AB_SCALE) + roundDelta;
    for (let x = 0; x < w; x++) {
      if (interpolation === 'nearest') {
        out[y * w + x] = pixel((X0 + adelta[x]) >> AB_BITS, (Y0 + bdelta[x]) >> AB_BITS);
        continue;
      }
      const X = (X0 + adelta[x]) >> (AB_BITS - INTER_BITS);
      const Y = (Y0 + bdelta[x]) >> (AB_BITS - INTER_BITS);
      const sx = X >> INTER_BITS;
      const sy = Y >> INTER_BITS;
      const fx = X & (INTER_TAB_SIZE - 1);
      const fy = Y & (INTER_TAB_SIZE - 1);
      // OpenCV's weights are (32-fx)(32-fy)·32 etc. out of 2^15; dividing through by 32 gives
      // weights out of 1024 and the same rounding: (sum + 512) >> 10.
      const sum =
        (INTER_TAB_SIZE - fx) * (INTER_TAB_SIZE - fy) * pixel(sx, sy) +
        fx * (INTER_TAB_SIZE - fy) * pixel(sx + 1, sy) +
        (INTER_TAB_SIZE - fx) * fy * pixel(sx, sy + 1) +
        fx * fy * pixel(sx + 1, sy + 1);
      out[y * w + x] = (sum + 512) >> 10;
    }
  }
  return out;
}

export const rotate: Algorithm<RotateInput> = {
  id: 'augment.rotate',
  title: 'Rotate an image (OpenCV warpAffine)',
  seeds: ['004#§15', '004#§30'],

  validate(input) {
    const f = fields(input, { required: ['image', 'angle'], optional: ['center', 'scale', 'interpolation'] });
    const image = readImage(f, 'image', { integer: true, min: 0, max: 255 });
    if (!image.grey) invalid(`image: expected a grey image of shape [h, w] but got [${image.h}, ${image.w}, ${image.c}]`);
    const angle = f.number('angle');
    const center = f.has('center') ? f.tensor('center', { shape: [2] }).data : [image.w / 2, image.h / 2];
    const scale = f.number('scale', { default: 1 });
    const interpolation = f.oneOf('interpolation', ['nearest', 'bilinear'], 'nearest');
    if (image.h >= 32768 || image.w >= 32768) invalid('image: OpenCV remaps with 16-bit coordinates; sides must be below 32768');
    return { image, angle, center: [center[0], center[1]], scale, interpolation };
  },

  async run({ image, angle, center, scale, interpolation }) {
    const matrix = rotationMatrix(center, angle, scale);
    const rotated = warpAffine(image, matrix, interpolation);
    return { matrix, image: imageToNested({ ...image, data: rotated }) };
  },
};
