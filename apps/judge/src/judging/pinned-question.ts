// The question a submission is judged by: the stored version it pinned (or, after a rejudge that
// asked for it, the question's latest version), never simply "the bank entry as the code defines
// it now". Bank coding and training questions draw their tests from code, so the stored version
// names that code's behaviour by its judging fingerprint; a worker whose code gives another
// fingerprint cannot reproduce the pinned tests and refuses, instead of silently grading with
// other ones.
import {
  conceptualEntryOf,
  getQuestion,
  judgingFingerprint,
  parseQuestionFile,
  type CodingSection,
  type ConceptualQuestion,
  type Question,
  type QuestionFile,
  type StoredContent,
} from '@app/questions';

export interface StoredVersion {
  id: string;
  version: number;
  content: unknown;
  status: 'VALIDATING' | 'READY' | 'INVALID';
  validation: unknown;
  question: { slug: string; companyId: string | null };
}

/** What a submission is judged by: a bank entry, or a company question file as validated. */
export type PinnedQuestion =
  | { owner: 'BANK'; kind: Question['kind']; slug: string; question: Question }
  | {
      owner: 'COMPANY';
      kind: QuestionFile['kind'];
      slug: string;
      file: QuestionFile;
      /** CODING: the tests with every expected output (the author's or the reference's). */
      coding?: CodingSection;
      /** TRAINING: the platform's baselines on the question's split, computed by validation. */
      baselines?: { constant: number; model: number };
    };

/** The written question behind a pinned CONCEPTUAL question, for the rubric suggestion. */
export function conceptualOf(pinned: PinnedQuestion): ConceptualQuestion {
  if (pinned.kind !== 'CONCEPTUAL') throw new Error(`question ${pinned.slug} is ${pinned.kind}, not CONCEPTUAL`);
  return pinned.owner === 'BANK' ? (pinned.question as ConceptualQuestion) : conceptualEntryOf(pinned.file);
}

/** A company version as validated: its file, with the expected outputs validation recorded. */
function companyQuestion(version: StoredVersion): PinnedQuestion {
  // Only READY versions enter question sets; anything else here is a bad row, retried then failed.
  if (version.status !== 'READY') throw new Error(`company question ${version.question.slug} v${version.version} is ${version.status}, not READY`);
  const file = parseQuestionFile(version.content);
  const validation = (version.validation ?? {}) as { expected?: Record<string, unknown>; baselines?: { constant: number; model: number } };
  if (file.training) return { owner: 'COMPANY', kind: file.kind, slug: file.slug, file, baselines: validation.baselines };
  if (!file.coding) return { owner: 'COMPANY', kind: file.kind, slug: file.slug, file };
  const expected = validation.expected ?? {};
  const tests = file.coding.tests.map((t) => (t.expected === undefined && t.name in expected ? { ...t, expected: expected[t.name] } : t));
  return { owner: 'COMPANY', kind: file.kind, slug: file.slug, file, coding: { ...file.coding, tests } };
}

/** This worker's code cannot give the tests the version pinned (retried; a newer worker may). */
export class PinnedVersionUnavailable extends Error {
  constructor(slug: string, version: number, pinned: string | undefined, live: string | null) {
    super(
      `pinned version not reproducible: question ${slug} v${version} pins judging fingerprint ${pinned ?? '(none)'}, ` +
        `this worker's code gives ${live ?? '(none)'}`,
    );
    this.name = 'PinnedVersionUnavailable';
  }
}

/** The question to judge by for `version`, or throws when this worker cannot reproduce it. */
export function pinnedQuestion(version: StoredVersion): PinnedQuestion {
  // A company question is all data (its tests are in the version): nothing to reproduce.
  if (version.question.companyId !== null) return companyQuestion(version);
  const question = bankQuestion(version);
  return { owner: 'BANK', kind: question.kind, slug: question.slug, question };
}

function bankQuestion(version: StoredVersion): Question {
  const live = getQuestion(version.question.slug);
  // A worker whose bank lacks it is older than the API: throwing lets the job retry elsewhere.
  if (!live) throw new Error(`question ${version.question.slug} is not in this worker's question bank`);
  const content = (version.content ?? {}) as StoredContent;
  // Written questions are data only: the stored rubric and model answer are the version.
  if (live.kind === 'CONCEPTUAL') return { ...live, ...content, kind: 'CONCEPTUAL' } as ConceptualQuestion;
  const fingerprint = judgingFingerprint(live);
  if (content.judgingFingerprint !== fingerprint) {
    throw new PinnedVersionUnavailable(version.question.slug, version.version, content.judgingFingerprint, fingerprint);
  }
  return live;
}
