// A bank question's tests come from code, so its stored version names that code's behaviour by
// the judging fingerprint (libs/questions/src/versioning). This spec pins every fingerprint: a
// change to a generator's draws, a tolerance, a checked field or a limit fails here until the
// fixture is updated on purpose, which also tells the author that the next seed gives the
// question a new version (submissions already taken keep theirs, and a worker whose code gives
// another fingerprint refuses to judge them instead of grading with other tests).
// Update deliberately with: JUDGING_FINGERPRINTS_WRITE=1 npx jest -c libs/questions/jest.config.js judging-fingerprints
import * as fs from 'node:fs';
import { contentHash, judgingFingerprint, questions, storedContent, type CodingQuestion } from '../src';

const FIXTURE = `${__dirname}/fixtures/judging-fingerprints.json`;

function current(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of questions) {
    const fingerprint = judgingFingerprint(q);
    if (fingerprint !== null) out[q.slug] = fingerprint;
  }
  return out;
}

const coding = (): CodingQuestion => questions.find((q): q is CodingQuestion => q.kind === 'CODING' && q.slug === 'code-compress-quantize')!;

describe('judging fingerprints', () => {
  it('match the committed fixture for every coding and training question', () => {
    const now = current();
    if (process.env.JUDGING_FINGERPRINTS_WRITE) fs.writeFileSync(FIXTURE, `${JSON.stringify(now, null, 2)}\n`);
    const pinned = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
    const changed = Object.keys({ ...now, ...pinned }).filter((slug) => now[slug] !== pinned[slug]);
    // Named, so the failure says which questions' judging changed.
    expect(changed).toEqual([]);
    expect(Object.keys(now).length).toBe(questions.filter((q) => q.kind !== 'CONCEPTUAL').length);
  });

  it('is null for written questions (their rubric is stored with the version)', () => {
    const conceptual = questions.filter((q) => q.kind === 'CONCEPTUAL');
    expect(conceptual.length).toBeGreaterThan(0);
    for (const q of conceptual) expect(judgingFingerprint(q)).toBeNull();
  });

  it('changes when a generator draws one different number, and the stored content with it', () => {
    const q = coding();
    const edited: CodingQuestion = {
      ...q,
      generate: (seed) => {
        const cases = q.generate(seed);
        // The smallest edit a generator can make: one hidden case's first input value nudged.
        const [first, ...rest] = cases.hidden;
        const input = JSON.parse(JSON.stringify(first.input)) as Record<string, unknown>;
        const key = Object.keys(input)[0];
        input[key] = JSON.parse(JSON.stringify(input[key]).replace(/\d/, (d) => String((Number(d) + 1) % 10)));
        return { ...cases, hidden: [{ ...first, input }, ...rest] };
      },
    };
    expect(judgingFingerprint(edited)).not.toBe(judgingFingerprint(q));
    expect(contentHash(storedContent(edited))).not.toBe(contentHash(storedContent(q)));
  });

  it('changes with a tolerance or a limit, and not with a copy of the same entry', () => {
    const q = coding();
    expect(judgingFingerprint({ ...q })).toBe(judgingFingerprint(q));
    expect(judgingFingerprint({ ...q, defaultTolerance: { rtol: 1e-3, atol: 1e-3 } })).not.toBe(judgingFingerprint(q));
    expect(judgingFingerprint({ ...q, limits: { ...q.limits, timeMsPerTest: q.limits.timeMsPerTest + 1 } })).not.toBe(judgingFingerprint(q));
  });

  it('is stored with the version content', () => {
    const q = coding();
    expect(storedContent(q).judgingFingerprint).toBe(judgingFingerprint(q));
  });
});
