// Parallel training: data-parallel SGD with gradient averaging.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example, drawShapes } from './helpers';

function drawDataParallel(rng: Prng, size: Size): Input {
  const [steps, workers] = bySize(size, [2, 2], [5, 4], [10, 8]);
  const shapes = drawShapes(rng, size);
  return {
    params: shapes.map((s) => rng.normalTensor(s)),
    worker_grads: Array.from({ length: steps }, () =>
      Array.from({ length: workers }, () => shapes.map((s) => rng.normalTensor(s, 0.5))),
    ),
    lr: rng.pick([0.1, 0.01]),
  };
}

const dataParallelSgd = defineCoding({
  algorithmId: 'parallel.data_parallel_sgd',
  seeds: ['004#§1', '004#§8', '004#§16', '004#§23'],
  title: bi('数据并行 SGD（all-reduce 求均值）', 'Data-parallel SGD with an all-reduce mean'),
  statement: bi(
    '模拟数据并行训练：每一步，各 worker 在自己的数据分片上算出梯度，all-reduce 求平均后所有副本做同样的普通 SGD 更新 p ← p − lr·mean_grad。worker_grads 形状为 [步数][worker][张量]。返回每一步之后的 params [步数][张量] 和每一步的平均梯度 mean_grads [步数][张量]。',
    'Simulate data-parallel training: at each step every worker computes gradients on its shard, an all-reduce averages them, and every replica applies the same plain SGD update p ← p − lr·mean_grad. worker_grads is [steps][workers][tensors]. Return params after every step, [steps][tensors], and the mean gradients of every step, mean_grads [steps][tensors].',
  ),
  params: [{ name: 'params' }, { name: 'worker_grads' }, { name: 'lr' }],
  outputs: ['params', 'mean_grads'],
  difficulty: 'EASY',
  tags: ['distributed-training', 'data-parallelism', 'sgd'],
  solution: `
import numpy as np

def data_parallel_sgd(params, worker_grads, lr):
    p = [np.asarray(x, dtype=np.float64) for x in params]
    history, means = [], []
    for step in worker_grads:                       # step: [workers][tensors]
        mean = [np.mean([np.asarray(w[i]) for w in step], axis=0) for i in range(len(p))]
        p = [x - lr * g for x, g in zip(p, mean)]
        history.append(p)
        means.append(mean)
    return {"params": history, "mean_grads": means}`,
  explanation: bi(
    '各 worker 的梯度平均等价于在全部数据（总批量）上算梯度，因此同步数据并行与单机大批量 SGD 在数学上相同；所有副本从相同参数出发、应用相同更新，始终保持一致。通信量与参数量成正比，这是 all-reduce（如 ring all-reduce）要优化的部分。',
    'Averaging the workers\' gradients equals the gradient over all their data (the global batch), so synchronous data parallelism is mathematically large-batch SGD; replicas start equal and apply identical updates, so they stay equal. Communication grows with the parameter count, which is what all-reduce algorithms (e.g. ring all-reduce) optimise.',
  ),
  generate: makeGenerator({
    samples: [example('parallel.data_parallel_sgd'), fixedDraw(drawDataParallel)],
    edge: {
      'single-worker': { params: [[1, 1]], worker_grads: [[[[0.5, -0.5]]]], lr: 1 },
      'opposite-gradients-cancel': { params: [[2]], worker_grads: [[[[1]], [[-1]]]], lr: 0.5 },
    },
    draw: drawDataParallel,
  }),
});

export const parallelQuestions: CodingQuestion[] = [dataParallelSgd];
