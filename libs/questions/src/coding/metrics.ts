// Evaluation metrics: classification scores, ROC AUC, regression errors, BLEU and perplexity.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

/** n labels in [0, k) with every class present (when n >= k). */
function labelsWithAllClasses(rng: Prng, n: number, k: number): number[] {
  const labels = Array.from({ length: n }, (_, i) => (i < k ? i : rng.int(0, k - 1)));
  return rng.shuffle(labels);
}

function drawClassification(rng: Prng, size: Size): Input {
  const n = bySize(size, 8, 100, 2000);
  const binary = size === 'small' || rng.bool(0.3);
  const k = binary ? 2 : rng.int(3, 6);
  const y_true = labelsWithAllClasses(rng, n, k);
  // mostly right, sometimes a random class
  const y_pred = y_true.map((y) => (rng.bool(0.7) ? y : rng.int(0, k - 1)));
  return { y_true, y_pred, average: binary ? 'binary' : rng.pick(['micro', 'macro', 'weighted']) };
}

const classification = defineCoding({
  algorithmId: 'metrics.classification',
  seeds: ['003#§1', '004#§4', '002#§4'],
  title: bi('分类指标：准确率、精确率、召回率、F1', 'Classification metrics: accuracy, precision, recall, F1'),
  statement: bi(
    '给定真实标签 y_true 和预测标签 y_pred（整数，长度 n），按 scikit-learn（zero_division=0）计算 accuracy、precision、recall、f1，average 取 "binary"（默认，正类为 pos_label，默认 1）、"micro"、"macro" 或 "weighted"；并返回 labels（两者类别并集，升序）和 confusion_matrix（行为真实、列为预测，按 labels 顺序）。',
    'Given true labels y_true and predicted labels y_pred (integers, length n), compute accuracy, precision, recall and f1 as scikit-learn does (zero_division=0), with average "binary" (default; the positive class is pos_label, default 1), "micro", "macro" or "weighted"; also return labels (the sorted union of classes) and confusion_matrix (rows true, columns predicted, in label order).',
  ),
  params: [
    { name: 'y_true' },
    { name: 'y_pred' },
    { name: 'average', default: opt.str('binary') },
    { name: 'pos_label', default: opt.num(1) },
  ],
  outputs: ['accuracy', 'precision', 'recall', 'f1', 'labels', 'confusion_matrix'],
  tolerance: { labels: 'exact', confusion_matrix: 'exact' },
  difficulty: 'EASY',
  tags: ['evaluation', 'metrics', 'classification'],
  solution: `
import numpy as np

def classification(y_true, y_pred, average="binary", pos_label=1):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred)
    index = {c: i for i, c in enumerate(labels)}
    cm = np.zeros((len(labels), len(labels)), dtype=int)
    for t, p in zip(y_true, y_pred):
        cm[index[t], index[p]] += 1
    tp = np.diag(cm).astype(float)
    pred_count, true_count = cm.sum(axis=0), cm.sum(axis=1)
    div = lambda a, b: np.divide(a, b, out=np.zeros_like(a, dtype=float), where=b > 0)   # zero_division=0
    if average == "micro":
        p = r = tp.sum() / len(y_true)
        f = p
    else:
        p_c, r_c = div(tp, pred_count), div(tp, true_count)
        f_c = div(2 * p_c * r_c, p_c + r_c)
        if average == "binary":
            if pos_label not in index:
                p = r = f = 0.0
            else:
                i = index[pos_label]
                p, r, f = p_c[i], r_c[i], f_c[i]
        elif average == "macro":
            p, r, f = p_c.mean(), r_c.mean(), f_c.mean()
        else:  # weighted by support
            w = true_count / true_count.sum()
            p, r, f = (p_c * w).sum(), (r_c * w).sum(), (f_c * w).sum()
    return {"accuracy": tp.sum() / len(y_true), "precision": p, "recall": r, "f1": f,
            "labels": labels, "confusion_matrix": cm}`,
  explanation: bi(
    '所有指标都可由混淆矩阵得到：精确率 = TP/(TP+FP)（按预测列），召回率 = TP/(TP+FN)（按真实行），F1 为两者的调和平均。macro 对各类等权平均，weighted 按各类真实样本数加权，micro 汇总所有类（单标签多分类时等于准确率）。分母为 0 时记为 0。',
    'Everything follows from the confusion matrix: precision = TP/(TP+FP) (per predicted column), recall = TP/(TP+FN) (per true row), F1 their harmonic mean. macro averages classes equally, weighted by their support, micro pools all classes (equal to accuracy for single-label multiclass). A zero denominator gives 0.',
  ),
  generate: makeGenerator({
    samples: [example('metrics.classification'), fixedDraw(drawClassification)],
    edge: {
      'no-positive-predictions': { y_true: [0, 1, 1, 0], y_pred: [0, 0, 0, 0] },
      'single-class': { y_true: [0, 0, 0], y_pred: [0, 0, 0] },
      'macro-with-unpredicted-class': { y_true: [0, 1, 2, 2], y_pred: [0, 1, 1, 1], average: 'macro' },
      'weighted-all-wrong': { y_true: [0, 1, 2], y_pred: [1, 2, 0], average: 'weighted' },
    },
    draw: drawClassification,
  }),
});

