// training.grad_scaler: torch.cuda.amp.GradScaler's bookkeeping, one entry per optimizer step.
// Each step unscales the (scaled) gradients by the current scale — multiplying by
// float32(1 / scale) as torch does — then updates the scale (torch's _amp_update_scale_):
// any inf/nan skips the step, multiplies the scale by backoff_factor and resets the clean-step
// counter; growth_interval clean steps in a row multiply it by growth_factor, unless that would
// overflow float32. `scale` in the output is the value after the update (scaler.get_scale()).
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { toNested, toTf } from '../../core/ndarray';
import { fields, type NdArray } from '../../core/validate';
import { readTensorList } from '../common/read';
import { withTensorScope } from '../common/scope';

export interface GradScalerInput {
  initScale: number;
  growthFactor: number;
  backoffFactor: number;
  growthInterval: number;
  steps: NdArray[][];
}

interface StepOut {
  skipped: boolean;
  scale: number;
  unscaled: unknown[];
}

function validate(input: unknown): GradScalerInput {
  const f = fields(input, {
    required: ['steps'],
    optional: ['init_scale', 'growth_factor', 'backoff_factor', 'growth_interval'],
  });
  return {
    initScale: f.number('init_scale', { default: 65536, above: 0 }),
    growthFactor: f.number('growth_factor', { default: 2, above: 1 }), // torch asserts > 1
    backoffFactor: f.number('backoff_factor', { default: 0.5, above: 0, below: 1 }), // and < 1
    growthInterval: f.integer('growth_interval', { default: 2000, min: 1 }),
    steps: f.list('steps', (item, name) => readTensorList(fields(item, { required: ['grads'] }, name), 'grads', { allowNonFinite: true })),
  };
}

async function run(c: GradScalerInput): Promise<{ steps: StepOut[] }> {
  await ensureBackend();
  let scale = Math.fround(c.initScale); // torch keeps the scale in a float32 tensor
  let cleanSteps = 0;
  const steps = c.steps.map((grads) => {
    const invScale = Math.fround(1 / scale);
    const unscaled = withTensorScope(() => grads.map((g) => {
      const u = toTf(g).mul(tf.scalar(invScale));
      return toNested(u.dataSync(), g.shape);
    }));
    const skipped = grads.some((g) => g.data.some((v) => !Number.isFinite(v)));
    if (skipped) {
      scale = Math.fround(scale * c.backoffFactor);
      cleanSteps = 0;
    } else if (cleanSteps + 1 === c.growthInterval) {
      const grown = Math.fround(scale * c.growthFactor);
      if (Number.isFinite(grown)) scale = grown;
      cleanSteps = 0;
    } else {
      cleanSteps += 1;
    }
    return { skipped, scale, unscaled };
  });
  return { steps };
}

export const trainingGradScaler: Algorithm<GradScalerInput, { steps: StepOut[] }> = {
  id: 'training.grad_scaler',
  title: 'Dynamic loss scaling for mixed precision (torch GradScaler)',
  seeds: ['003#§3'],
  validate,
  run,
};
