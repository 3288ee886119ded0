// Group A: neural-network basics, layers, attention and transformer blocks.
import type { Algorithm } from '../../core/algorithm';
import { multiHead } from './attention/multi-head';
import { scaledDotProduct } from './attention/scaled-dot-product';
import { conv2d } from './layers/conv2d';
import { dropout } from './layers/dropout';
import { embedding } from './layers/embedding';
import { layerNormAlgorithm } from './layers/layer-norm';
import { lstm } from './layers/lstm';
import { maxPool2d } from './layers/max-pool2d';
import { activation } from './nn/activation';
import { crossEntropy } from './nn/cross-entropy';
import { mlpForward } from './nn/mlp-forward';
import { backward2Layer, forward2Layer } from './nn/two-layer';
import { encoderLayer } from './transformer/encoder-layer';
import { positionalEncodingAlgorithm } from './transformer/positional-encoding';

export const algorithms: Algorithm[] = [
  forward2Layer,
  backward2Layer,
  mlpForward,
  activation,
  crossEntropy,
  embedding,
  layerNormAlgorithm,
  conv2d,
  maxPool2d,
  lstm,
  dropout,
  scaledDotProduct,
  multiHead,
  positionalEncodingAlgorithm,
  encoderLayer,
];
