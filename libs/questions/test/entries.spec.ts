// Details of the coding and training entries that the schema cannot see: starter code that
// matches the entry function, statements that show only asked-for fields, the contract's bars.
import { questionsByKind } from '../src/bank';
import { WORKED_EXAMPLES } from '../src/bank/worked-examples';
import type { CodingQuestion, MetricBar, TrainingQuestion } from '../src/types';

// The training tasks are not (yet) re-exported by @app/reference's index, so they are read from
// their module directly. A plain require keeps tsc out of that module's own dependencies (its
// `mnist` import has no type declarations in this project).
interface ReferenceTask {
  id: string;
  seeds: string[];
  timeBudgetMs: number;
  bars: MetricBar[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TASKS } = require('../../reference/src/tasks') as { TASKS: ReferenceTask[] };

const coding = questionsByKind.CODING as CodingQuestion[];
const training = questionsByKind.TRAINING as TrainingQuestion[];
const byTask = new Map(training.map((q) => [q.taskId, q]));

describe('coding entries', () => {
  it.each(coding.map((q) => [q.slug, q] as const))('%s: starters define the entry and return the checked fields', (_s, q) => {
    const name = q.entry.PYTHON.name;
    expect(q.starterCode.PYTHON).toContain(`def ${name}(`);
    expect(q.starterCode.JAVASCRIPT).toContain(`function ${name}({`);
    expect(q.starterCode.JAVASCRIPT).toContain(`module.exports = { ${name} }`);
    for (const field of q.checkedFields) {
      expect(q.starterCode.PYTHON).toContain(`"${field}": None`);
      expect(q.starterCode.JAVASCRIPT).toContain(`${field}: null`);
    }
    expect(q.modelAnswer.en).toContain(`def ${name}(`);
  });

  it('shows only checked fields in the worked example', () => {
    const roc = coding.find((q) => q.algorithmId === 'metrics.roc_auc')!;
    expect(roc.checkedFields).not.toContain('thresholds');
    expect(roc.prompt.en).not.toContain('"thresholds"');
    const example = WORKED_EXAMPLES['metrics.roc_auc'].output;
    expect(roc.prompt.en).toContain(`"auc":${JSON.stringify(example.auc)}`);
  });

  it('uses exact comparison for integer outputs', () => {
    const exact = (id: string, field: string) => coding.find((q) => q.algorithmId === id)!.tolerance[field];
    expect(exact('metrics.classification', 'confusion_matrix')).toBe('exact');
    expect(exact('detection.nms', 'keep')).toBe('exact');
    expect(exact('generate.decode', 'tokens')).toBe('exact');
    expect(exact('compress.quantize', 'q')).toBe('exact');
  });

  it('corrects the seed backpropagation and gives the heavy tensor questions a GPU', () => {
    const backward = coding.find((q) => q.slug === 'code-nn-backward-2layer')!;
    expect(backward.corrections[0].en).toContain('not the derivative');
    expect(backward.modelAnswer.en).toContain('(p - y_true) / m');
    for (const id of ['attention.multi_head', 'transformer.encoder_layer', 'layers.conv2d', 'layers.lstm']) {
      expect(coding.find((q) => q.algorithmId === id)!.limits.gpu).toBe(true);
    }
  });
});

describe('training entries', () => {
  it.each(TASKS.map((t) => [t.id, t] as const))('%s: bars, time budget and seeds agree with libs/reference', (id, task) => {
    const q = byTask.get(id)!;
    // One shape on both sides: compared as they are, with no conversion.
    expect(q.bars).toEqual(task.bars);
    expect(q.timeBudgetMs).toBe(task.timeBudgetMs);
    expect(q.seeds.map((r) => `${r.seed.slice(0, 3)}#${r.section}`)).toEqual(task.seeds);
    for (const b of task.bars) expect(q.metrics).toContain(b.metric);
  });

  it('carry the bars of the contract table', () => {
    expect(byTask.get('task.mnist_mlp')!.bars[0]).toEqual({ metric: 'accuracy', full: 0.95, zero: 0.8, higherIsBetter: true });
    expect(byTask.get('task.image_cnn')!.bars[0]).toEqual({ metric: 'accuracy', full: 0.97, zero: 0.85, higherIsBetter: true });
    expect(byTask.get('task.timeseries_lstm')!.bars[0]).toMatchObject({ metric: 'mse_ratio', higherIsBetter: false });
    expect(byTask.get('task.distill_student')!.metrics).toEqual(['accuracy', 'agreement']);
  });

  it.each(training.map((q) => [q.slug, q] as const))('%s: starters define train and predict', (_s, q) => {
    expect(q.starterCode.PYTHON).toMatch(/def train\(X, y[,)]/);
    expect(q.starterCode.PYTHON).toContain('def predict(model, X):');
    expect(q.starterCode.JAVASCRIPT).toMatch(/function train\(\{ X, y/);
    expect(q.starterCode.JAVASCRIPT).toContain('module.exports = { train, predict }');
    expect(q.limits.timeMsPerTest).toBeGreaterThanOrEqual(q.timeBudgetMs);
  });
});
