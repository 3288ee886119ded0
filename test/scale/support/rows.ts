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
