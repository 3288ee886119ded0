// The rubric suggestion on the hand-written evaluation set (test/rubric-eval/): the mean per kind
// of answer meets issue #13's goals. `node dist/libs/questions/src/bench/bench-rubric.js` prints
// the same figures as a table.
import { normaliseText } from '../src/rubric';
import { ANSWER_KINDS, KIND_GOALS, loadEvalSet } from '../src/bench/rubric-eval';
import { questionsBySlug, runEval } from '../src/bench/run-eval';

const entries = loadEvalSet();
const bySlug = questionsBySlug();

describe('rubric evaluation set', () => {
  it('has at least 12 conceptual questions covering all five seeds', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    const seeds = new Set(entries.map((e) => bySlug.get(e.slug)?.source?.seed.slice(0, 3)));
    expect([...seeds].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  // Names (PyTorch, differential privacy) cannot be paraphrased; the rest of the keyword list
  // should mostly not be copied. In Chinese answers the Latin keywords are such names.
  it('writes the strong answers in their own words: at most half of the keywords appear verbatim', () => {
    const copied: string[] = [];
    for (const e of entries) {
      const q = bySlug.get(e.slug)!;
      for (const [kind, lang] of [['strong-en', 'en'], ['strong-zh', 'zh']] as const) {
        const keywords = q.rubric.flatMap((p) => p.keywords[lang]).filter((k) => lang === 'en' || /\p{Script=Han}/u.test(k));
        const answer = normaliseText(e.answers[kind]);
        const present = keywords.filter((k) => answer.includes(normaliseText(k))).length;
        if (present * 2 > keywords.length) copied.push(`${e.slug} ${kind}: ${present}/${keywords.length}`);
      }
    }
    expect(copied).toEqual([]);
  });

  const { rows, means } = runEval();

  it('keyword lists really are the rubric’s terms: the old substring matcher gave them nearly everything', () => {
    expect(means['keyword-list'].before).toBeGreaterThan(0.9);
  });

  it.each(ANSWER_KINDS.map((k) => [k] as const))('meets the goal for the mean suggestion of %s answers', (kind) => {
    const [lo, hi] = KIND_GOALS[kind];
    expect(means[kind].score).toBeGreaterThanOrEqual(lo);
    expect(means[kind].score).toBeLessThanOrEqual(hi);
  });

  it('gives no off-topic answer and no keyword list more than its goal on its own', () => {
    const over = rows.filter((r) => (r.kind === 'off-topic' && r.score > 0.2) || (r.kind === 'keyword-list' && r.score > 0.3));
    expect(over).toEqual([]);
  });

  it('scores every strong answer above the off-topic, keyword-list and negated answers of its question', () => {
    const inverted: string[] = [];
    for (const e of entries) {
      const of = (kind: string) => rows.find((r) => r.slug === e.slug && r.kind === kind)!.score;
      const worst = Math.max(of('off-topic'), of('keyword-list'), of('negated'));
      for (const kind of ['strong-en', 'strong-zh']) if (of(kind) <= worst) inverted.push(`${e.slug} ${kind}`);
    }
    expect(inverted).toEqual([]);
  });
});
