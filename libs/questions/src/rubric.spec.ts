import { normaliseText, suggestAnswerScore, suggestRubricScore } from './rubric';
import type { RubricPoint } from './types';

const point = (id: string, weight: number, zh: string[], en: string[]): RubricPoint => ({
  id,
  weight,
  point: { zh: id, en: id },
  keywords: { zh, en },
});

const question = {
  rubric: [
    point('quantization', 2, ['量化'], ['quantization', 'quantize', 'int8']),
    point('pruning', 1, ['剪枝'], ['pruning', 'prune']),
    point('distillation', 1, ['知识蒸馏', '蒸馏'], ['distillation', 'teacher model']),
  ],
};

describe('suggestRubricScore', () => {
  it('scores an English answer by the weighted share of covered points', () => {
    const s = suggestRubricScore(question, 'We can QUANTIZE weights to int8 and use a Teacher  Model to train a student.');
    expect(s.matched).toEqual([
      { id: 'quantization', keyword: 'quantize' },
      { id: 'distillation', keyword: 'teacher model' },
    ]);
    expect(s.missed).toEqual(['pruning']);
    expect(s.score).toBeCloseTo(3 / 4, 10);
  });

  it('scores a Chinese answer, with full-width punctuation and line breaks', () => {
    const s = suggestRubricScore(question, '可以对模型进行剪枝，\n也可以做知识\n蒸馏（Distillation）。');
    expect(s.matched.map((m) => m.id)).toEqual(['pruning', 'distillation']);
    expect(s.missed).toEqual(['quantization']);
    expect(s.score).toBeCloseTo(2 / 4, 10);
  });

  it('matches keywords across full-width letters', () => {
    expect(suggestRubricScore(question, 'ＩＮＴ８ inference').matched).toEqual([{ id: 'quantization', keyword: 'int8' }]);
  });

  it('gives 0 for an empty answer and 1 when every point is covered', () => {
    expect(suggestRubricScore(question, '').score).toBe(0);
    expect(suggestRubricScore(question, 'quantization, pruning and distillation').score).toBe(1);
  });
});

describe('normaliseText', () => {
  it('folds full-width forms, case and whitespace', () => {
    expect(normaliseText('  Ａｂ（Ｃ）：\n\t d ')).toBe('ab(c): d');
  });
});

describe('suggestAnswerScore', () => {
  it('adds the points the suggestion would earn of the item, rounded to 1e-6', () => {
    const answer = 'pruning, and a teacher model';
    // 2 of 4 weight covered, of a 7-point item; 1/3 of 10 points shows the rounding.
    expect(suggestAnswerScore(question, answer, 7)).toEqual({ ...suggestRubricScore(question, answer), suggestedScore: 3.5 });
    const third = { rubric: [point('a', 1, ['甲'], ['alpha']), point('b', 2, ['乙'], ['beta'])] };
    expect(suggestAnswerScore(third, 'alpha', 10).suggestedScore).toBe(3.333333);
    expect(suggestAnswerScore(question, '', 5).suggestedScore).toBe(0);
  });
});
