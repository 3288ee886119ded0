import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiResolvers } from '../graphql/module-resolvers';
import { operationPermissions } from './operation-permissions';

// The permission snapshot: who may call each operation. A change here is a reviewed diff.
const EXPECTED: Record<string, string> = {
  'Mutation.createApiKey': 'ADMIN',
  'Mutation.createUser': 'ADMIN',
  'Mutation.logIn': 'PUBLIC',
  'Mutation.revokeApiKey': 'ADMIN',
  'Mutation.signUp': 'PUBLIC',
  'Query.apiKeys': 'ADMIN',
  'Query.me': 'ADMIN, GRADER, RECRUITER',
  'Query.question': 'ADMIN, GRADER, RECRUITER',
  'Query.questions': 'ADMIN, GRADER, RECRUITER',
  'Mutation.archiveQuestion': 'ADMIN, RECRUITER',
  'Mutation.createQuestion': 'ADMIN, RECRUITER',
  'Mutation.importQuestions': 'ADMIN, RECRUITER',
  'Mutation.updateQuestion': 'ADMIN, RECRUITER',
  'Query.exportQuestions': 'ADMIN, GRADER, RECRUITER',
  'Query.users': 'ADMIN',
  'Mutation.createWebhook': 'ADMIN',
  'Mutation.deleteWebhook': 'ADMIN',
  'Mutation.updateWebhook': 'ADMIN',
  'Query.webhookDeliveries': 'ADMIN',
  'Query.webhooks': 'ADMIN',
  'Mutation.bulkInviteCandidates': 'ADMIN, RECRUITER',
  'Mutation.createCandidate': 'ADMIN, RECRUITER',
  'Mutation.eraseCandidate': 'ADMIN',
  'Mutation.createQuestionSet': 'ADMIN, RECRUITER',
  'Mutation.extendAttempt': 'ADMIN, RECRUITER',
  'Mutation.finishAttempt': 'CANDIDATE',
  'Mutation.inviteCandidate': 'ADMIN, RECRUITER',
  'Mutation.revokeInvitation': 'ADMIN, RECRUITER',
  'Mutation.revokeReportLinks': 'ADMIN, RECRUITER',
  'Mutation.recordActivity': 'CANDIDATE',
  'Mutation.runCode': 'CANDIDATE',
  'Mutation.saveDraft': 'CANDIDATE',
  'Mutation.startAttempt': 'CANDIDATE',
  'Mutation.submitAnswer': 'CANDIDATE',
  'Mutation.submitCode': 'CANDIDATE',
  'Mutation.updateQuestionSet': 'ADMIN, RECRUITER',
  'Query.candidate': 'ADMIN, RECRUITER',
  'Query.candidates': 'ADMIN, RECRUITER',
  'Query.invitations': 'ADMIN, RECRUITER',
  'Query.codeRun': 'CANDIDATE',
  'Query.myAttempt': 'CANDIDATE',
  'Query.questionSet': 'ADMIN, GRADER, RECRUITER',
  'Query.questionSets': 'ADMIN, GRADER, RECRUITER',
  'Query.submission': 'ADMIN, CANDIDATE, GRADER, RECRUITER',
  'Mutation.rejudgeQuestionVersion': 'ADMIN',
  'Mutation.rejudgeSubmission': 'ADMIN',
  'Mutation.reviewSubmission': 'ADMIN, GRADER',
  'Query.submissionsToReview': 'ADMIN, GRADER, RECRUITER',
  'Query.attempt': 'ADMIN, GRADER, RECRUITER',
  'Query.attempts': 'ADMIN, GRADER, RECRUITER',
  'Query.auditLogs': 'ADMIN',
  'Subscription.codeRunUpdated': 'CANDIDATE',
  'Subscription.submissionUpdated': 'ADMIN, CANDIDATE, GRADER, RECRUITER',
};

describe('operation permissions', () => {
  const table = Object.fromEntries(
    operationPermissions(apiResolvers()).map(({ operation, admits }) => [operation, Array.isArray(admits) ? admits.join(', ') : admits]),
  );

  it('lists every operation with the principals it admits', () => {
    expect(table).toEqual(EXPECTED);
  });

  it('leaves no operation open to nobody by accident', () => {
    expect(Object.entries(table).filter(([, admits]) => admits === 'NOBODY')).toEqual([]);
  });

  it('covers every root field of the committed schema', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((type) => type !== null && type !== undefined)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    expect(rootFields.sort()).toEqual(Object.keys(table).sort());
  });
});
