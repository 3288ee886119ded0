// The database-free core of judging, shared by JudgeService and `npm run judge:try`: one source
// file against one question → a JudgeOutcome (verdict, score, tests, metrics, run facts).
import { suggestAnswerScore, type ConceptualQuestion } from '@app/questions';
import type { JudgeContext, SourceToJudge } from './judge-context';
import { judgeCoding } from './judge-coding';
import type { JudgeOutcome } from './judge-result';
import { judgeTraining } from './judge-training';

/**
 * Judges code. Throws only for infrastructure faults (engine unreachable, image missing, a
 * reference failure): anything the candidate's code does ends in the outcome's verdict.
 */
export async function judgeSource(request: SourceToJudge, context: JudgeContext): Promise<JudgeOutcome> {
  const { question } = request;
  switch (question.kind) {
    case 'CODING':
      return judgeCoding(question, request, context);
    case 'TRAINING':
      return judgeTraining(question, request, context);
    case 'CONCEPTUAL':
      return judgeAnswer(question, request.source, request.maxScore);
  }
}

/**
 * A written answer is never run: it waits for a grader (PENDING_REVIEW) with the keyword
 * rubric's suggestion beside it. The API sets this itself; the judge only does it when such a
 * submission reaches the queue anyway.
 */
export function judgeAnswer(question: ConceptualQuestion, text: string, maxScore: number): JudgeOutcome {
  return {
    verdict: 'PENDING_REVIEW',
    score: 0,
    maxScore,
    tests: [],
    metrics: [],
    peakMemoryBytes: null,
    image: null,
    imageDigest: null,
    gpu: false,
    timings: { queueWaitMs: 0, containerStartMs: 0, runMs: 0, compareMs: 0 },
    rubricSuggestion: suggestAnswerScore(question, text, maxScore),
  };
}
