// augment.flip: "horizontal" mirrors left-right (numpy fliplr, axis 1), "vertical" mirrors
// top-bottom (flipud, axis 0).
import { fields, type Algorithm } from '../../core';
import { imageToNested, readImage, remapPixels, type Image } from './image';

export interface FlipInput {
  image: Image;
  axis: 'horizontal' | 'vertical';
}

export const flip: Algorithm<FlipInput> = {
  id: 'augment.flip',
  title: 'Mirror an image',
  seeds: ['004#§15'],

  validate(input) {
    const f = fields(input, { required: ['image'], optional: ['axis'] });
    return { image: readImage(f, 'image'), axis: f.oneOf('axis', ['horizontal', 'vertical'], 'horizontal') };
  },

  async run({ image, axis }) {
    const { h, w } = image;
    const source = axis === 'horizontal' ? (y: number, x: number) => y * w + (w - 1 - x) : (y: number, x: number) => (h - 1 - y) * w + x;
    return { image: imageToNested(remapPixels(image, h, w, source)) };
  },
};
