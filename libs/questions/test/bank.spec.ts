// The bank as a whole: every entry well formed, every seed heading covered exactly once, every
// contract id asked by a question.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crossEntryProblems, questionSchema } from '../src/schema';
import { getQuestion, questions, questionsByKind, variantGroups } from '../src/bank';
import { SEED_FILES, SEED_HEADINGS, SEED_SECTIONS } from '../src/bank/seed-sections';
import type { CodingQuestion, TrainingQuestion } from '../src/types';
import { CONTRACT_FIELDS, CONTRACT_IDS, CONTRACT_TASK_IDS } from './contract-fields';
import { readSeedHeadings, seedHeadingsIfPresent, seedsDir } from './seed-headings';

/** An entry cites a heading exactly; the seeds repeat some questions under different numbers,
 * so the `N. ` numbering is only ignored when the entry left it out. */
const bare = (heading: string) => heading.trim().replace(/^\d+\.\s*/, '');
const cites = (entryHeading: string, seedHeading: string) =>
  entryHeading.trim() === seedHeading.trim() || (!/^\d+\./.test(entryHeading.trim()) && bare(entryHeading) === bare(seedHeading));

describe('every entry', () => {
  it.each(questions.map((q) => [q.slug, q] as const))('%s matches the schema', (_slug, q) => {
    const result = questionSchema.safeParse(q);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  });

  it('has unique slugs, and variant and related links that resolve', () => {
    expect(crossEntryProblems(questions)).toEqual([]);
  });

  it('keeps related links symmetric', () => {
    for (const q of questions) {
      for (const r of q.related) expect({ from: q.slug, back: getQuestion(r)?.related.includes(q.slug) }).toEqual({ from: q.slug, back: true });
    }
  });
});

describe('seed heading index', () => {
  const fromSeeds = seedHeadingsIfPresent();

  // Without shared/seeds the coverage below relies on the committed index alone; with them, the
  // index must be exactly what the seeds say (same headings, same lines, same order).
  (fromSeeds ? it : it.skip)(`equals the headings of the seeds in ${seedsDir()}`, () => {
    expect(SEED_HEADINGS.map(({ seed, line, heading }) => ({ seed, line, heading }))).toEqual(fromSeeds);
  });

  it('reads headings from a seed folder (the parser the index was made with)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
    fs.writeFileSync(path.join(dir, '009_ab.txt'), '# Title\n#### 一、概念\n##### 1. 第一问？\ntext\n### 2. 第二问\n');
    expect(readSeedHeadings(dir)).toEqual([
      { seed: '009_ab.txt', line: 3, heading: '1. 第一问？' },
      { seed: '009_ab.txt', line: 5, heading: '2. 第二问' },
    ]);
  });

  it('names the five seed files', () => {
    expect([...new Set(SEED_HEADINGS.map((h) => h.seed))]).toEqual(Object.values(SEED_FILES));
  });
});

describe('seed coverage', () => {
  const headings = SEED_HEADINGS;
  const sourced = questions.filter((q) => q.source !== null);

  it('finds the 67 question headings of the five seeds', () => {
    expect(headings).toHaveLength(67);
    expect(new Set(headings.map((h) => h.seed)).size).toBe(5);
  });

  it('has exactly one entry per heading', () => {
    const problems: string[] = [];
    for (const h of headings) {
      const entries = sourced.filter((q) => q.source!.seed === h.seed && cites(q.source!.heading, h.heading));
      if (entries.length !== 1) problems.push(`${h.seed}:${h.line} "${h.heading}" has ${entries.length} entries`);
    }
    expect(problems).toEqual([]);
  });

  it('has no entry pointing at a heading that does not exist', () => {
    const orphans = sourced
      .filter((q) => !headings.some((h) => h.seed === q.source!.seed && cites(q.source!.heading, h.heading)))
      .map((q) => q.slug);
    expect(orphans).toEqual([]);
  });

  it('cites seed sections whose headings are in the index (the section table has not drifted)', () => {
    const known = new Set(headings.map((h) => `${h.seed}|${h.heading}`));
    const drifted = Object.entries(SEED_SECTIONS).filter(([, ref]) => !known.has(`${ref.seed}|${ref.heading}`));
    expect(drifted).toEqual([]);
    expect(Object.keys(SEED_SECTIONS)).toHaveLength(67);
  });
});

describe('contract coverage', () => {
  const coding = questionsByKind.CODING as CodingQuestion[];
  const training = questionsByKind.TRAINING as TrainingQuestion[];

  it('lists the 55 contract ids (51 algorithms, 4 training tasks)', () => {
    expect(CONTRACT_IDS).toHaveLength(55);
  });

  it('asks every algorithm id in at least one coding question', () => {
    const asked = new Set(coding.map((q) => q.algorithmId));
    expect(Object.keys(CONTRACT_FIELDS).filter((id) => !asked.has(id))).toEqual([]);
    expect(coding.filter((q) => !(q.algorithmId in CONTRACT_FIELDS)).map((q) => q.slug)).toEqual([]);
  });

  it('asks every task id in a training question', () => {
    expect(training.map((q) => q.taskId).sort()).toEqual([...CONTRACT_TASK_IDS].sort());
  });

  it('names coding and training slugs by the convention other entries link to', () => {
    for (const q of coding) expect(q.slug).toBe(`code-${q.algorithmId.replace(/[._]/g, '-')}`);
    for (const q of training) expect(q.slug).toBe(`train-${q.taskId.slice('task.'.length).replace(/_/g, '-')}`);
  });
});

describe('variant groups', () => {
  it('groups every variant under its canonical', () => {
    for (const q of questions) {
      if (q.variantOf) expect(variantGroups.get(q.variantOf)).toContain(q.slug);
    }
  });
});
