// Every coding question, family by family (one module per reference family; the order is the bank's).
import type { CodingQuestion } from '../types';
import { attentionQuestions } from './attention';
import { augmentQuestions } from './augment';
import { compressionQuestions } from './compress';
import { dataQuestions } from './data';
import { detectionQuestions } from './detection';
import { ensembleQuestions } from './ensemble';
import { explainQuestions } from './explain';
import { generateQuestions } from './generate';
import { layerQuestions } from './layers';
import { metricQuestions } from './metrics';
import { nnQuestions } from './nn';
import { numericQuestions } from './numeric';
import { optimQuestions } from './optim';
import { parallelQuestions } from './parallel';
import { recsysQuestions } from './recsys';
import { regularizationQuestions } from './regularization';
import { textQuestions } from './text';
import { trainingQuestions } from './training';
import { transformerQuestions } from './transformer';

export const codingQuestions: CodingQuestion[] = [
  ...nnQuestions,
  ...layerQuestions,
  ...attentionQuestions,
  ...transformerQuestions,
  ...metricQuestions,
  ...textQuestions,
  ...dataQuestions,
  ...optimQuestions,
  ...regularizationQuestions,
  ...trainingQuestions,
  ...numericQuestions,
  ...parallelQuestions,
  ...ensembleQuestions,
  ...compressionQuestions,
  ...augmentQuestions,
  ...detectionQuestions,
  ...explainQuestions,
  ...generateQuestions,
  ...recsysQuestions,
];
