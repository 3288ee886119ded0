import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PrismaService, type SubmissionEvent } from '@app/platform';
import type { Actor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { ParseCuidPipe } from '../common/id-args';
import { SubmissionEventsService } from './submission-events.service';
import { SubmissionUpdate } from './submission-update.model';

@Resolver()
export class SubmissionEventsResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: SubmissionEventsService,
  ) {}

  @Allow('CANDIDATE', 'ADMIN', 'RECRUITER', 'GRADER')
  @Subscription(() => SubmissionUpdate, {
    description: 'QUEUED → RUNNING → JUDGED (or FAILED) for one submission, over graphql-transport-ws with the same bearer token in connectionParams.authorization.',
    // A submission's events never say DONE (a code run's final status, on the same channel).
    resolve: (event: SubmissionEvent): SubmissionUpdate => ({ id: event.submissionId, status: event.status as SubmissionUpdate['status'], verdict: event.verdict as SubmissionUpdate['verdict'], score: event.score }),
  })
  async submissionUpdated(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, new ParseCuidPipe('id')) id: string) {
    // A candidate watches only their own submissions; company users their company's.
    const where =
      actor.kind === 'CANDIDATE'
        ? { id, companyId: actor.companyId, attempt: { invitationId: actor.invitationId } }
        : { id, companyId: actor.companyId };
    const owned = await this.prisma.submission.findFirst({ where, select: { id: true } });
    if (!owned) throw AppError.notFound('Submission');
    return this.events.watch(id, async () => {
      const row = await this.prisma.submission.findUniqueOrThrow({ where: { id } });
      return { submissionId: row.id, companyId: row.companyId, status: row.status, verdict: row.verdict, score: row.score };
    });
  }
}
