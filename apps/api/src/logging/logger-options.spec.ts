import { Writable } from 'node:stream';
import pino from 'pino';
import { redaction } from '@app/platform';

describe('log redaction', () => {
  it('hides authorization headers, passwords, secrets and tokens', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: redaction }, sink);
    logger.info({
      req: { headers: { authorization: 'Bearer mlj_abc_SECRET1', cookie: 'sid=SECRET2' } },
      input: { email: 'a@b.test', password: 'SECRET3' },
      apiKey: { secret: 'SECRET4', token: 'SECRET5', accessToken: 'SECRET6' },
    });
    const text = lines.join('');
    expect(text).toContain('a@b.test');
    expect(text).toContain('[redacted]');
    expect(text).not.toMatch(/SECRET\d/);
  });
});
