// training.distillation_loss (Hinton et al.: T²·KL(teacher ‖ student) at temperature T, plus
// cross entropy on the hard labels) and training.multitask_loss (weighted sum), in float32.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { oneHotRows, toTf } from '../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';
import { withTensorScope } from '../common/scope';

export interface DistillationInput {
  student: NdArray;
  teacher: NdArray;
  labels: NdArray;
  temperature: number;
  alpha: number;
}

interface DistillationOutput {
  loss: number;
  soft: number;
  hard: number;
}

function validateDistillation(input: unknown): DistillationInput {
  const f = fields(input, { required: ['student_logits', 'teacher_logits', 'labels'], optional: ['temperature', 'alpha'] });
  const dims = new Dims();
  const student = f.tensor('student_logits', { shape: ['n', 'k'], dims });
  const teacher = f.tensor('teacher_logits', { shape: ['n', 'k'], dims });
  const k = dims.get('k') ?? 0;
  if (k < 1) invalid('student_logits: expected at least one class');
  return {
    student,
    teacher,
    labels: f.tensor('labels', { shape: ['n'], dims, integer: true, min: 0, below: k }),
    temperature: f.number('temperature', { default: 1, above: 0 }),
    alpha: f.number('alpha', { default: 0.5, min: 0, max: 1 }),
  };
}

async function runDistillation(c: DistillationInput): Promise<DistillationOutput> {
  await ensureBackend();
  return withTensorScope(() => {
    const s = toTf(c.student);
    const t = toTf(c.teacher);
    const n = c.student.shape[0];
    const T = c.temperature;
    // KL(p_t ‖ p_s) = Σ p_t·(log p_t − log p_s); p_t = exp(log p_t) is 0 exactly where torch's
    // xlogy gives 0, so ±1e4 logits stay finite.
    const logPt = tf.logSoftmax(t.div(T));
    const logPs = tf.logSoftmax(s.div(T));
    const soft = tf.exp(logPt).mul(logPt.sub(logPs)).sum().div(n).mul(T * T).dataSync()[0];
    const oneHot = oneHotRows(c.labels.data, c.student.shape[1]);
    const hard = tf.logSoftmax(s).mul(oneHot).sum().neg().div(n).dataSync()[0];
    const loss = Math.fround(c.alpha * soft + (1 - c.alpha) * hard);
    return { loss, soft, hard };
  });
}

export const trainingDistillationLoss: Algorithm<DistillationInput, DistillationOutput> = {
  id: 'training.distillation_loss',
  title: 'Knowledge-distillation loss: T²·KL(teacher ‖ student) mixed with hard-label cross entropy',
  seeds: ['003#§10', '004#§7'],
  validate: validateDistillation,
  run: runDistillation,
};

export interface MultitaskInput {
  losses: number[];
  weights: number[];
}

function validateMultitask(input: unknown): MultitaskInput {
  const f = fields(input, { required: ['losses', 'weights'] });
  const dims = new Dims();
  const losses = f.tensor('losses', { shape: ['t'], dims });
  const weights = f.tensor('weights', { shape: ['t'], dims });
  if (losses.shape[0] === 0) invalid('losses: expected at least one task');
  return { losses: Array.from(losses.data), weights: Array.from(weights.data) };
}

async function runMultitask(c: MultitaskInput): Promise<{ loss: number }> {
  await ensureBackend();
  const loss = withTensorScope(() => tf.tensor1d(c.losses).mul(tf.tensor1d(c.weights)).sum().dataSync()[0]);
  return { loss };
}

export const trainingMultitaskLoss: Algorithm<MultitaskInput, { loss: number }> = {
  id: 'training.multitask_loss',
  title: 'Multi-task loss: weighted sum of the task losses',
  seeds: ['003#§15'],
  validate: validateMultitask,
  run: runMultitask,
};