/** Rows of k probabilities that sum to 1 exactly enough for scikit-learn's check. */
function probabilityRows(rng: Prng, n: number, k: number): number[][] {
  return Array.from({ length: n }, () => {
    const raw = Array.from({ length: k }, () => rng.int(1, 50));
    const total = raw.reduce((a, b) => a + b, 0);
    const row = raw.slice(0, k - 1).map((c) => roundTo(c / total, 4));
    row.push(roundTo(1 - row.reduce((a, b) => a + b, 0), 4));
    return row;
  });
}

function drawRocAuc(rng: Prng, size: Size): Input {
  const n = bySize(size, 8, 100, 2000);
  if (size !== 'small' && rng.bool(0.3)) {
    const k = rng.int(3, 5);
    return { y_true: labelsWithAllClasses(rng, n, k), y_score: probabilityRows(rng, n, k) };
  }
  const y_true = labelsWithAllClasses(rng, n, 2);
  // scores on a coarse grid so that ties occur
  const y_score = y_true.map((y) => roundTo(Math.min(1, Math.max(0, rng.normal(0.35 + 0.3 * y, 0.25))), 2));
  return { y_true, y_score };
}

const rocAuc = defineCoding({
  algorithmId: 'metrics.roc_auc',
  seeds: ['004#§4', '002#§4'],
  title: bi('ROC 曲线与 AUC', 'ROC curve and AUC'),
  statement: bi(
    '按 scikit-learn 计算 ROC AUC：二分类时 y_true 为 0/1，y_score 为长度 n 的分数，同时返回 roc_curve 的 fpr、tpr（默认参数，drop_intermediate=True）：按分数从高到低取每个不同的分数，fps、tps 为分数不低于它的负、正样本累计数；除首尾外，当 fps[k+1]−2·fps[k]+fps[k−1] 与 tps 的同一二阶差分都为 0（与两侧的计数步长都相同）时删去第 k 个点——共线但步长不同的点保留（scikit-learn 1.2 的规则）；再在最前面加上 (0, 0)，fpr = fps/fps[末]、tpr = tps/tps[末]；多分类时 y_score 为 [n][k] 的概率（每行和为 1），用 one-vs-rest 的 macro 平均 AUC（此时没有曲线：只返回 auc，fpr、tpr 可省略或为 None/null，多分类用例不检查它们）。只有一个类别时输入无效。',
    'Compute ROC AUC as scikit-learn does: for binary y_true (0/1) with scores y_score of length n, also return roc_curve\'s fpr and tpr (defaults, drop_intermediate=True): take every distinct score from the highest down, with fps and tps the numbers of negatives and positives scoring at least that much; a point k other than the first and last is dropped when fps[k+1]−2·fps[k]+fps[k−1] and the same second difference of tps are both 0 (equal count steps on both sides) — a collinear point whose steps differ is kept (scikit-learn 1.2\'s rule); then (0, 0) is put first and fpr = fps/fps[last], tpr = tps/tps[last]; for multiclass, y_score is [n][k] probabilities (rows summing to 1) and the AUC is the one-vs-rest macro average (there is no curve: return auc alone; fpr and tpr may be left out or None/null, and multiclass cases do not check them). A single class present is invalid input.',
  ),
  params: [
    { name: 'y_true' },
    { name: 'y_score' },
    { name: 'average', default: opt.str('macro') },
    { name: 'multi_class', default: opt.str('ovr') },
  ],
  outputs: ['auc', 'fpr', 'tpr', 'thresholds'],
  checkedFields: ['auc', 'fpr', 'tpr'],
  difficulty: 'MEDIUM',
  tags: ['evaluation', 'metrics', 'roc-auc'],
  solution: `
import numpy as np

def binary_auc(y, s):
    # probability that a random positive outranks a random negative, ties count one half
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    s_sorted = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s_sorted[j + 1] == s_sorted[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1      # average rank of a tie group
        i = j + 1
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)

def roc_curve(y, s):
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    last_of_group = np.r_[np.where(np.diff(s))[0], len(s) - 1]
    tps = np.cumsum(y)[last_of_group]
    fps = 1 + last_of_group - tps
    thr = s[last_of_group]
    if len(tps) > 2:  # drop_intermediate: drop middle points with equal count steps on both sides
        keep = np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
        tps, fps, thr = tps[keep], fps[keep], thr[keep]
    tps, fps = np.r_[0, tps], np.r_[0, fps]
    return fps / fps[-1], tps / tps[-1], np.r_[thr[0] + 1, thr]

def roc_auc(y_true, y_score, average="macro", multi_class="ovr"):
    y, s = np.asarray(y_true), np.asarray(y_score, dtype=np.float64)
    classes = np.unique(y)
    if len(classes) < 2:
        raise ValueError("only one class present")
    if s.ndim == 1:
        fpr, tpr, thr = roc_curve(y, s)
        return {"auc": binary_auc(y, s), "fpr": fpr, "tpr": tpr, "thresholds": thr}
    aucs = [binary_auc((y == c).astype(int), s[:, c]) for c in classes]
    return {"auc": float(np.mean(aucs))}`,
  explanation: bi(
    'AUC 等于随机取一个正样本、一个负样本时正样本得分更高的概率（并列记 1/2），可用秩和（Mann–Whitney U）在 O(n log n) 内算出。ROC 曲线在每个不同阈值处取 (FPR, TPR)，相同分数必须一起越过阈值；drop_intermediate 去掉两侧计数步长都相同的中间点（共线但步长不同的点保留）。多分类 ovr 对每个类别做"该类 vs 其余"的 AUC 再取平均。',
    'AUC is the probability that a random positive scores above a random negative (ties count one half), computable in O(n log n) from rank sums (Mann–Whitney U). The ROC curve takes (FPR, TPR) at each distinct threshold, moving tied scores together; drop_intermediate removes middle points whose count steps to both neighbours are equal (a collinear point with unequal steps stays). Multiclass ovr averages the one-vs-rest AUC of each class.',
  ),
  generate: makeGenerator({
    samples: [example('metrics.roc_auc'), fixedDraw(drawRocAuc)],
    edge: {
      'all-tied-scores': { y_true: [0, 1, 0, 1], y_score: [0.5, 0.5, 0.5, 0.5] },
      'perfect-separation': { y_true: [0, 0, 1, 1], y_score: [0.1, 0.2, 0.8, 0.9] },
      'inverted-ranking': { y_true: [1, 1, 0, 0], y_score: [0.1, 0.2, 0.8, 0.9] },
      'multiclass-ovr': {
        y_true: [0, 1, 2, 2, 1, 0],
        y_score: [[0.7, 0.2, 0.1], [0.2, 0.5, 0.3], [0.1, 0.3, 0.6], [0.3, 0.3, 0.4], [0.4, 0.4, 0.2], [0.5, 0.1, 0.4]],
      },
    },
    draw: drawRocAuc,
  }),
});

