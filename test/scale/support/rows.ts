// Reads submissions and judge runs straight from PostgreSQL, as an operator would check them.
import { Client } from 'pg';

export interface SubmissionRow {
  id: string;
  status: string;
  verdict: string | null;
  enqueuedAt: Date | null;
}
export interface RunRow {
  submissionId: string;
  workerId: string;
  verdict: string;
  startedAt: Date;
}

export async function withDb<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function submissionRows(url: string): Promise<SubmissionRow[]> {
  return withDb(url, async (c) => (await c.query(`SELECT id, status::text AS status, verdict::text AS verdict, "enqueuedAt" FROM "Submission" WHERE kind = 'CODE'`)).rows);
}

export function judgeRunRows(url: string): Promise<RunRow[]> {
  return withDb(url, async (c) => (await c.query(`SELECT "submissionId", "workerId", verdict::text AS verdict, "startedAt" FROM "JudgeRun"`)).rows);
}

/** An accepted submission that has not reached JUDGED: its last status, and whether it was ever enqueued. */
export interface NotJudged {
  id: string;
  status: string;
  enqueued: boolean;
}

/**
 * Polls until every one of `ids` is JUDGED or `timeoutMs` passes; returns the rows at the end
 * and those still not judged (empty when all were).
 */
export async function waitUntilJudged(url: string, ids: string[], timeoutMs: number): Promise<{ rows: SubmissionRow[]; notJudged: NotJudged[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await submissionRows(url).catch(() => [] as SubmissionRow[]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const notJudged = ids
      .filter((id) => byId.get(id)?.status !== 'JUDGED')
      .map((id) => ({ id, status: byId.get(id)?.status ?? 'MISSING', enqueued: Boolean(byId.get(id)?.enqueuedAt) }));
    if (notJudged.length === 0 || Date.now() > deadline) return { rows, notJudged };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
