// augment.rot90: numpy.rot90(image, k, axes=(0, 1)): k quarter turns counter-clockwise
// (negative k turns clockwise; k is taken modulo 4).
import { fields, type Algorithm } from '../../core';
import { imageToNested, readImage, remapPixels, type Image } from './image';

export interface Rot90Input {
  image: Image;
  k: number;
}

export const rot90: Algorithm<Rot90Input> = {
  id: 'augment.rot90',
  title: 'Rotate an image by quarter turns',
  seeds: ['003#§17'],

  validate(input) {
    const f = fields(input, { required: ['image', 'k'] });
    return { image: readImage(f, 'image'), k: f.integer('k') };
  },

  async run({ image, k }) {
    const { h, w } = image;
    const turns = ((k % 4) + 4) % 4;
    // Output pixel (y, x) reads input pixel (row, col):
    const rotated =
      turns === 0 ? remapPixels(image, h, w, (y, x) => y * w + x)
      : turns === 1 ? remapPixels(image, w, h, (y, x) => x * w + (w - 1 - y))
      : turns === 2 ? remapPixels(image, h, w, (y, x) => (h - 1 - y) * w + (w - 1 - x))
      : remapPixels(image, w, h, (y, x) => (h - 1 - x) * w + y);
    return { image: imageToNested(rotated) };
  },
};
