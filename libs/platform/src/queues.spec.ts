import { isLastTry, triesExhausted } from './queues';

describe('tries of a job', () => {
  const job = (attemptsMade: number, attempts?: number) => ({ attemptsMade, opts: attempts === undefined ? {} : { attempts } });

  it('knows the last try while it runs (attemptsMade counts the failed tries before it)', () => {
    expect(isLastTry(job(0, 3))).toBe(false);
    expect(isLastTry(job(1, 3))).toBe(false);
    expect(isLastTry(job(2, 3))).toBe(true);
    // A job added without `attempts` has one try.
    expect(isLastTry(job(0))).toBe(true);
  });

  it('knows in a failed handler that no try is left (attemptsMade then counts this failure)', () => {
    expect(triesExhausted(job(2, 3))).toBe(false);
    expect(triesExhausted(job(3, 3))).toBe(true);
    expect(triesExhausted(job(1))).toBe(true);
  });
});
