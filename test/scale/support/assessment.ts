// The recruiter's and the candidates' side of a small assessment, through a spawned API: one
// coding question (scaled dot-product attention), N invited candidates who started.
import { randomBytes } from 'node:crypto';
import { gql, must } from './graphql-client';

export const CODING_SLUG = 'code-attention-scaled-dot-product';
const PASSWORD = 'correct horse battery staple';

export interface Assessment {
  adminToken: string;
  questionId: string;
  /** Invitation tokens of candidates whose attempt is started. */
  candidateTokens: string[];
}

const unique = () => `${process.pid}-${Date.now()}-${randomBytes(3).toString('hex')}`;

/** Signs a company up and invites `candidates` candidates; calls alternate between baseUrls. */
export async function setUpAssessment(baseUrls: string[], candidates: number): Promise<Assessment> {
  const at = (i: number) => baseUrls[i % baseUrls.length];
  const signUp = must<{ accessToken: string }>(
    await gql(at(0), `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { companyName: 'Scale Co', name: 'Admin', email: `admin-${unique()}@example.test`, password: PASSWORD },
    }),
    'signUp',
  );
  const adminToken = signUp.accessToken;
  const questions = must<{ edges: Array<{ node: { id: string; slug: string } }> }>(
    await gql(at(1), `query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: CODING_SLUG }, adminToken),
    'questions',
  );
  const question = questions.edges[0]?.node;
  if (question?.slug !== CODING_SLUG) throw new Error(`question ${CODING_SLUG} not found`);
  const set = must<{ id: string }>(
    await gql(
      at(0),
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Scale', timeLimitMinutes: 120, languages: ['PYTHON'], items: [{ questionId: question.id, points: 10 }] } },
      adminToken,
    ),
    'createQuestionSet',
  );
  const candidateTokens: string[] = [];
  for (let i = 0; i < candidates; i += 1) {
    const candidate = must<{ id: string }>(
      await gql(at(i), `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: `Candidate ${i}`, email: `cand-${i}-${unique()}@example.test` } }, adminToken),
      'createCandidate',
    );
    const invitation = must<{ token: string }>(
      await gql(at(i + 1), `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: candidate.id, questionSetId: set.id } }, adminToken),
      'inviteCandidate',
    );
    must(await gql(at(i), `mutation { startAttempt { id } }`, {}, invitation.token), 'startAttempt');
    candidateTokens.push(invitation.token);
  }
  return { adminToken, questionId: question.id, candidateTokens };
}

export const SUBMIT_CODE = `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id status } }`;

export function submitCode(baseUrl: string, token: string, questionId: string, source: string, timeoutMs?: number) {
  return gql<{ submitCode: { id: string; status: string } }>(baseUrl, SUBMIT_CODE, { input: { questionId, language: 'PYTHON', source } }, token, timeoutMs);
}
