// parallel.data_parallel_sgd: synchronous data parallelism as DistributedDataParallel does it —
// each step all-reduces (sums) the workers' gradients, divides by the number of workers, and
// every replica applies the same plain SGD step. Float32.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { toNested, toTf } from '../../core/ndarray';
import { checkElementCount, describeValue, fields, invalid, type NdArray } from '../../core/validate';
import { readTensorList, readTensorsLike, totalSize } from '../common/read';
import { withTensorScope } from '../common/scope';

export interface DataParallelInput {
  params: NdArray[];
  /** steps × workers × tensors */
  workerGrads: NdArray[][][];
  lr: number;
}

interface DataParallelOutput {
  params: unknown[][];
  mean_grads: unknown[][];
}

function validate(input: unknown): DataParallelInput {
  const f = fields(input, { required: ['params', 'worker_grads', 'lr'] });
  const params = readTensorList(f, 'params', { minLength: 1 });
  const workerGrads = f.list('worker_grads', (step, stepName) => {
    if (!Array.isArray(step) || step.length === 0) {
      invalid(`${stepName}: expected a non-empty array (one gradient list per worker) but got ${describeValue(step)}`);
    }
    return step.map((w, i) => readTensorsLike(w, `${stepName}[${i}]`, params));
  });
  checkElementCount('params (output: one copy per step)', workerGrads.length * totalSize(params));
  return { params, workerGrads, lr: f.number('lr', { min: 0 }) };
}

async function run(c: DataParallelInput): Promise<DataParallelOutput> {
  await ensureBackend();
  return withTensorScope(() => {
    let params = c.params.map((p) => toTf(p));
    const out: DataParallelOutput = { params: [], mean_grads: [] };
    for (const workers of c.workerGrads) {
      const means = params.map((_, j) => tf.addN(workers.map((w) => toTf(w[j]))).div(workers.length));
      params = params.map((p, j) => p.sub(means[j].mul(c.lr)));
      out.params.push(params.map((p) => toNested(p.dataSync(), p.shape)));
      out.mean_grads.push(means.map((m) => toNested(m.dataSync(), m.shape)));
    }
    return out;
  });
}

export const parallelDataParallelSgd: Algorithm<DataParallelInput, DataParallelOutput> = {
  id: 'parallel.data_parallel_sgd',
  title: 'Data-parallel SGD: all-reduce mean of worker gradients, then one SGD step',
  seeds: ['004#§1', '004#§8', '004#§16', '004#§23'],
  validate,
  run,
};