function drawRegression(rng: Prng, size: Size): Input {
  const n = bySize(size, 5, 100, 5000);
  const y_true = Array.from({ length: n }, () => rng.normal(0, 10));
  return { y_true, y_pred: y_true.map((y) => roundTo(y + rng.normal(0, 2), 4)) };
}

const regression = defineCoding({
  algorithmId: 'metrics.regression',
  seeds: ['004#§4'],
  title: bi('回归指标：MSE、MAE、RMSE、R²', 'Regression metrics: MSE, MAE, RMSE, R²'),
  statement: bi(
    '给定 y_true、y_pred（长度 n 的实数），按 scikit-learn 计算 mse、mae、rmse 和 r2（y_true 为常数时：预测完全正确 r2 = 1，否则 r2 = 0）。',
    'Given y_true and y_pred (n reals), compute mse, mae, rmse and r2 as scikit-learn does (for a constant y_true, r2 is 1 when the prediction is perfect and 0 otherwise).',
  ),
  params: [{ name: 'y_true' }, { name: 'y_pred' }],
  outputs: ['mse', 'mae', 'rmse', 'r2'],
  difficulty: 'EASY',
  tags: ['evaluation', 'metrics', 'regression'],
  solution: `
import numpy as np

def regression(y_true, y_pred):
    y, p = np.asarray(y_true, dtype=np.float64), np.asarray(y_pred, dtype=np.float64)
    err = y - p
    mse = np.mean(err ** 2)
    ss_res, ss_tot = np.sum(err ** 2), np.sum((y - y.mean()) ** 2)
    if ss_tot == 0:
        r2 = 1.0 if ss_res == 0 else 0.0   # scikit-learn's force_finite
    else:
        r2 = 1 - ss_res / ss_tot
    return {"mse": mse, "mae": np.mean(np.abs(err)), "rmse": np.sqrt(mse), "r2": r2}`,
  explanation: bi(
    'R² = 1 − SS_res/SS_tot，衡量相对于"总是预测均值"的改进，可以为负；MAE 对异常值不如 MSE 敏感；RMSE 与目标同量纲。',
    'R² = 1 − SS_res/SS_tot measures the improvement over always predicting the mean and can be negative; MAE is less sensitive to outliers than MSE; RMSE has the target\'s units.',
  ),
  generate: makeGenerator({
    samples: [example('metrics.regression'), fixedDraw(drawRegression)],
    edge: {
      'perfect-prediction': { y_true: [1, 2, 3], y_pred: [1, 2, 3] },
      'constant-target': { y_true: [2, 2, 2], y_pred: [1, 2, 3] },
      'worse-than-mean': { y_true: [1, 2, 3], y_pred: [3, 2, 1] },
    },
    draw: drawRegression,
  }),
});

