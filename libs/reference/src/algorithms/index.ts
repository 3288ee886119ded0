// Every algorithm, one folder per family of the contract's ids (`nn/` holds `nn.*`, `augment/`
// holds `augment.*`, ...); `common/` holds helpers several families share. The list keeps the
// order the registry has always had (nn, layers, attention, transformer, then metrics through
// detection, then optim through recsys).
import type { Algorithm } from '../core/algorithm';
import { multiHead } from './attention/multi-head';
import { scaledDotProduct } from './attention/scaled-dot-product';
import { crop } from './augment/crop';
import { flip } from './augment/flip';
import { noise } from './augment/noise';
import { rot90 } from './augment/rot90';
import { rotate } from './augment/rotate';
import { prune } from './compress/prune';
import { quantize } from './compress/quantize';
import { clean } from './data/clean';
import { minMaxScale } from './data/min-max-scale';
import { mlmMask } from './data/mlm-mask';
import { slidingWindow } from './data/sliding-window';
import { split } from './data/split';
import { standardize } from './data/standardize';
import { timeWindows } from './data/time-windows';
import { iou } from './detection/iou';
import { nms } from './detection/nms';
import { ensembleCombine } from './ensemble/ensemble';
import { explainLinearShap, explainShapley } from './explain/explain';
import { generateDecode } from './generate/decode';
import { conv2d } from './layers/conv2d';
import { dropout } from './layers/dropout';
import { embedding } from './layers/embedding';
import { layerNormAlgorithm } from './layers/layer-norm';
import { lstm } from './layers/lstm';
import { maxPool2d } from './layers/max-pool2d';
import { bleu } from './metrics/bleu';
import { classification } from './metrics/classification';
import { perplexity } from './metrics/perplexity';
import { regression } from './metrics/regression';
import { rocAuc } from './metrics/roc-auc';
import { activation } from './nn/activation';
import { crossEntropy } from './nn/cross-entropy';
import { mlpForward } from './nn/mlp-forward';
import { backward2Layer, forward2Layer } from './nn/two-layer';
import { numericFloat16 } from './numeric/float16';
import { optimRun } from './optim/optim';
import { parallelDataParallelSgd } from './parallel/data-parallel-sgd';
import { recsysScore, recsysTopK } from './recsys/recsys';
import { regularizationPenalty } from './regularization/regularization';
import { tfidf } from './text/tfidf';
import { trainingEarlyStopping } from './training/early-stopping';
import { trainingGradScaler } from './training/grad-scaler';
import { trainingDistillationLoss, trainingMultitaskLoss } from './training/losses';
import { encoderLayer } from './transformer/encoder-layer';
import { positionalEncodingAlgorithm } from './transformer/positional-encoding';

// Several algorithms type their input precisely, so the list is typed loosely.
export const algorithms: Algorithm<any, any>[] = [
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

  classification,
  rocAuc,
  regression,
  bleu,
  perplexity,
  tfidf,
  clean,
  minMaxScale,
  standardize,
  split,
  timeWindows,
  slidingWindow,
  mlmMask,
  quantize,
  prune,
  crop,
  rot90,
  flip,
  rotate,
  noise,
  iou,
  nms,

  optimRun,
  regularizationPenalty,
  trainingEarlyStopping,
  trainingDistillationLoss,
  trainingMultitaskLoss,
  trainingGradScaler,
  numericFloat16,
  parallelDataParallelSgd,
  ensembleCombine,
  explainShapley,
  explainLinearShap,
  generateDecode,
  recsysScore,
  recsysTopK,

];
