// Submissions sent one after another through an outage, sorted by how the API answered:
// accepted (a submission id), refused with a clear coded error, or a crash (see crashSign).
import { PY_SDP_CORRECT } from '../../../apps/judge/src/judging/testing/candidate-sources';
import { submitCode } from './assessment';
import type { GqlResult } from './graphql-client';

export interface Refusal {
  status: number;
  code: string | undefined;
  message: string;
}

export interface SubmissionBurst {
  accepted: string[];
  refused: Refusal[];
  crashes: string[];
  /** Sends `count` submissions, round-robin over the candidates' tokens. */
  submit(count: number): Promise<void>;
}

/** Submissions of `source` (default: a correct, fast solution). */
export function submissionBurst(baseUrl: string, candidateTokens: string[], questionId: string, source = PY_SDP_CORRECT): SubmissionBurst {
  const burst: SubmissionBurst = {
    accepted: [],
    refused: [],
    crashes: [],
    async submit(count) {
      for (let i = 0; i < count; i += 1) {
        const token = candidateTokens[sent++ % candidateTokens.length];
        const result = await submitCode(baseUrl, token, questionId, source, 20_000).catch(
          (error: Error) => ({ status: 0, raw: `request failed: ${error.message}` }) as Awaited<ReturnType<typeof submitCode>>,
        );
        const crash = crashSign(result);
        if (crash) burst.crashes.push(crash);
        else if (result.data?.submitCode?.id) burst.accepted.push(result.data.submitCode.id);
        else burst.refused.push({ status: result.status, code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? result.raw.slice(0, 200) });
      }
    },
  };
  let sent = 0;
  return burst;
}

/** A response that is a crash rather than a clear, coded error (or no answer within the timeout). */
export function crashSign(result: GqlResult): string | undefined {
  // INTERNAL marked retryable is the contract's clear answer to an outage ("try again shortly"),
  // not a crash; any other INTERNAL is.
  const codes = (result.errors ?? []).filter((e) => !(e.extensions?.code === 'INTERNAL' && e.extensions?.retryable === true)).map((e) => e.extensions?.code ?? '');
  if (result.status === 0) return `no answer: ${result.raw.slice(0, 300)}`;
  if (result.status >= 500) return `HTTP ${result.status}: ${result.raw.slice(0, 300)}`;
  if (codes.some((c) => /INTERNAL/.test(c))) return `code ${codes.join(',')}: ${result.raw.slice(0, 300)}`;
  if (/stacktrace|\n\s+at /i.test(result.raw)) return `stack in body: ${result.raw.slice(0, 300)}`;
  return undefined;
}
