// Company coding questions through the real sandbox: the example question validates (its
// reference solution fills in the expected outputs, which match values computed here by hand),
// correct and wrong solutions get their verdicts with messages that name the path of the
// difference, parameters arrive typed as the question says, and a question whose reference
// disagrees with a given expected value, or fails, is INVALID naming the test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuestionFile, type CodingSection } from '@app/questions';
import { createDockerClient, flushSandboxRemovals } from '../sandbox';
import { judgeCompanyCoding } from './company-coding';
import { validateCodingSection } from './validate-coding';
import { baselinesOf, companyTrainingCases, judgeCompanyTraining } from './company-training';
import { QuestionFileRejected, tryQuestionFile } from '../try/try-question-file';

const EXAMPLES = join(__dirname, '../../../../docs/examples');
const docker = createDockerClient();
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const softmax = (): CodingSection => parseQuestionFile(JSON.parse(read('coding-softmax-rows.question.json'))).coding!;

afterAll(() => flushSandboxRemovals());

describe('company coding questions (real sandbox)', () => {
  let validated: CodingSection;

  beforeAll(async () => {
    const validation = await validateCodingSection(softmax(), { docker });
    expect(validation.tests.filter((t) => !t.passed)).toEqual([]);
    expect(validation.status).toBe('READY');
    validated = validation.section;
  });

  it('fills in missing expected outputs with the reference solution\'s values', () => {
    const byName = new Map(validated.tests.map((t) => [t.name, t.expected]));
    // softmax down columns: [1, 1] → 1/2 each; [1, 3] → e/(e+e³), e³/(e+e³).
    const low = Math.E / (Math.E + Math.E ** 3);
    const columns = byName.get('sample-columns') as number[][];
    expect(columns[0][0]).toBeCloseTo(0.5, 10);
    expect(columns[0][1]).toBeCloseTo(low, 10);
    expect(columns[1][1]).toBeCloseTo(1 - low, 10);
    expect(byName.get('large-values')).toEqual([[0.5, 0.5], [0, 1]]);
    // The author's own expected value is kept as written.
    expect(byName.get('sample-1')).toEqual([[0.2689414, 0.7310586]]);
  });

  it('accepts correct solutions in both languages and scores a naive one partially, naming where it differs', async () => {
    for (const [file, language] of [['softmax-correct.py', 'PYTHON'], ['softmax-correct.js', 'JAVASCRIPT']] as const) {
      const outcome = await judgeCompanyCoding(validated, { language, source: read(file), maxScore: 10 }, { docker });
      expect({ file, verdict: outcome.verdict, score: outcome.score }).toEqual({ file, verdict: 'ACCEPTED', score: 10 });
    }
    const naive = await judgeCompanyCoding(validated, { language: 'PYTHON', source: read('softmax-naive.py'), maxScore: 10 }, { docker });
    expect(naive.verdict).toBe('PARTIAL');
    const failed = naive.tests.filter((t) => !t.passed);
    expect(failed.map((t) => t.name)).toEqual(['large-values']);
    // Hidden test: where and what kind of difference, never the expected value.
    expect(failed[0].message).toBe('result[0][0]: got NaN where the reference has a number');
    expect(naive.score).toBeCloseTo((10 * 4) / 6, 6);
  });

  it('shows a visible test\'s expected value, and a wrong type at its path', async () => {
    const source = 'def softmax(x, axis=-1):\n    return [[0.5, 0.5] for _ in range(len(x))]\n';
    const outcome = await judgeCompanyCoding(validated, { language: 'PYTHON', source, maxScore: 10 }, { docker });
    expect(outcome.tests.find((t) => t.name === 'sample-1')?.message).toBe('result[0][0]: got 0.5, expected 0.2689414 (tolerance rtol 0.0001, atol 0.00001)');
    const typed = await judgeCompanyCoding(validated, { language: 'PYTHON', source: 'def softmax(x, axis=-1):\n    return {"rows": 1}\n', maxScore: 10 }, { docker });
    expect(typed.tests[0].message).toBe('result: got an object, expected an array');
  });

  it('passes NDARRAY parameters as numpy arrays and JSON ones as they are', async () => {
    const section: CodingSection = {
      entry: 'kinds',
      parameters: [
        { name: 'a', type: 'NDARRAY' },
        { name: 'b', type: 'JSON' },
        { name: 'c', type: 'JSON' },
      ],
      starterCode: [],
      tests: [{ name: 'types', input: { a: [[1, 2]], b: [1, 2], c: { k: [3] } }, expected: ['ndarray', 'int64', 'list', 'dict', 'list'], hidden: false, weight: 1 }],
      tolerance: 'exact',
      limits: { timeMsPerTest: 2000, memoryMb: 256 },
    };
    const source = 'def kinds(a, b, c):\n    return [type(a).__name__, str(a.dtype), type(b).__name__, type(c).__name__, type(c["k"]).__name__]\n';
    const outcome = await judgeCompanyCoding(section, { language: 'PYTHON', source, maxScore: 1 }, { docker });
    expect(outcome.tests[0]).toMatchObject({ passed: true, message: null });
  });

  it('marks a question INVALID when its reference disagrees with a given expected value or fails, naming the test', async () => {
    const wrong = softmax();
    wrong.tests[0] = { ...wrong.tests[0], expected: [[0.3, 0.7]] };
    const disagreeing = await validateCodingSection(wrong, { docker });
    expect(disagreeing.status).toBe('INVALID');
    // 1 / (1 + e) = 0.26894142136999…; the author sees both values (these are their own tests).
    expect(disagreeing.tests.filter((t) => !t.passed)).toEqual([
      { test: 'sample-1', passed: false, message: expect.stringMatching(/^the reference solution disagrees with the expected output: result\[0\]\[0\]: got 0\.268941421369995\d*, expected 0\.3$/) },
    ]);

    const crashing = softmax();
    crashing.referenceSolution = { language: 'PYTHON', source: 'def softmax(x, axis=-1):\n    if axis == 0:\n        raise ValueError("columns are not supported")\n    return x\n' };
    const failing = await validateCodingSection(crashing, { docker });
    expect(failing.status).toBe('INVALID');
    expect(failing.tests.find((t) => t.test === 'sample-columns')?.message).toMatch(/^the reference solution failed: RUNTIME_ERROR: .*columns are not supported/);
  });

  it('judge:try validates a question file first, as an upload would be, then judges the solution', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'company-q-'));
    const args = (questionFile: string, file = join(EXAMPLES, 'softmax-naive.py')) => ({ slug: questionFile, questionFile, file, language: 'PYTHON' as const, seed: 1, maxScore: 100 });
    const shown = await tryQuestionFile(args(join(EXAMPLES, 'coding-softmax-rows.question.json')), docker);
    expect(shown).toMatchObject({ question: 'softmax-rows', verdict: 'PARTIAL', validation: { status: 'READY' } });

    const unknownParameter = JSON.parse(read('coding-softmax-rows.question.json'));
    unknownParameter.coding.tests[0].input.temperature = 2;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(unknownParameter));
    const rejected = await tryQuestionFile(args(join(dir, 'bad.json')), docker).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(QuestionFileRejected);
    expect((rejected as QuestionFileRejected).details).toEqual({ problems: [{ field: 'coding.tests[0].input.temperature', message: expect.stringContaining('not a parameter') }] });

    const disagreeing = JSON.parse(read('coding-softmax-rows.question.json'));
    disagreeing.coding.tests[0].expected = [[0.5, 0.5]];
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify(disagreeing));
    const invalid = await tryQuestionFile(args(join(dir, 'invalid.json')), docker).catch((e: unknown) => e);
    expect((invalid as QuestionFileRejected).message).toMatch(/is INVALID/);
    expect((invalid as QuestionFileRejected).details).toEqual({ validation: [expect.objectContaining({ test: 'sample-1', passed: false })] });
  });
});

