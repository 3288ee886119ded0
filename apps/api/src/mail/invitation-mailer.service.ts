// Invitation e-mails: `queueInvitation` records the message (PENDING) and queues it on the
// `mail` queue; the MailWorker renders and sends it, retrying with backoff, and keeps the
// delivery log (status, attempts, last error). The token travels only in the job (removed once
// sent); it is never logged nor stored: the database keeps its hash alone.
import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MAIL_QUEUE, PrismaService, QUEUE_JOB_OPTIONS } from '@app/platform';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { candidateLink, invitationMessage, invitationSubject } from './invitation-message';
import { MailTransport } from './mail-transport';

export interface InvitationMailJob {
  emailId: string;
  token: string;
}

/** Error texts are shown in the delivery log; keep them short. */
const MAX_ERROR_LENGTH = 500;

@Injectable()
export class InvitationMailer {
  constructor(
    private readonly prisma: PrismaService,
    private readonly transport: MailTransport,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue<InvitationMailJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queueInvitation(args: { companyId: string; invitationId: string; token: string }): Promise<{ id: string }> {
    const invitation = await this.prisma.invitation.findFirstOrThrow({
      where: { id: args.invitationId, companyId: args.companyId },
      select: { candidate: { select: { email: true } }, questionSet: { select: { title: true } }, company: { select: { name: true } } },
    });
    const row = await this.prisma.emailMessage.create({
      data: {
        companyId: args.companyId,
        invitationId: args.invitationId,
        to: invitation.candidate.email,
        subject: invitationSubject(invitation.company.name, invitation.questionSet.title),
      },
      select: { id: true },
    });
    await this.queue.add('invitation', { emailId: row.id, token: args.token }, { jobId: row.id, ...QUEUE_JOB_OPTIONS[MAIL_QUEUE] });
    return row;
  }

  /** One try of one message (the worker's job). Throws to be retried; the last failure is FAILED. */
  async deliver(job: InvitationMailJob, isLastTry: boolean): Promise<void> {
    const row = await this.prisma.emailMessage.findUnique({
      where: { id: job.emailId },
      include: { invitation: { include: { candidate: true, company: true, questionSet: true } } },
    });
    if (!row || row.status !== 'PENDING' || !row.invitation) return;
    const { invitation } = row;
    const message = invitationMessage({
      candidateName: invitation.candidate.name,
      companyName: invitation.company.name,
      setTitle: invitation.questionSet.title,
      timeLimitMinutes: Math.round(invitation.questionSet.timeLimitMinutes * (1 + invitation.extraTimePercent / 100)),
      expiresAt: invitation.expiresAt,
      link: candidateLink(this.config.CANDIDATE_APP_URL, job.token),
    });
    try {
      await this.transport.send({ id: row.id, to: row.to, ...message });
    } catch (error) {
      // The server's words, never the message (which holds the token).
      const reason = (error instanceof Error ? error.message : String(error)).split(job.token).join('[token]').slice(0, MAX_ERROR_LENGTH);
      await this.prisma.emailMessage.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: reason, status: isLastTry ? 'FAILED' : 'PENDING' } });
      if (isLastTry) return;
      throw new Error(reason);
    }
    await this.prisma.emailMessage.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, status: 'SENT', sentAt: new Date(), lastError: null } });
  }
}