const WORDS = ['the', 'a', 'cat', 'dog', 'sat', 'on', 'mat', 'ran', 'to', 'park', 'big', 'red', 'and', 'is', 'was'];

function sentence(rng: Prng, length: number): string[] {
  return Array.from({ length }, () => rng.pick(WORDS));
}

/** A hypothesis close to a reference: a few words changed, sometimes one dropped. */
function perturb(rng: Prng, ref: string[]): string[] {
  const out = ref.map((w) => (rng.bool(0.2) ? rng.pick(WORDS) : w));
  if (out.length > 5 && rng.bool(0.3)) out.splice(rng.int(0, out.length - 1), 1);
  return out;
}

function drawBleu(rng: Prng, size: Size): Input {
  const smoothing = rng.pick(['none', 'method1']);
  if (size === 'small') {
    const ref = sentence(rng, rng.int(6, 10));
    return { references: [ref], hypothesis: perturb(rng, ref), smoothing };
  }
  const docs = bySize(size, 1, 10, 100);
  const list_of_references: string[][][] = [];
  const hypotheses: string[][] = [];
  for (let i = 0; i < docs; i++) {
    const refs = Array.from({ length: rng.int(1, 3) }, () => sentence(rng, rng.int(6, 20)));
    list_of_references.push(refs);
    hypotheses.push(perturb(rng, refs[0]));
  }
  return { list_of_references, hypotheses, smoothing };
}

