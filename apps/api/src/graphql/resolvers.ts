// Every resolver of the API, in one place: the schema printer and the permission snapshot
// test read this list, so a resolver missing here fails those checks.
import type { Type } from '@nestjs/common';
import { ApiKeysResolver } from '../api-keys/api-keys.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { CandidateQuestionResolver, CandidateSessionResolver } from '../candidate-session/candidate-session.resolver';
import { CandidatesResolver } from '../candidates/candidates.resolver';
import { InvitationsResolver } from '../invitations/invitations.resolver';
import { QuestionSetItemResolver, QuestionSetsResolver } from '../question-sets/question-sets.resolver';
import { QuestionsResolver } from '../questions/questions.resolver';
import { SubmissionEventsResolver } from '../submission-events/submission-events.resolver';
import { SubmissionFieldsResolver } from '../submissions/submission.resolver';
import { UsersResolver } from '../users/users.resolver';
import { WebhooksResolver } from '../webhooks/webhooks.resolver';
import { AuditLogResolver } from '../audit-log/audit-log.resolver';
import { QuestionReportResolver, ReportsResolver } from '../reports/reports.resolver';
import { ReviewsResolver, SubmissionReviewsResolver } from '../reviews/reviews.resolver';

export const RESOLVERS: Type<unknown>[] = [
  AuthResolver,
  UsersResolver,
  ApiKeysResolver,
  QuestionsResolver,
  WebhooksResolver,
  QuestionSetsResolver,
  QuestionSetItemResolver,
  CandidatesResolver,
  InvitationsResolver,
  CandidateSessionResolver,
  CandidateQuestionResolver,
  SubmissionFieldsResolver,
  ReviewsResolver,
  SubmissionReviewsResolver,
  ReportsResolver,
  QuestionReportResolver,
  AuditLogResolver,
  SubmissionEventsResolver,
];
