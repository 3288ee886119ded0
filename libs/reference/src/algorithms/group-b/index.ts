// Group B: metrics, text and data preparation, compression, vision augmentation, detection.
import type { Algorithm } from '../../core/algorithm';
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
import { bleu } from './metrics/bleu';
import { classification } from './metrics/classification';
import { perplexity } from './metrics/perplexity';
import { regression } from './metrics/regression';
import { rocAuc } from './metrics/roc-auc';
import { tfidf } from './text/tfidf';
import { crop } from './vision/crop';
import { flip } from './vision/flip';
import { noise } from './vision/noise';
import { rot90 } from './vision/rot90';
import { rotate } from './vision/rotate';

export const algorithms: Algorithm[] = [
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
];
