// Images as the vision algorithms see them: [h][w] (grey) or [h][w][c], row-major.
import { invalid, toNested, type Fields, type TensorOptions } from '../../core';

export interface Image {
  h: number;
  w: number;
  /** Channels; 1 for a grey [h][w] image. */
  c: number;
  /** Whether the image came as [h][w] (and goes back that way). */
  grey: boolean;
  data: Float64Array;
}

/** Reads an [h][w] or [h][w][c] image field with no empty axis. */
export function readImage(f: Fields, key: string, o: TensorOptions = {}): Image {
  const nd = f.tensor(key, o);
  const name = f.name(key);
  if (nd.shape.length !== 2 && nd.shape.length !== 3) {
    invalid(`${name}: expected an image of shape [h, w] or [h, w, c] but got [${nd.shape.join(', ')}]`);
  }
  if (nd.shape.some((d) => d === 0)) invalid(`${name}: expected a non-empty image but got shape [${nd.shape.join(', ')}]`);
  const [h, w, c = 1] = nd.shape;
  return { h, w, c, grey: nd.shape.length === 2, data: nd.data };
}

/** Builds an [h][w](or [h][w][c]) image by asking `source` for the flat input index of each
 * output pixel (row y, column x). */
export function remapPixels(image: Image, h: number, w: number, source: (y: number, x: number) => number): Image {
  const { c } = image;
  const data = new Float64Array(h * w * c);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = source(y, x) * c;
      for (let k = 0; k < c; k++) data[(y * w + x) * c + k] = image.data[from + k];
    }
  }
  return { h, w, c, grey: image.grey, data };
}

export function imageToNested(image: Image): unknown {
  return toNested(image.data, image.grey ? [image.h, image.w] : [image.h, image.w, image.c]);
}
