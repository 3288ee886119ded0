// Ensembles: majority vote and weighted averaging.
import { roundTo, type Prng, type Tensor } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawEnsemble(rng: Prng, size: Size): Input {
  const [m, n, k] = bySize(size, [2, 3, 2], [3, 50, 5], [5, 1000, 10]);
  if (rng.bool()) {
    return {
      method: 'majority_vote',
      predictions: rng.intTensor([m, n], 0, k - 1),
      ...(rng.bool(0.3) ? { weights: rng.uniformTensor([m], 0.5, 2) } : {}),
    };
  }
  const predictions: Tensor = Array.from({ length: m }, () =>
    Array.from({ length: n }, () => {
      const raw = Array.from({ length: k }, () => rng.int(1, 20));
      const total = raw.reduce((a, b) => a + b, 0);
      return raw.map((r) => roundTo(r / total, 4));
    }),
  );
  const input: Input = { method: 'weighted_average', predictions };
  if (rng.bool(0.7)) input.weights = rng.uniformTensor([m], 0.1, 3);
  return input;
}

const ensembleCombine = defineCoding({
  algorithmId: 'ensemble.combine',
  seeds: ['003#§11'],
  title: bi('模型融合：加权平均与多数投票', 'Ensembles: weighted averaging and majority voting'),
  statement: bi(
    'method 为 "weighted_average" 时，predictions 为 m 个模型的概率 [m][n][k]，按 weights（默认相等，先归一化）加权平均得到 probs [n][k]，labels 为每行 argmax（平局取较小的类别）；method 为 "majority_vote" 时，predictions 为 m 个模型的标签 [m][n]，labels 为每列得票最多的标签（有 weights 时按权重计票；平局取较小的标签），不返回 probs。',
    'With method "weighted_average", predictions holds m models\' probabilities [m][n][k]; average them with weights (equal by default, normalised first) into probs [n][k], and labels are each row\'s argmax (ties to the smaller class). With method "majority_vote", predictions holds m models\' labels [m][n], and labels are each column\'s most voted label (votes weighted when weights are given; ties to the smaller label), with no probs.',
  ),
  params: [{ name: 'method' }, { name: 'predictions' }, { name: 'weights', default: opt.none }],
  outputs: ['probs', 'labels'],
  tolerance: { labels: 'exact' },
  difficulty: 'EASY',
  tags: ['ensemble', 'model-fusion'],
  solution: `
import numpy as np

def combine(method, predictions, weights=None):
    m = len(predictions)
    w = np.ones(m) if weights is None else np.asarray(weights, dtype=np.float64)
    w = w / w.sum()
    if method == "weighted_average":
        probs = np.tensordot(w, np.asarray(predictions, dtype=np.float64), axes=1)   # [n][k]
        return {"probs": probs, "labels": probs.argmax(axis=1)}      # argmax takes the first max
    votes = np.asarray(predictions)                                   # [m][n]
    labels = []
    for column in votes.T:
        tally = {}
        for model, label in enumerate(column):
            tally[label] = tally.get(label, 0.0) + w[model]
        best = max(tally.values())
        labels.append(min(l for l, v in tally.items() if v == best))
    return {"labels": np.asarray(labels)}`,
  explanation: bi(
    '融合多个误差不完全相关的模型可以降低方差：软投票（概率平均）保留了置信度信息，通常优于硬投票；权重可按各模型在验证集上的表现设定。平局规则必须确定，结果才可复现。',
    'Combining models whose errors are not fully correlated reduces variance: soft voting (averaging probabilities) keeps confidence information and usually beats hard voting; weights can follow each model\'s validation performance. Tie rules must be fixed for reproducible results.',
  ),
  generate: makeGenerator({
    samples: [example('ensemble.combine'), fixedDraw(drawEnsemble)],
    edge: {
      'vote-tie-to-smaller-label': { method: 'majority_vote', predictions: [[2, 1], [0, 1], [2, 0], [0, 0]] },
      'average-tie': { method: 'weighted_average', predictions: [[[0.5, 0.5]], [[0.5, 0.5]]] },
      'weighted-vote': { method: 'majority_vote', predictions: [[1], [0], [0]], weights: [3, 1, 1] },
      'single-model': { method: 'weighted_average', predictions: [[[0.2, 0.8], [0.9, 0.1]]] },
    },
    draw: drawEnsemble,
  }),
});

export const ensembleQuestions: CodingQuestion[] = [ensembleCombine];
