// A real SMTP server on 127.0.0.1 for the tests (the `smtp-server` package): it accepts every
// message and keeps it parsed (mailparser), so a test reads what a candidate's inbox would get.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The invitation token in a message's candidate link (CANDIDATE_APP_URL's `{token}`). */
export function tokenInMail(mail: ParsedMail): string | undefined {
  return /\binv_[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
}
