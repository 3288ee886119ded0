// Object detection: box IoU and non-maximum suppression.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

function drawBoxes(rng: Prng, n: number): number[][] {
  return Array.from({ length: n }, () => {
    const x1 = rng.uniform(0, 90, 1);
    const y1 = rng.uniform(0, 90, 1);
    return [x1, y1, roundTo(x1 + rng.uniform(1, 30, 1), 1), roundTo(y1 + rng.uniform(1, 30, 1), 1)];
  });
}

function drawIou(rng: Prng, size: Size): Input {
  const [n, m] = bySize(size, [2, 3], [20, 30], [200, 200]);
  return { boxes_a: drawBoxes(rng, n), boxes_b: drawBoxes(rng, m) };
}

const iou = defineCoding({
  algorithmId: 'detection.iou',
  seeds: ['004#§24'],
  title: bi('边界框 IoU', 'Bounding-box IoU'),
  statement: bi(
    '与 torchvision.ops.box_iou 相同：boxes_a [n][4] 与 boxes_b [m][4]（格式 x1, y1, x2, y2），返回两两之间的交并比 iou [n][m]。',
    'As torchvision.ops.box_iou: for boxes_a [n][4] and boxes_b [m][4] (format x1, y1, x2, y2), return the pairwise intersection over union, iou [n][m].',
  ),
  params: [{ name: 'boxes_a' }, { name: 'boxes_b' }],
  outputs: ['iou'],
  difficulty: 'EASY',
  tags: ['object-detection', 'computer-vision'],
  solution: `
import numpy as np

def iou(boxes_a, boxes_b):
    a, b = np.asarray(boxes_a, dtype=np.float64), np.asarray(boxes_b, dtype=np.float64)
    area = lambda x: (x[:, 2] - x[:, 0]) * (x[:, 3] - x[:, 1])
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(rb - lt, 0, None)                  # no overlap -> zero width or height
    inter = wh[..., 0] * wh[..., 1]
    return {"iou": inter / (area(a)[:, None] + area(b)[None, :] - inter)}`,
  explanation: bi(
    '交集的左上角取两框左上角的最大值、右下角取右下角的最小值，宽高为负时截断为 0；用广播一次算出 n×m 矩阵。',
    'The intersection\'s top-left is the maximum of the two top-lefts and its bottom-right the minimum of the bottom-rights, with negative widths clipped to 0; broadcasting yields the n×m matrix at once.',
  ),
  generate: makeGenerator({
    samples: [example('detection.iou'), fixedDraw(drawIou)],
    edge: {
      'disjoint-and-touching': { boxes_a: [[0, 0, 1, 1]], boxes_b: [[2, 2, 3, 3], [1, 0, 2, 1]] },
      'contained-box': { boxes_a: [[0, 0, 4, 4]], boxes_b: [[1, 1, 2, 2]] },
    },
    draw: drawIou,
  }),
});

function drawNms(rng: Prng, size: Size): Input {
  const n = bySize(size, 5, 50, 500);
  // clusters of overlapping boxes, as a detector produces
  const centres = drawBoxes(rng, Math.max(1, Math.floor(n / 5)));
  const boxes = Array.from({ length: n }, () => {
    const c = rng.pick(centres);
    return c.map((v) => roundTo(v + rng.normal(0, 2), 2));
  }).map(([x1, y1, x2, y2]) => [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2) + 0.5, Math.max(y1, y2) + 0.5]);
  // distinct scores: the kept order must not depend on tie-breaking
  const scores = rng.shuffle(Array.from({ length: n }, (_, i) => roundTo((i + 1) / (n + 1), 6)));
  return { boxes, scores, iou_threshold: rng.pick([0.3, 0.5, 0.7]) };
}

const nms = defineCoding({
  algorithmId: 'detection.nms',
  seeds: ['004#§24'],
  title: bi('非极大值抑制（NMS）', 'Non-maximum suppression'),
  statement: bi(
    '与 torchvision.ops.nms 相同：按分数从高到低依次保留框，并删除与已保留框 IoU 大于 iou_threshold 的框。boxes [n][4]（x1, y1, x2, y2），scores [n]。返回保留框的下标 keep，按分数降序。',
    'As torchvision.ops.nms: keep boxes in decreasing score order, discarding any box whose IoU with an already kept box exceeds iou_threshold. boxes is [n][4] (x1, y1, x2, y2), scores [n]. Return the kept indices, keep, by decreasing score.',
  ),
  params: [{ name: 'boxes' }, { name: 'scores' }, { name: 'iou_threshold' }],
  outputs: ['keep'],
  tolerance: { keep: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['object-detection', 'computer-vision'],
  related: ['code-detection-iou'],
  solution: `
import numpy as np

def nms(boxes, scores, iou_threshold):
    b = np.asarray(boxes, dtype=np.float64)
    order = list(np.argsort(-np.asarray(scores), kind="stable"))
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep = []
    while order:
        i = order.pop(0)
        keep.append(int(i))
        rest = np.array(order, dtype=int)
        if len(rest) == 0:
            break
        lt = np.maximum(b[i, :2], b[rest, :2])
        rb = np.minimum(b[i, 2:], b[rest, 2:])
        wh = np.clip(rb - lt, 0, None)
        inter = wh[:, 0] * wh[:, 1]
        overlap = inter / (area[i] + area[rest] - inter)
        order = [j for j, o in zip(rest, overlap) if o <= iou_threshold]   # strictly greater is suppressed
    return {"keep": keep}`,
  explanation: bi(
    '检测器会在同一物体周围给出许多重叠框，NMS 只保留局部分数最高的框。贪心过程：取当前最高分框，删去与它重叠过多的框，重复。IoU 恰等于阈值的框不被删除。复杂度最坏 O(n²)。',
    'Detectors emit many overlapping boxes around one object; NMS keeps only the locally best-scoring one. Greedily take the highest-scoring box, drop those overlapping it too much, repeat. A box whose IoU equals the threshold is not suppressed. Worst case O(n²).',
  ),
  generate: makeGenerator({
    samples: [example('detection.nms'), fixedDraw(drawNms)],
    edge: {
      'single-box': { boxes: [[0, 0, 1, 1]], scores: [0.3], iou_threshold: 0.5 },
      'iou-equals-threshold-kept': { boxes: [[0, 0, 3, 1], [1, 0, 4, 1]], scores: [0.9, 0.8], iou_threshold: 0.5 },
      'identical-boxes': { boxes: [[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]], scores: [0.2, 0.9, 0.5], iou_threshold: 0.5 },
      'threshold-zero': { boxes: [[0, 0, 2, 2], [1, 1, 3, 3], [5, 5, 6, 6]], scores: [0.5, 0.6, 0.1], iou_threshold: 0 },
    },
    draw: drawNms,
  }),
});

export const detectionQuestions: CodingQuestion[] = [iou, nms];