const bleu = defineCoding({
  algorithmId: 'metrics.bleu',
  seeds: ['003#§1', '002#§4'],
  title: bi('BLEU 分数', 'BLEU score'),
  statement: bi(
    '按 NLTK 3.8 计算 BLEU。句子形式：references（若干参考句，每句为词列表）与 hypothesis（词列表），同 sentence_bleu；语料形式：list_of_references 与 hypotheses，同 corpus_bleu（n-gram 计数和长度在整个语料上累加）。weights 默认 [0.25,0.25,0.25,0.25]；smoothing 为 "none"（默认，任一精度为 0 则 BLEU 为 0）或 "method1"（分子为 0 的精度改为 0.1/分母）。返回 bleu 和 brevity_penalty（参考长度取与假设长度最接近者，平局取较短者）。',
    'Compute BLEU as NLTK 3.8 does. Sentence form: references (a list of reference sentences, each a list of words) and hypothesis (a list of words), as sentence_bleu; corpus form: list_of_references and hypotheses, as corpus_bleu (n-gram counts and lengths pooled over the corpus). weights default to [0.25,0.25,0.25,0.25]; smoothing is "none" (default; any zero precision gives BLEU 0) or "method1" (a zero numerator becomes 0.1/denominator). Return bleu and brevity_penalty (the reference length closest to the hypothesis length, the shorter on ties).',
  ),
  params: [
    { name: 'references', default: opt.none },
    { name: 'hypothesis', default: opt.none },
    { name: 'weights', default: opt.list([0.25, 0.25, 0.25, 0.25]) },
    { name: 'smoothing', default: opt.str('none') },
    { name: 'list_of_references', default: opt.none },
    { name: 'hypotheses', default: opt.none },
  ],
  outputs: ['bleu', 'precisions', 'brevity_penalty'],
  checkedFields: ['bleu', 'brevity_penalty'],
  difficulty: 'MEDIUM',
  tags: ['evaluation', 'metrics', 'nlp', 'bleu'],
  solution: `
import math
from collections import Counter

def ngrams(words, n):
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))

def bleu(references=None, hypothesis=None, weights=(0.25, 0.25, 0.25, 0.25), smoothing="none",
         list_of_references=None, hypotheses=None):
    if list_of_references is None:                 # the sentence form is a corpus of one
        list_of_references, hypotheses = [references], [hypothesis]
    num, den = [0] * len(weights), [0] * len(weights)
    hyp_len = ref_len = 0
    for refs, hyp in zip(list_of_references, hypotheses):
        for i in range(len(weights)):
            counts = ngrams(hyp, i + 1)
            max_ref = Counter()
            for r in refs:
                max_ref |= ngrams(r, i + 1)        # clip by the most occurrences in any reference
            num[i] += sum(min(c, max_ref[g]) for g, c in counts.items())
            den[i] += max(1, sum(counts.values()))
        hyp_len += len(hyp)
        ref_len += min((abs(len(r) - len(hyp)), len(r)) for r in refs)[1]
    bp = 1.0 if hyp_len > ref_len else (math.exp(1 - ref_len / hyp_len) if hyp_len else 0.0)
    if num[0] == 0:
        return {"bleu": 0.0, "precisions": [0.0] * len(weights), "brevity_penalty": bp}
    precisions = []
    for n, d in zip(num, den):
        if n == 0 and smoothing == "method1":
            precisions.append(0.1 / d)
        else:
            precisions.append(n / d)
    if any(p == 0 for p in precisions):
        return {"bleu": 0.0, "precisions": precisions, "brevity_penalty": bp}
    score = bp * math.exp(sum(w * math.log(p) for w, p in zip(weights, precisions)))
    return {"bleu": score, "precisions": precisions, "brevity_penalty": bp}`,
  explanation: bi(
    'BLEU = BP · exp(Σ w_n log p_n)。p_n 是"截断"的 n-gram 精度：每个 n-gram 的计数不超过它在任一参考句中出现的最大次数，防止重复词刷分；BP = exp(1 − r/c)（c ≤ r 时）惩罚过短的译文。语料级 BLEU 先汇总计数再相除，不是句子 BLEU 的平均。',
    'BLEU = BP · exp(Σ w_n log p_n). p_n is the clipped n-gram precision: each n-gram counts at most as often as it appears in any single reference, so repeating a word cannot inflate it; BP = exp(1 − r/c) (when c ≤ r) penalises short output. Corpus BLEU pools the counts before dividing; it is not the mean of sentence BLEUs.',
  ),
  generate: makeGenerator({
    samples: [example('metrics.bleu'), fixedDraw(drawBleu)],
    edge: {
      'no-four-gram-match': { references: [['the', 'cat', 'sat', 'on', 'the', 'mat']], hypothesis: ['the', 'cat', 'is', 'on', 'the', 'mat'] },
      'method1-smoothing': {
        references: [['the', 'cat', 'sat', 'on', 'the', 'mat']],
        hypothesis: ['the', 'cat', 'is', 'on', 'the', 'mat'],
        smoothing: 'method1',
      },
      'short-hypothesis': {
        references: [['a', 'big', 'red', 'dog', 'ran', 'to', 'the', 'park']],
        hypothesis: ['a', 'big', 'red', 'dog', 'ran'],
      },
      'repeated-words-clipped': { references: [['the', 'cat', 'the', 'mat']], hypothesis: ['the', 'the', 'the', 'the'], smoothing: 'method1' },
      'corpus-two-references': {
        list_of_references: [
          [
            ['the', 'cat', 'sat', 'on', 'the', 'mat'],
            ['a', 'cat', 'was', 'on', 'the', 'mat'],
          ],
          [['the', 'dog', 'ran', 'to', 'the', 'big', 'park']],
        ],
        hypotheses: [
          ['the', 'cat', 'was', 'on', 'the', 'mat'],
          ['the', 'dog', 'ran', 'to', 'the', 'park'],
        ],
      },
      'unigram-weights': { references: [['a', 'b', 'c']], hypothesis: ['a', 'c', 'd'], weights: [1] },
    },
    draw: drawBleu,
  }),
});

