// The question a submission is judged by: the stored version it pinned (or, after a rejudge that
// asked for it, the question's latest version), never simply "the bank entry as the code defines
// it now". Bank coding and training questions draw their tests from code, so the stored version
// names that code's behaviour by its judging fingerprint; a worker whose code gives another
// fingerprint cannot reproduce the pinned tests and refuses, instead of silently grading with
// other ones.
import { getQuestion, judgingFingerprint, type ConceptualQuestion, type Question, type StoredContent } from '@app/questions';

export interface StoredVersion {
  id: string;
  version: number;
  content: unknown;
  question: { slug: string };
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
export function pinnedQuestion(version: StoredVersion): Question {
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
