// Builds a TrainingQuestion: entry signatures and starter code follow the contract's
// "Candidate functions" section (train(X, y) / predict(model, X)).
import { seedRef } from '../bank/seed-sections';
import type { Bilingual, Difficulty, Limits, MetricBar, TrainingQuestion } from '../types';

export interface TrainingSpec {
  taskId: string;
  source?: string;
  seeds: string[];
  title: Bilingual;
  statement: Bilingual;
  data: Bilingual;
  /** Extra training arguments after X and y (e.g. teacher_logits). */
  extraTrainArgs?: string[];
  /** What predict returns, for the starter's docstring. */
  predicts: string;
  timeBudgetMs: number;
  metrics: string[];
  bars: MetricBar[];
  limits: Limits;
  difficulty: Difficulty;
  tags: string[];
  solution: string;
  explanation: Bilingual;
  corrections?: Bilingual[];
  related?: string[];
}

/** `task.mnist_mlp` -> `train-mnist-mlp`. */
export function trainingSlug(taskId: string): string {
  return `train-${taskId.split('.')[1].replace(/_/g, '-')}`;
}

export function defineTraining(spec: TrainingSpec): TrainingQuestion {
  const trainArgs = ['X', 'y', ...(spec.extraTrainArgs ?? [])];
  const pyTrain = `def train(${trainArgs.join(', ')})`;
  const jsTrain = `function train({ ${trainArgs.join(', ')} })`;
  const budget = `${Math.round(spec.timeBudgetMs / 1000)}`;
  const bars = spec.bars
    .map((b) => `${b.metric} ${b.higherIsBetter ? '≥' : '≤'} ${b.full} → 1, ${b.higherIsBetter ? '≤' : '≥'} ${b.zero} → 0`)
    .join('; ');
  const scoring = spec.bars.length > 1 ? '（分数为各项得分的平均）' : '';
  const scoringEn = spec.bars.length > 1 ? ' (the score is the mean of these)' : '';
  return {
    slug: trainingSlug(spec.taskId),
    kind: 'TRAINING',
    source: spec.source ? seedRef(spec.source) : null,
    title: spec.title,
    prompt: {
      zh: `${spec.statement.zh}\n\n数据：${spec.data.zh}\n\n实现 train(${trainArgs.join(', ')})（返回任意模型对象）和 predict(model, X)（${spec.predicts === 'labels' ? '每行返回一个标签' : '每行返回一个预测值'}）。train 与 predict 合计时限 ${budget} 秒。评分：${bars}（线性插值）${scoring}。`,
      en: `${spec.statement.en}\n\nData: ${spec.data.en}\n\nImplement train(${trainArgs.join(', ')}) (returns any model object) and predict(model, X) (${spec.predicts === 'labels' ? 'one label per row' : 'one prediction per row'}). train and predict together have ${budget} seconds. Score: ${bars} (linear in between)${scoringEn}.`,
    },
    modelAnswer: {
      zh: `${spec.explanation.zh}\n\n\`\`\`python\n${spec.solution.trim()}\n\`\`\``,
      en: `${spec.explanation.en}\n\n\`\`\`python\n${spec.solution.trim()}\n\`\`\``,
    },
    corrections: spec.corrections ?? [],
    tags: spec.tags,
    difficulty: spec.difficulty,
    related: spec.related ?? [],
    taskId: spec.taskId,
    seeds: spec.seeds.map(seedRef),
    data: spec.data,
    entry: {
      PYTHON: {
        train: { name: 'train', signature: `${pyTrain} -> object` },
        predict: { name: 'predict', signature: 'def predict(model, X) -> np.ndarray' },
      },
      JAVASCRIPT: {
        train: { name: 'train', signature: jsTrain },
        predict: { name: 'predict', signature: 'function predict(model, X)' },
      },
    },
    starterCode: {
      PYTHON: [
        'import numpy as np',
        '',
        '',
        `${pyTrain}:`,
        `    """Train on X [n][features] and y; return any model object (${budget} s for train + predict)."""`,
        '    # TODO: your code here',
        '    return None',
        '',
        '',
        'def predict(model, X):',
        `    """Return ${spec.predicts === 'labels' ? 'one integer label' : 'one float prediction'} per row of X."""`,
        '    # TODO: your code here',
        `    return np.zeros(len(X)${spec.predicts === 'labels' ? ', dtype=int' : ''})`,
        '',
      ].join('\n'),
      JAVASCRIPT: [
        `/** Train on X [n][features] and y; return any model object (${budget} s for train + predict). */`,
        `${jsTrain} {`,
        '  // TODO: your code here',
        '  return null;',
        '}',
        '',
        `/** Return ${spec.predicts === 'labels' ? 'one integer label' : 'one float prediction'} per row of X. */`,
        'function predict(model, X) {',
        '  // TODO: your code here',
        '  return X.map(() => 0);',
        '}',
        '',
        'module.exports = { train, predict };',
        '',
      ].join('\n'),
    },
    timeBudgetMs: spec.timeBudgetMs,
    metrics: spec.metrics,
    bars: spec.bars,
    limits: spec.limits,
  };
}
