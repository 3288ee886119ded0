import { DynamicModule, Module } from '@nestjs/common';
import { MAIL_QUEUE, queueWorker } from '@app/platform';
import type { AppConfig } from '../config/app-config';
import { InvitationMailer } from './invitation-mailer.service';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail.worker';

/** Messages sent at once per API process (mail servers are slow I/O). */
const CONCURRENCY = 5;

/** Invitation e-mails: InvitationMailer (exported) and the `mail` queue's worker. */
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      global: true,
      providers: [MailTransport, InvitationMailer, queueWorker(MailWorker, MAIL_QUEUE, config, { concurrency: CONCURRENCY })],
      exports: [InvitationMailer],
    };
  }
}
