import { getQuestion, type CodingQuestion } from '@app/questions';
import { runAlgorithm } from '@app/reference';
import { buildCodingCases } from './build-cases';
import { ExpectedOutputCache, ReferenceFailure } from './expected-outputs';

describe('ExpectedOutputCache (real reference)', () => {
  const question = getQuestion('code-attention-scaled-dot-product') as CodingQuestion;

  it('computes expected outputs with the reference, once per (question version, seed)', async () => {
    const cache = new ExpectedOutputCache(2);
    const cases = buildCodingCases(question, 7);
    const first = await cache.get('qv1', 7, question.algorithmId, cases);
    const again = await cache.get('qv1', 7, question.algorithmId, cases);
    expect(again).toBe(first);
    expect(cache.computed).toBe(1);

    // The values are the reference's own for each case.
    const direct = await runAlgorithm(question.algorithmId, cases[0].input);
    expect('output' in direct && direct.output).toEqual(first.get(cases[0].name));
    expect([...first.keys()]).toEqual(cases.map((c) => c.name));

    // Another seed or another version is another entry; past capacity the oldest is recomputed.
    await cache.get('qv1', 8, question.algorithmId, buildCodingCases(question, 8));
    await cache.get('qv2', 7, question.algorithmId, cases);
    expect(cache.computed).toBe(3);
    await cache.get('qv1', 7, question.algorithmId, cases);
    expect(cache.computed).toBe(4);
  });

  it('shares one computation between concurrent callers and does not keep a failure', async () => {
    const cache = new ExpectedOutputCache(4);
    const cases = buildCodingCases(question, 3);
    const [a, b] = await Promise.all([cache.get('qv', 3, question.algorithmId, cases), cache.get('qv', 3, question.algorithmId, cases)]);
    expect(a).toBe(b);
    expect(cache.computed).toBe(1);

    const bad = [{ name: 'bad', input: { q: 'not a tensor' }, weight: 1, hidden: true }];
    await expect(cache.get('qv', 4, question.algorithmId, bad)).rejects.toThrow(/INVALID_INPUT/);
    await expect(cache.get('qv', 4, question.algorithmId, bad)).rejects.toThrow(/INVALID_INPUT/);
    expect(cache.computed).toBe(3);
  });

  it('names the case, question version and seed of a reference failure, for operators', async () => {
    const cache = new ExpectedOutputCache(1);
    const cases = [...buildCodingCases(question, 5).slice(0, 2), { name: 'hidden-small-9', input: { q: [[1]] }, weight: 1, hidden: true }];
    const failure = await cache.get('qv9', 5, question.algorithmId, cases).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ReferenceFailure);
    expect(failure).toMatchObject({ algorithmId: question.algorithmId, questionVersion: 'qv9', seed: 5, caseName: 'hidden-small-9' });
    expect((failure as Error).message).toMatch(
      /^reference attention\.scaled_dot_product failed on case hidden-small-9 \(question version qv9, seed 5\): INVALID_INPUT: /,
    );
  });
});

describe('buildCodingCases', () => {
  const question = getQuestion('code-attention-scaled-dot-product') as CodingQuestion;
  it('shows samples and hides edge and randomised cases; the seed changes only hidden inputs', () => {
    const a = buildCodingCases(question, 1);
    const b = buildCodingCases(question, 2);
    const generated = question.generate(1);
    expect(a.filter((c) => !c.hidden).map((c) => c.name)).toEqual(generated.samples.map((c) => c.name));
    expect(a.filter((c) => c.hidden)).toHaveLength(generated.edge.length + generated.hidden.length);
    const randomised = (cases: typeof a) => cases.filter((c) => c.hidden && !c.name.startsWith('edge-')).map((c) => JSON.stringify(c.input));
    expect(randomised(a)).not.toEqual(randomised(b));
  });
});
