import { greenhouseStatus } from './greenhouse-status';

const later = new Date(Date.now() + 3600_000);
const earlier = new Date(Date.now() - 1000);

describe('greenhouseStatus', () => {
  it('follows the invitation from sent to complete', () => {
    expect(greenhouseStatus({ status: 'PENDING', expiresAt: later }, null)).toBe('sent');
    expect(greenhouseStatus({ status: 'STARTED', expiresAt: later }, { status: 'IN_PROGRESS', judging: false })).toBe('in_progress');
    expect(greenhouseStatus({ status: 'FINISHED', expiresAt: later }, { status: 'FINISHED', judging: true })).toBe('judging');
    expect(greenhouseStatus({ status: 'FINISHED', expiresAt: later }, { status: 'FINISHED', judging: false })).toBe('complete');
  });

  it('says expired for an unopened invitation past its date, cancelled for a revoked one', () => {
    expect(greenhouseStatus({ status: 'PENDING', expiresAt: earlier }, null)).toBe('expired');
    expect(greenhouseStatus({ status: 'REVOKED', expiresAt: later }, null)).toBe('cancelled');
    // Started before it expired: the attempt decides, not the invitation's date.
    expect(greenhouseStatus({ status: 'STARTED', expiresAt: earlier }, { status: 'IN_PROGRESS', judging: false })).toBe('in_progress');
  });
});
