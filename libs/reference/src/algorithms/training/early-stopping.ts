// training.early_stopping: keras.callbacks.EarlyStopping replayed over a list of per-epoch
// values. Epochs count from 0. Keras 3's rule: every epoch adds 1 to `wait`; an improvement
// (better than the best by more than |min_delta|) resets it and never stops training; otherwise
// training stops once wait >= patience, but never at epoch 0. NaN never improves.
import type { Algorithm } from '../../core/algorithm';
import { fields, parseNumber } from '../../core/validate';

export interface EarlyStoppingInput {
  values: number[];
  patience: number;
  minDelta: number;
  mode: 'min' | 'max';
}

export interface EarlyStoppingOutput {
  stopped_epoch: number;
  best_epoch: number;
  best_value: number;
}

function validate(input: unknown): EarlyStoppingInput {
  const f = fields(input, { required: ['values', 'patience'], optional: ['min_delta', 'mode'] });
  return {
    values: f.list('values', (v, name) => parseNumber(v, name, { allowNonFinite: true }), { minLength: 1 }),
    patience: f.integer('patience', { min: 0 }),
    minDelta: f.number('min_delta', { default: 0 }),
    mode: f.oneOf('mode', ['min', 'max'], 'min'),
  };
}

export function earlyStopping(c: EarlyStoppingInput): EarlyStoppingOutput {
  const delta = Math.abs(c.minDelta);
  const improves = c.mode === 'min' ? (v: number, best: number) => v + delta < best : (v: number, best: number) => v - delta > best;
  let best = c.mode === 'min' ? Infinity : -Infinity;
  let bestEpoch = 0;
  let wait = 0;
  for (let epoch = 0; epoch < c.values.length; epoch++) {
    const v = c.values[epoch];
    wait += 1;
    if (improves(v, best)) {
      best = v;
      bestEpoch = epoch;
      wait = 0;
      continue;
    }
    if (wait >= c.patience && epoch > 0) return { stopped_epoch: epoch, best_epoch: bestEpoch, best_value: best };
  }
  return { stopped_epoch: -1, best_epoch: bestEpoch, best_value: best };
}

export const trainingEarlyStopping: Algorithm<EarlyStoppingInput, EarlyStoppingOutput> = {
  id: 'training.early_stopping',
  exactOutputs: ['stopped_epoch', 'best_epoch'],
  title: 'Early stopping over a validation curve (Keras EarlyStopping)',
  seeds: ['004#§2'],
  validate,
  run: async (c) => earlyStopping(c),
};
