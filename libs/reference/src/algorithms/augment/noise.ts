// augment.noise: image + mean + stddev·z with the standard normal draws z given, then an
// optional clip to [min, max]. Elementwise float32 arithmetic with tfjs.
import * as tf from '@tensorflow/tfjs';
import { ensureBackend, fields, invalid, toNested, toTf, type Algorithm, type NdArray } from '../../core';

export interface NoiseInput {
  image: NdArray;
  z: NdArray;
  mean: number;
  stddev: number;
  clip?: [number, number];
}

export const noise: Algorithm<NoiseInput> = {
  id: 'augment.noise',
  title: 'Add Gaussian noise (given draws) to an image',
  seeds: ['003#§17', '004#§15'],

  validate(input) {
    const f = fields(input, { required: ['image', 'z'], optional: ['mean', 'stddev', 'clip'] });
    const image = f.tensor('image');
    if (image.shape.length === 0) invalid('image: expected an array (any shape) but got a single number');
    const z = f.tensor('z');
    if (z.shape.join() !== image.shape.join()) invalid(`z: expected the image's shape [${image.shape.join(', ')}] but got [${z.shape.join(', ')}]`);
    const mean = f.number('mean', { default: 0 });
    const stddev = f.number('stddev', { default: 0.1, min: 0 });
    let clip: [number, number] | undefined;
    if (f.has('clip')) {
      const c = f.tensor('clip', { shape: [2] }).data;
      if (!(c[0] <= c[1])) invalid(`clip: expected [min, max] with min <= max but got [${c[0]}, ${c[1]}]`);
      clip = [c[0], c[1]];
    }
    return { image, z, mean, stddev, clip };
  },

  async run({ image, z, mean, stddev, clip }) {
    await ensureBackend();
    const values = tf.tidy(() => {
      let y = tf.add(tf.add(toTf(image), mean), tf.mul(toTf(z), stddev));
      if (clip) y = tf.clipByValue(y, clip[0], clip[1]);
      return y.dataSync();
    });
    return { image: toNested(values, image.shape) };
  },
};