function drawPerplexity(rng: Prng, size: Size): Input {
  const [n, v] = bySize(size, [4, 5], [32, 100], [128, 500]);
  if (size === 'medium' && rng.bool()) {
    return { log_probs: Array.from({ length: n }, () => roundTo(-rng.uniform(0.01, 6), 4)) };
  }
  return { logits: rng.normalTensor([n, v], 2), targets: rng.intTensor([n], 0, v - 1) };
}

const perplexity = defineCoding({
  algorithmId: 'metrics.perplexity',
  seeds: ['003#§1'],
  title: bi('困惑度', 'Perplexity'),
  statement: bi(
    '计算语言模型的困惑度 perplexity = exp(nll)，nll 为平均负对数似然（自然对数）。输入为 logits [n][v] 与目标 targets [n]（先做 log_softmax），或直接给出每个目标词的对数概率 log_probs [n]。返回 perplexity 和 nll。',
    'Compute a language model\'s perplexity = exp(nll), where nll is the mean negative log-likelihood (natural log). The input is either logits [n][v] with targets [n] (apply log_softmax first) or the log-probabilities of the targets directly, log_probs [n]. Return perplexity and nll.',
  ),
  params: [{ name: 'logits', default: opt.none }, { name: 'targets', default: opt.none }, { name: 'log_probs', default: opt.none }],
  outputs: ['perplexity', 'nll'],
  difficulty: 'EASY',
  tags: ['evaluation', 'metrics', 'language-model'],
  solution: `
import numpy as np

def perplexity(logits=None, targets=None, log_probs=None):
    if log_probs is None:
        z = np.asarray(logits, dtype=np.float64)
        shifted = z - z.max(axis=1, keepdims=True)
        lp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        log_probs = lp[np.arange(len(z)), np.asarray(targets)]
    nll = -np.mean(log_probs)
    return {"perplexity": np.exp(nll), "nll": nll}`,
  explanation: bi(
    '困惑度可理解为模型在每个位置上"平均在多少个词之间犹豫"：均匀分布于 v 个词时困惑度恰为 v。必须先求对数概率的平均再取指数（几何平均），并用稳定的 log_softmax。',
    'Perplexity reads as how many words the model hesitates between at each position: a uniform distribution over v words gives exactly v. Average the log-probabilities first, then exponentiate (a geometric mean), using a stable log_softmax.',
  ),
  generate: makeGenerator({
    samples: [example('metrics.perplexity'), fixedDraw(drawPerplexity)],
    edge: {
      'uniform-logits': { logits: [[0, 0, 0, 0], [0, 0, 0, 0]], targets: [1, 3] },
      'huge-logits': { logits: [[1e4, 0, -1e4], [0, 1e4, 0]], targets: [0, 1] },
      'log-probs-form': { log_probs: [-0.5, -1.5, -2.5] },
    },
    draw: drawPerplexity,
  }),
});

export const metricQuestions: CodingQuestion[] = [classification, rocAuc, regression, bleu, perplexity];
