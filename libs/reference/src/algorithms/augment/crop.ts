// augment.crop: image[top:top+height, left:left+width] (numpy slicing); the window must lie
// inside the image.
import { fields, invalid, type Algorithm } from '../../core';
import { imageToNested, readImage, remapPixels, type Image } from './image';

export interface CropInput {
  image: Image;
  top: number;
  left: number;
  height: number;
  width: number;
}

export const crop: Algorithm<CropInput> = {
  id: 'augment.crop',
  title: 'Crop a window of an image',
  seeds: ['003#§17', '004#§15', '004#§30'],

  validate(input) {
    const f = fields(input, { required: ['image', 'top', 'left', 'height', 'width'] });
    const image = readImage(f, 'image');
    const top = f.integer('top', { min: 0 });
    const left = f.integer('left', { min: 0 });
    const height = f.integer('height', { min: 1 });
    const width = f.integer('width', { min: 1 });
    if (top + height > image.h) invalid(`top, height: rows ${top}..${top + height - 1} fall outside the image's ${image.h} rows`);
    if (left + width > image.w) invalid(`left, width: columns ${left}..${left + width - 1} fall outside the image's ${image.w} columns`);
    return { image, top, left, height, width };
  },

  async run({ image, top, left, height, width }) {
    return { image: imageToNested(remapPixels(image, height, width, (y, x) => (top + y) * image.w + left + x)) };
  },
};
