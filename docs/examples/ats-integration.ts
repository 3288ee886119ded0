// An ATS integration with the typed client (libs/client), end to end: find a question, build a
// set, register a webhook, invite a candidate with an e-mail, wait for ATTEMPT_FINISHED (its
// signature checked), then read the report and its link for the hiring manager.
// test/api/ats-integration-example.e2e-spec.ts runs it against a real API, judge and SMTP server.
//
//   API_URL=https://judge.example.com/graphql API_KEY=mlj_… WEBHOOK_PUBLIC_URL=https://ats.example.com/hooks \
//     npx ts-node docs/examples/ats-integration.ts   (any TypeScript runner)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AttemptReportDocument,
  type AttemptReportQuery,
  CreateCandidateDocument,
  CreateQuestionSetDocument,
  CreateWebhookDocument,
  FindQuestionsDocument,
  InviteCandidateDocument,
  SIGNATURE_HEADER,
  createClient,
  verifyWebhookSignature,
} from '@app/client';

export interface AtsIntegrationOptions {
  /** The API's GraphQL endpoint. */
  apiUrl: string;
  /** An API key with role ADMIN (registering a webhook needs it; the rest RECRUITER would do). */
  apiKey: string;
  candidate: { name: string; email: string };
  /** The bank question to put in the set. */
  questionSlug: string;
  /** Where the webhook receiver listens; `publicUrl` is what the platform calls. */
  receiver: { port: number; host: string; publicUrl?: string };
  /** Called once the invitation is out (a test plays the candidate here). */
  onInvited?: (invitationId: string) => Promise<void>;
  /** How long to wait for the candidate to finish. */
  timeoutMs?: number;
}

export interface AtsIntegrationResult {
  invitationId: string;
  report: AttemptReportQuery['attempt'];
}

interface Finished {
  attemptId: string;
  candidateId: string;
}

/** Listens for signed deliveries; resolves with the first ATTEMPT_FINISHED for `candidateId`. */
async function webhookReceiver(host: string, port: number) {
  let secret = '';
  let expect: { candidateId: string; resolve: (event: Finished) => void } | undefined;
  const early: Finished[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      // Verify over the raw bytes, before parsing: anyone can POST to a public URL.
      if (!verifyWebhookSignature(secret, raw, req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined)) {
        res.writeHead(401).end();
        return;
      }
      const body = JSON.parse(raw.toString('utf8')) as { event: string; data: Finished };
      if (body.event === 'ATTEMPT_FINISHED') {
        if (expect && body.data.candidateId === expect.candidateId) expect.resolve(body.data);
        else early.push(body.data);
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/hooks`,
    useSecret: (value: string) => (secret = value),
    finished: (candidateId: string) =>
      new Promise<Finished>((resolve) => {
        const seen = early.find((e) => e.candidateId === candidateId);
        if (seen) resolve(seen);
        else expect = { candidateId, resolve };
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function runAtsIntegration(options: AtsIntegrationOptions): Promise<AtsIntegrationResult> {
  const api = createClient({ url: options.apiUrl, token: options.apiKey });
  const receiver = await webhookReceiver(options.receiver.host, options.receiver.port);
  try {
    const found = await api.request(FindQuestionsDocument, { search: options.questionSlug, first: 1 });
    const question = found.questions.edges[0]?.node;
    if (!question) throw new Error(`no question ${options.questionSlug} in the bank`);
    const set = await api.request(CreateQuestionSetDocument, {
      input: { title: 'ML engineer screen', timeLimitMinutes: 60, languages: ['PYTHON'], items: [{ questionId: question.id, points: 10 }] },
    });
    const hook = await api.request(CreateWebhookDocument, { input: { url: options.receiver.publicUrl ?? receiver.url, events: ['ATTEMPT_FINISHED'] } });
    receiver.useSecret(hook.createWebhook.secret);

    const candidate = await api.request(CreateCandidateDocument, { input: options.candidate });
    // sendEmail: the platform e-mails the candidate their link; the token never passes through us.
    const invited = await api.request(InviteCandidateDocument, { input: { candidateId: candidate.createCandidate.id, questionSetId: set.createQuestionSet.id, sendEmail: true } });
    const invitationId = invited.inviteCandidate.invitation.id;
    const finished = receiver.finished(candidate.createCandidate.id);
    await options.onInvited?.(invitationId);

    const timeoutMs = options.timeoutMs ?? 2 * 3600_000;
    let timer: NodeJS.Timeout | undefined;
    const event = await Promise.race([
      finished,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ATTEMPT_FINISHED within ${timeoutMs} ms`)), timeoutMs))),
    ]).finally(() => clearTimeout(timer));
    const report = await api.request(AttemptReportDocument, { id: event.attemptId });
    return { invitationId, report: report.attempt };
  } finally {
    await receiver.close();
  }
}

if (require.main === module) {
  const env = (name: string) => process.env[name] ?? (() => { throw new Error(`set ${name}`); })();
  runAtsIntegration({
    apiUrl: env('API_URL'),
    apiKey: env('API_KEY'),
    candidate: { name: env('CANDIDATE_NAME'), email: env('CANDIDATE_EMAIL') },
    questionSlug: process.env.QUESTION_SLUG ?? 'code-attention-scaled-dot-product',
    receiver: { host: '0.0.0.0', port: Number(process.env.WEBHOOK_PORT ?? 8080), publicUrl: process.env.WEBHOOK_PUBLIC_URL },
  }).then(
    ({ report }) => console.log(`${report.candidate.name}: ${report.totalScore}/${report.maxScore}, report at ${report.reportUrl}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
