// Invitation e-mails as a candidate receives them: over SMTP to a real server started here
// (smtp-server on 127.0.0.1), in both languages, text and HTML, with a link whose token opens
// the assessment; the delivery log through GraphQL; a mail server that is down; and .eml files
// when no SMTP_URL is set. The token is never stored.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaService } from '@app/platform';
import { type ApiHarness, type CompanySession, freePort, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { type SmtpSink, startSmtpSink, tokenInMail } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invitation { id } token } }`;
const EMAILS = `query($s: ID) { invitations(questionSetId: $s) { edges { node { id candidate { email } emails { to subject status attempts lastError sentAt } } } } }`;

async function companyWithSet(api: ApiHarness) {
  const admin = await signUpCompany(api, 'Mail & Co');
  const found = await api.gql(`{ questions(first: 1, filter: {search: "code-attention-scaled-dot-product"}) { edges { node { id } } } }`, {}, admin.token);
  const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'Attention <screen>', timeLimitMinutes: 45, items: [{ questionId: found.data?.questions.edges[0].node.id, points: 10 }] } }, admin.token);
  return { admin, setId: set.data?.createQuestionSet.id as string };
}

async function invite(api: ApiHarness, admin: CompanySession, setId: string, email: string, sendEmail = true) {
  const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Kate Austen', email } }, admin.token);
  return api.gql(INVITE, { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: setId, sendEmail } }, admin.token);
}

describe('invitation e-mails', () => {
  describe('over SMTP', () => {
    let smtp: SmtpSink;
    let api: ApiHarness;

    beforeAll(async () => {
      smtp = await startSmtpSink();
      api = await startApi({ SMTP_URL: smtp.url, CANDIDATE_APP_URL: 'https://candidates.example.test/start?t={token}', MAIL_FROM: 'Assessments <jobs@mail.example.test>' });
    });
    afterAll(async () => {
      await api?.close();
      await smtp?.close();
    });

    it('sends the candidate a bilingual message whose link opens the assessment, logged as SENT, the token stored nowhere', async () => {
      const { admin, setId } = await companyWithSet(api);
      const email = uniqueEmail('kate');
      const invited = await invite(api, admin, setId, email);
      const token = invited.data?.inviteCandidate.token as string;
      const mail = await waitFor('the e-mail', async () => smtp.messages.find((m) => JSON.stringify(m.to).includes(email)), 30_000);
      expect(mail.from?.value[0]).toMatchObject({ name: 'Assessments', address: 'jobs@mail.example.test' });
      expect(mail.subject).toBe('Mail & Co: assessment "Attention <screen>" / 测评邀请');
      expect(mail.text).toContain(`https://candidates.example.test/start?t=${encodeURIComponent(token)}`);
      expect(mail.text).toContain('45 minutes');
      expect(mail.text).toContain('限时 45 分钟');
      expect(mail.html).toContain('Attention &lt;screen&gt;');
      expect(tokenInMail(mail)).toBe(token);
      expect((await api.gql(`mutation { startAttempt { id } }`, {}, tokenInMail(mail))).errors).toBeUndefined();

      const log = await waitFor('SENT in the log', async () => {
        const r = await api.gql(EMAILS, { s: setId }, admin.token);
        const node = r.data?.invitations.edges.find((e: { node: { candidate: { email: string } } }) => e.node.candidate.email === email)?.node;
        return node?.emails[0]?.status === 'SENT' ? node.emails : undefined;
      });
      expect(log).toEqual([{ to: email, subject: mail.subject, status: 'SENT', attempts: 1, lastError: null, sentAt: expect.any(String) }]);
      const rows = await api.app.get(PrismaService).emailMessage.findMany({ where: { to: email } });
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('e-mails each new row of a bulk invitation, and nothing for an invitation that was already open', async () => {
      const { admin, setId } = await companyWithSet(api);
      const emails = [uniqueEmail('bulk'), uniqueEmail('bulk')];
      const bulk = await api.gql(
        `mutation($input: BulkInviteCandidatesInput!) { bulkInviteCandidates(input: $input) { token error { code } } }`,
        { input: { questionSetId: setId, sendEmail: true, rows: emails.map((email) => ({ name: 'Row', email })) } },
        admin.token,
      );
      expect(bulk.data?.bulkInviteCandidates.every((r: { token: string | null }) => r.token)).toBe(true);
      await waitFor('both e-mails', async () => (emails.every((e) => smtp.messages.some((m) => JSON.stringify(m.to).includes(e))) ? true : undefined), 30_000);
      // Again: the open invitations come back without a token, and nobody gets a second message.
      await api.gql(`mutation($input: BulkInviteCandidatesInput!) { bulkInviteCandidates(input: $input) { token } }`, { input: { questionSetId: setId, sendEmail: true, rows: emails.map((email) => ({ name: 'Row', email })) } }, admin.token);
      await new Promise((r) => setTimeout(r, 1000));
      for (const e of emails) expect(smtp.messages.filter((m) => JSON.stringify(m.to).includes(e))).toHaveLength(1);
    });
  });

  it('keeps a message PENDING with the server\'s error while the mail server is down', async () => {
    const api = await startApi({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    try {
      const { admin, setId } = await companyWithSet(api);
      const invited = await invite(api, admin, setId, uniqueEmail('down'));
      const token = invited.data?.inviteCandidate.token as string;
      const [row] = await waitFor('a failed try', async () => {
        const rows = await api.app.get(PrismaService).emailMessage.findMany({ where: { invitationId: invited.data?.inviteCandidate.invitation.id } });
        return rows[0]?.attempts ? rows : undefined;
      }, 30_000);
      expect(row).toMatchObject({ status: 'PENDING', lastError: expect.stringMatching(/ECONNREFUSED/) });
      expect(row.lastError).not.toContain(token);
    } finally {
      await api.close();
    }
  });

  it('writes .eml files to MAIL_OUTBOX_DIR when no SMTP_URL is set', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'mljudge-outbox-test-'));
    const api = await startApi({ MAIL_OUTBOX_DIR: outbox });
    try {
      const { admin, setId } = await companyWithSet(api);
      const email = uniqueEmail('eml');
      const token = (await invite(api, admin, setId, email)).data?.inviteCandidate.token as string;
      const file = await waitFor('the .eml file', async () => readdirSync(outbox).find((f) => f.endsWith('.eml')), 30_000);
      const raw = readFileSync(join(outbox, file), 'utf8');
      expect(raw).toMatch(new RegExp(`^To: ${email.replace(/[.]/g, '\\.')}`, 'm'));
      expect(raw).toContain('Content-Type: multipart/alternative');
      expect(raw.replace(/=\r?\n/g, '')).toContain(encodeURIComponent(token).slice(0, 20));
      // Without sendEmail nothing is written.
      await invite(api, admin, setId, uniqueEmail('quiet'), false);
      await new Promise((r) => setTimeout(r, 500));
      expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
