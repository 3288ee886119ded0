// optim.run: torch.optim.SGD / RMSprop / Adam / AdamW, step by step, in float32.
// Each update follows torch 1.13's `_single_tensor_*` functions line by line (same order of
// operations), so results agree with torch to float32 rounding.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { toNested, toTf } from '../../core/ndarray';
import { checkElementCount, fields, invalid, type NdArray } from '../../core/validate';
import { readTensorList, readTensorsLike, totalSize } from '../common/read';
import { withTensorScope } from '../common/scope';

export type OptimizerName = 'sgd' | 'rmsprop' | 'adam' | 'adamw';

export interface OptimInput {
  optimizer: OptimizerName;
  params: NdArray[];
  grads: NdArray[][];
  lr: number;
  momentum: number;
  nesterov: boolean;
  alpha: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
}

/** Which optional fields each optimizer takes (torch raises on the others). */
const TAKES: Record<OptimizerName, readonly string[]> = {
  sgd: ['momentum', 'nesterov', 'weight_decay'],
  rmsprop: ['momentum', 'alpha', 'eps', 'weight_decay'],
  adam: ['betas', 'eps', 'weight_decay'],
  adamw: ['betas', 'eps', 'weight_decay'],
};
const DEFAULTS: Record<string, unknown> = { momentum: 0, nesterov: false, alpha: 0.99, eps: 1e-8 };

function validate(input: unknown): OptimInput {
  const f = fields(input, {
    required: ['optimizer', 'params', 'grads', 'lr'],
    optional: ['momentum', 'nesterov', 'alpha', 'betas', 'eps', 'weight_decay'],
  });
  const optimizer = f.oneOf<OptimizerName>('optimizer', ['sgd', 'rmsprop', 'adam', 'adamw']);
  // A field the optimizer does not take is tolerated at its default value (generic callers send
  // every field) but rejected otherwise, as torch would reject the keyword.
  for (const key of ['momentum', 'nesterov', 'alpha', 'betas', 'eps']) {
    if (f.has(key) && !TAKES[optimizer].includes(key)) {
      const v = f.raw[key];
      const isDefault = key === 'betas' ? JSON.stringify(v) === '[0.9,0.999]' : v === DEFAULTS[key];
      if (!isDefault) invalid(`${key}: ${optimizer} takes no ${key} (it takes ${TAKES[optimizer].join(', ')})`);
    }
  }
  const params = readTensorList(f, 'params', { minLength: 1 });
  const grads = f.list('grads', (item, name) => readTensorsLike(item, name, params, { allowNonFinite: true }));
  checkElementCount('params (output: one copy per step)', grads.length * totalSize(params));
  const betas = f.has('betas') ? f.tensor('betas', { shape: [2], min: 0, below: 1 }).data : [0.9, 0.999];
  const momentum = f.number('momentum', { default: 0, min: 0 });
  const nesterov = f.boolean('nesterov', false);
  if (nesterov && momentum <= 0) invalid('nesterov: needs momentum > 0 (torch: "Nesterov momentum requires a momentum")');
  return {
    optimizer,
    params,
    grads,
    lr: f.number('lr', { min: 0 }),
    momentum,
    nesterov,
    alpha: f.number('alpha', { default: 0.99, min: 0 }),
    betas: [betas[0], betas[1]],
    eps: f.number('eps', { default: 1e-8, min: 0 }),
    weightDecay: f.number('weight_decay', { default: optimizer === 'adamw' ? 0.01 : 0, min: 0 }),
  };
}

/** Per-parameter optimizer state (momentum buffers, running averages). */
interface State {
  buf?: tf.Tensor;
  expAvg?: tf.Tensor;
  expAvgSq?: tf.Tensor;
  squareAvg?: tf.Tensor;
}

/** One optimizer step for one parameter; returns the new parameter and updates `s`.
 * `step` counts from 1. Runs inside the caller's tf.tidy. */
function stepOne(c: OptimInput, p: tf.Tensor, g: tf.Tensor, s: State, step: number): tf.Tensor {
  const wd = c.weightDecay;
  switch (c.optimizer) {
    case 'sgd': {
      let d = wd !== 0 ? g.add(p.mul(wd)) : g;
      if (c.momentum !== 0) {
        // dampening is 0: the first buffer is the gradient itself
        s.buf = s.buf === undefined ? d : s.buf.mul(c.momentum).add(d);
        d = c.nesterov ? d.add(s.buf.mul(c.momentum)) : s.buf;
      }
      return p.sub(d.mul(c.lr));
    }
    case 'rmsprop': {
      const grad = wd !== 0 ? g.add(p.mul(wd)) : g;
      s.squareAvg = (s.squareAvg ?? tf.zerosLike(p)).mul(c.alpha).add(grad.mul(grad).mul(1 - c.alpha));
      const avg = s.squareAvg.sqrt().add(c.eps);
      if (c.momentum > 0) {
        s.buf = (s.buf ?? tf.zerosLike(p)).mul(c.momentum).add(grad.div(avg));
        return p.sub(s.buf.mul(c.lr));
      }
      return p.sub(grad.div(avg).mul(c.lr));
    }
    case 'adam':
    case 'adamw': {
      const [b1, b2] = c.betas;
      let param = p;
      let grad = g;
      if (c.optimizer === 'adamw') param = p.mul(1 - c.lr * wd); // decoupled decay
      else if (wd !== 0) grad = g.add(p.mul(wd)); // L2 added to the gradient
      s.expAvg = (s.expAvg ?? tf.zerosLike(p)).mul(b1).add(grad.mul(1 - b1));
      s.expAvgSq = (s.expAvgSq ?? tf.zerosLike(p)).mul(b2).add(grad.mul(grad).mul(1 - b2));
      const stepSize = c.lr / (1 - b1 ** step);
      const denom = s.expAvgSq.sqrt().div(Math.sqrt(1 - b2 ** step)).add(c.eps);
      return param.sub(s.expAvg.div(denom).mul(stepSize));
    }
  }
}

async function run(c: OptimInput): Promise<{ params: unknown[][] }> {
  await ensureBackend();
  return withTensorScope(() => {
    let params = c.params.map((p) => toTf(p));
    const states: State[] = c.params.map(() => ({}));
    const out: unknown[][] = [];
    c.grads.forEach((stepGrads, i) => {
      params = params.map((p, j) => stepOne(c, p, toTf(stepGrads[j]), states[j], i + 1));
      out.push(params.map((p) => toNested(p.dataSync(), p.shape)));
    });
    return { params: out };
  });
}

export const optimRun: Algorithm<OptimInput, { params: unknown[][] }> = {
  id: 'optim.run',
  title: 'Optimizer steps: SGD (momentum, Nesterov, weight decay), RMSprop, Adam, AdamW as in torch.optim',
  seeds: ['003#§20', '001', '002', '004'],
  validate,
  run,
};
