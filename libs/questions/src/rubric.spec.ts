import { normaliseText, suggestAnswerScore, suggestRubricScore } from './rubric';
import type { RubricPoint } from './types';

const point = (id: string, weight: number, zh: string[], en: string[], text = { zh: id, en: id }): RubricPoint => ({
  id,
  weight,
  point: text,
  keywords: { zh, en },
});

const question = {
  rubric: [
    point('quantization', 2, ['量化'], ['quantization', 'quantize', 'int8'], {
      en: 'Quantization stores weights as low-precision integers',
      zh: '量化：用低精度整数存储权重',
    }),
    point('pruning', 1, ['剪枝'], ['pruning', 'prune'], { en: 'Pruning removes unimportant weights', zh: '剪枝：去掉不重要的权重' }),
    point('distillation', 1, ['知识蒸馏', '蒸馏'], ['distillation', 'teacher model'], {
      en: 'Distillation trains a small student from a teacher model',
      zh: '蒸馏：用教师模型训练小的学生模型',
    }),
  ],
  prompt: { en: 'How can a large model be compressed so that inference is cheaper?', zh: '如何压缩大模型，使推理更便宜？' },
};

const ids = (s: { matched: { id: string }[] }) => s.matched.map((m) => m.id);

describe('suggestRubricScore', () => {
  it('scores by the weighted share of points stated in sentences, with the sentence that covered each', () => {
    const s = suggestRubricScore(question, 'We can QUANTIZE the weights to int8. A Teacher  Model can then train a small student model.');
    expect(ids(s)).toEqual(['quantization', 'distillation']);
    expect(s.missed).toEqual(['pruning']);
    // (2 + 1) of 4 weight.
    expect(s.score).toBeCloseTo(3 / 4, 10);
    // The first keyword with the same stem is reported, with the answer's own word.
    expect(s.matched[0]).toMatchObject({ keyword: 'quantization', source: 'keyword', term: 'quantize', sentence: 'we can quantize the weights to int8.' });
    expect(s.matched[1]).toMatchObject({ keyword: 'teacher model', sentence: 'a teacher model can then train a small student model.' });
  });

  it('matches inflected English words by stem, not as substrings', () => {
    expect(ids(suggestRubricScore(question, 'The weights of the network are pruned after training to save memory.'))).toEqual(['pruning']);
    // "prune" is inside "prunes" but "int8" is not a word of "print8er": no substring credit.
    expect(ids(suggestRubricScore(question, 'The model weights are compressed with a print8er tool before inference.'))).toEqual([]);
  });

  it('scores a Chinese answer, with full-width punctuation and line breaks', () => {
    const s = suggestRubricScore(question, '可以对模型的权重进行剪枝，\n也可以用知识蒸馏（Distillation）训练一个小模型。');
    expect(ids(s)).toEqual(['pruning', 'distillation']);
    expect(s.missed).toEqual(['quantization']);
    expect(s.score).toBeCloseTo(2 / 4, 10);
  });

  it('matches Chinese keywords on word boundaries: 键 is not inside 关键', () => {
    const attention = {
      rubric: [point('key', 1, ['键'], ['key vector'], { zh: '每个位置投影出查询、键和值', en: 'each position is projected to a query, key and value' })],
      prompt: { zh: '注意力机制里的查询、键、值是什么？', en: 'What are the query, key and value in attention?' },
    };
    expect(suggestRubricScore(attention, '注意力机制的关键在于每个位置都和其他位置计算相似度。').matched).toEqual([]);
    expect(ids(suggestRubricScore(attention, '注意力机制里每个位置的查询要和所有位置的键计算相似度。'))).toEqual(['key']);
  });

  it('gives no credit for a bare keyword list, in either language', () => {
    expect(suggestRubricScore(question, 'quantization, int8, pruning, distillation, teacher model').score).toBe(0);
    expect(suggestRubricScore(question, 'quantization\npruning\ndistillation').score).toBe(0);
    expect(suggestRubricScore(question, '量化、剪枝、知识蒸馏、教师模型').score).toBe(0);
    // The same terms in a sentence do count.
    expect(suggestRubricScore(question, 'The usual methods are quantization, pruning and distillation.').score).toBe(1);
  });

  it('gives no credit for a negated term, and says where it was negated', () => {
    const en = suggestRubricScore(question, 'Quantization does not help a large model, and pruning is useless. Distillation never works either.');
    expect(en.score).toBe(0);
    expect(en.negated.map((n) => n.id)).toEqual(['quantization', 'pruning', 'distillation']);
    expect(suggestRubricScore(question, '量化对大模型没有用，剪枝也不起作用，知识蒸馏同样无效。').score).toBe(0);
    // A negation in another clause, or in a relative clause, does not cancel the term.
    expect(ids(suggestRubricScore(question, 'Retraining is not needed, but pruning removes the weights that do not matter.'))).toEqual(['pruning']);
    expect(ids(suggestRubricScore(question, '剪枝会去掉那些几乎没有影响的权重。'))).toEqual(['pruning']);
  });

  it('does not hold a negation against a point that is itself stated by one', () => {
    const inference = {
      rubric: [
        point('no-update', 1, ['不更新参数'], ['update the weights'], {
          en: 'Inference does not update the weights',
          zh: '推理不更新参数',
        }),
      ],
      prompt: { en: 'How does inference differ from training?', zh: '推理和训练有什么不同？' },
    };
    expect(ids(suggestRubricScore(inference, 'Unlike training, inference does not update the weights of the model.'))).toEqual(['no-update']);
  });

  it('matches across languages through CC-CEDICT: a Chinese answer meets English keywords', () => {
    const cache = {
      rubric: [point('kv-cache', 1, ['kv cache'], ['cache'], { en: 'cache the keys and values', zh: 'kv cache' })],
      prompt: { en: 'How does decoding avoid recomputing the earlier words?', zh: '解码时如何避免重新计算前面的词？' },
    };
    const s = suggestRubricScore(cache, '解码时把已经算好的键和值放进缓存，新的词不必重新计算前面的部分。');
    expect(s.matched).toEqual([expect.objectContaining({ id: 'kv-cache', keyword: 'cache', source: 'translation', term: '缓存' })]);
  });

  it('credits a paraphrase that states most of the point’s own wording', () => {
    const s = suggestRubricScore(question, 'Another idea is to store every weight as a low-precision integer, which makes the model four times smaller.');
    expect(s.matched).toEqual([expect.objectContaining({ id: 'quantization', source: 'wording' })]);
  });

  it('gives nothing to an off-topic answer, however many terms it contains', () => {
    const s = suggestRubricScore(
      question,
      'My grandmother grows roses in her garden and she likes to prune them every spring. She says the flowers smell better when the soil is rich and the weather is warm.',
    );
    expect(s).toMatchObject({ score: 0, onTopic: false, matched: [] });
  });

  it('gives 0 for an empty answer and ignores code blocks', () => {
    expect(suggestRubricScore(question, '').score).toBe(0);
    expect(suggestRubricScore(question, '```python\n# we quantize the model to int8 and prune it\nmodel = quantize(prune(model))\n```').score).toBe(0);
  });
});

describe('normaliseText', () => {
  it('folds full-width forms, case and whitespace', () => {
    expect(normaliseText('  Ａｂ（Ｃ）：\n\t d ')).toBe('ab(c): d');
  });
});

describe('suggestAnswerScore', () => {
  it('adds the points the suggestion would earn of the item, rounded to 1e-6', () => {
    const answer = 'Pruning removes weights, and a teacher model trains a smaller student.';
    const s = suggestRubricScore(question, answer);
    // pruning (1) and distillation (1) of 4 weight, of a 7-point item.
    expect(ids(s)).toEqual(['pruning', 'distillation']);
    expect(suggestAnswerScore(question, answer, 7)).toEqual({ ...s, suggestedScore: 3.5 });
    const third = {
      rubric: [point('a', 1, ['甲'], ['alpha']), point('b', 2, ['乙'], ['beta'])],
      prompt: { en: 'What are alpha and beta, the two values of the pair?', zh: '甲和乙是什么？' },
    };
    // 1/3 of 10 points shows the rounding.
    expect(suggestAnswerScore(third, 'Alpha is the first value of the pair.', 10).suggestedScore).toBe(3.333333);
    expect(suggestAnswerScore(question, '', 5).suggestedScore).toBe(0);
  });
});