describe('company training questions (real sandbox)', () => {
  const file = parseQuestionFile(JSON.parse(read('training-exam-pass.question.json')));

  it('sends the held-out features only, never their labels', async () => {
    const { parseTrainingData } = await import('@app/questions');
    const data = parseTrainingData(file.training!);
    const [train, heldout] = companyTrainingCases(data, 1000);
    expect(Object.keys(train.input).sort()).toEqual(['X', 'y']);
    expect(Object.keys(heldout.input)).toEqual(['X']);
    expect(heldout.input.X).toEqual(data.test.X);
  });

  it('scores a logistic regression by the bars and a constant predictor at zero, beside the baselines', async () => {
    const baselines = await baselinesOf(file.training!);
    // The held-out rows are 30 of 120; the majority of the training rows is a constant guess.
    expect(baselines.model).toBeGreaterThan(0.85);
    expect(baselines.constant).toBeLessThan(0.7);
    const good = await judgeCompanyTraining(file.training!, baselines, { language: 'PYTHON', source: read('exam-pass-logistic.py'), maxScore: 10 }, { docker });
    expect(good).toMatchObject({ verdict: 'ACCEPTED', score: 10 });
    expect(good.metrics).toEqual([
      { name: 'accuracy', value: expect.any(Number), baseline: baselines.model },
      { name: 'baseline_majority_accuracy', value: baselines.constant, baseline: null },
    ]);
    const bad = await judgeCompanyTraining(file.training!, baselines, { language: 'PYTHON', source: read('exam-pass-constant.py'), maxScore: 10 }, { docker });
    expect(bad).toMatchObject({ verdict: 'WRONG_ANSWER', score: 0 });
    expect(bad.tests[1].message).toMatch(/^accuracy 0\.\d+ \(full marks ≥ 0\.85, none ≤ 0\.6\)$/);
    const malformed = await judgeCompanyTraining(file.training!, baselines, { language: 'PYTHON', source: 'def train(X, y):\n    return 0\n\ndef predict(m, X):\n    return [0]\n', maxScore: 10 }, { docker });
    expect(malformed.tests[1].message).toBe('predictions rejected: predictions: expected 30 entries (one per test row) but got 1');
  });
});
