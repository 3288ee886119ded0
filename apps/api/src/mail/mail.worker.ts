// Consumes the `mail` queue inside the API process: each job is one try of one message; a throw
// makes BullMQ retry it with backoff (the queue's options in @app/platform).
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { isLastTry, MAIL_QUEUE } from '@app/platform';
import type { Job } from 'bullmq';
import { InvitationMailer, type InvitationMailJob } from './invitation-mailer.service';

@Processor(MAIL_QUEUE)
export class MailWorker extends WorkerHost {
  constructor(private readonly mailer: InvitationMailer) {
    super();
  }

  process(job: Job<InvitationMailJob>) {
    return this.mailer.deliver(job.data, isLastTry(job));
  }
}
