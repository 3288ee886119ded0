// Where e-mail goes: SMTP at SMTP_URL, or, without it (development, the README's first
// command), .eml files in MAIL_OUTBOX_DIR that any mail client opens.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly smtp?: Transporter;
  private readonly files?: Transporter;
  private readonly outbox: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox = resolve(config.MAIL_OUTBOX_DIR);
    if (config.SMTP_URL) {
      this.smtp = nodemailer.createTransport(config.SMTP_URL);
      const url = new URL(config.SMTP_URL);
      this.logger.log(`e-mail goes to SMTP at ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`);
    } else {
      this.files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.logger.log(`SMTP_URL is not set: e-mail is written as .eml files to ${this.outbox}`);
    }
  }

  /** Sends one message; throws when the server refuses it or cannot be reached (the job retries). */
  async send(mail: OutgoingMail): Promise<void> {
    const message = { from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${mail.id}@ml-judge>` };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = (await this.files!.sendMail(message)) as { message: Buffer };
    await mkdir(this.outbox, { recursive: true });
    await writeFile(join(this.outbox, `${mail.id}.eml`), info.message, { mode: 0o600 });
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
