// The question file as an author writes it: the committed examples parse, and each kind of
// mistake is refused with the field it is in, before anything runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptualEntryOf, MIN_TRAINING_ROWS, parseQuestionFile, parseTrainingData, QuestionFileError, suggestAnswerScore, type QuestionFile } from '..';

const EXAMPLES = join(__dirname, '../../../../docs/examples');
const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, `${name}.question.json`), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- mutated freely to make bad files

function problemsOf(raw: unknown): Array<{ field: string; message: string }> {
  try {
    parseQuestionFile(raw);
  } catch (error) {
    if (error instanceof QuestionFileError) return error.problems;
    throw error;
  }
  return [];
}

describe('question file', () => {
  it.each(['coding-softmax-rows', 'conceptual-explain-dropout', 'training-exam-pass'])('parses the example %s', (name) => {
    const file = parseQuestionFile(example(name));
    expect(file.slug).toBe(example(name).slug);
  });

  it('scores answers to one written question with one prepared rubric, as a fresh one would', () => {
    const file = parseQuestionFile(example('conceptual-explain-dropout'));
    const entry = conceptualEntryOf(file);
    // The same object each time: the rubric prepares its stems and synonyms once per question object.
    expect(conceptualEntryOf(file)).toBe(entry);
    const answer = 'Dropout zeroes random activations during training and rescales the rest, so units cannot co-adapt; at inference it is off.';
    const fresh = conceptualEntryOf(parseQuestionFile(example('conceptual-explain-dropout')));
    expect(fresh).not.toBe(entry);
    expect(suggestAnswerScore(entry, answer, 10)).toEqual(suggestAnswerScore(fresh, answer, 10));
  });

  it('fills in the format\'s defaults', () => {
    const raw = example('coding-softmax-rows');
    delete raw.difficulty;
    delete raw.coding.tolerance;
    delete raw.coding.tests[2].weight;
    delete raw.coding.tests[2].hidden;
    const file: QuestionFile = parseQuestionFile(raw);
    expect(file.difficulty).toBe('MEDIUM');
    expect(file.coding?.tolerance).toEqual({ rtol: 1e-4, atol: 1e-5 });
    expect(file.coding?.tests[2]).toMatchObject({ hidden: true, weight: 1 });
  });

  it('names a test input that is not a parameter, and a missing one', () => {
    const raw = example('coding-softmax-rows');
    raw.coding.tests[1].input = { x: [[1]], axes: 0 };
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        { field: 'coding.tests[1].input.axes', message: expect.stringContaining('"axes" is not a parameter of softmax') },
        { field: 'coding.tests[1].input', message: 'missing parameter "axis"' },
      ]),
    );
  });

  it('names a duplicate test, an empty test list and a test without expected output or reference', () => {
    const duplicate = example('coding-softmax-rows');
    duplicate.coding.tests[3].name = 'sample-1';
    expect(problemsOf(duplicate)).toContainEqual({ field: 'coding.tests[3].name', message: 'test name "sample-1" is used twice' });

    const empty = example('coding-softmax-rows');
    empty.coding.tests = [];
    expect(problemsOf(empty)[0].field).toBe('coding.tests');

    const noReference = example('coding-softmax-rows');
    delete noReference.coding.referenceSolution;
    expect(problemsOf(noReference).map((p) => p.field)).toEqual(['coding.tests[1].expected', 'coding.tests[2].expected', 'coding.tests[3].expected', 'coding.tests[4].expected']);
  });

  it('names a kind without its section, a section of another kind, and unknown fields', () => {
    const raw = example('coding-softmax-rows');
    raw.kind = 'CONCEPTUAL';
    expect(problemsOf(raw).map((p) => p.field).sort()).toEqual(['coding', 'conceptual']);
    const typo = example('coding-softmax-rows');
    typo.coding.test = typo.coding.tests;
    expect(problemsOf(typo)[0].field).toBe('coding');
    expect(problemsOf(typo)[0].message).toMatch(/test/);
    const badSlug = example('coding-softmax-rows');
    badSlug.slug = 'Softmax Rows';
    expect(problemsOf(badSlug)).toEqual([{ field: 'slug', message: expect.stringContaining('kebab-case') }]);
  });

  it('refuses limits beyond the ceilings and an oversized file', () => {
    const raw = example('coding-softmax-rows');
    raw.coding.limits.memoryMb = 1_000_000;
    expect(problemsOf(raw)[0].field).toBe('coding.limits.memoryMb');
    const big = example('coding-softmax-rows');
    big.prompt.en = 'x'.repeat(3 * 1024 * 1024);
    expect(problemsOf(big)[0].message).toMatch(/larger than 2 MB/);
  });

  it('checks training data: label column, numbers, rows, and splits it by a fixed seed', () => {
    const raw = example('training-exam-pass');
    const data = parseTrainingData(parseQuestionFile(raw).training!);
    expect(data.features).toEqual(['hours_studied', 'hours_slept']);
    expect(data.train.X.length + data.test.X.length).toBe(120);
    expect(data.test.X.length).toBe(30);
    // The same split every time (the held-out rows are the same for every candidate).
    expect(parseTrainingData(parseQuestionFile(raw).training!).test).toEqual(data.test);

    const noLabel = example('training-exam-pass');
    noLabel.training.label = 'grade';
    expect(problemsOf(noLabel)).toEqual([{ field: 'training.label', message: expect.stringContaining('"grade" is not in the CSV header') }]);
    const text = example('training-exam-pass');
    text.training.dataset.csv = text.training.dataset.csv.replace(/\n[^\n]+\n/, '\nmany,5,1\n');
    expect(problemsOf(text)).toEqual([{ field: 'training.dataset.csv', message: 'row 2, column "hours_studied": "many" is not a number' }]);
    const short = example('training-exam-pass');
    short.training.dataset.csv = short.training.dataset.csv.split('\n').slice(0, 10).join('\n');
    expect(problemsOf(short)[0].message).toBe(`needs at least ${MIN_TRAINING_ROWS} data rows, has 9`);
  });
});
