// Group C: training utilities, numerics, parallelism, ensembles, explanation, generation and
// recommendation. Golden fixtures: libs/reference/fixtures/group-c (from gen_group_c.py).
import type { Algorithm } from '../../core/algorithm';
import { parallelDataParallelSgd } from './data-parallel-sgd';
import { generateDecode } from './decode';
import { trainingEarlyStopping } from './early-stopping';
import { ensembleCombine } from './ensemble';
import { explainLinearShap, explainShapley } from './explain';
import { numericFloat16 } from './float16';
import { trainingGradScaler } from './grad-scaler';
import { trainingDistillationLoss, trainingMultitaskLoss } from './losses';
import { optimRun } from './optim';
import { recsysScore, recsysTopK } from './recsys';
import { regularizationPenalty } from './regularization';

export const algorithms: Algorithm<any, any>[] = [
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
