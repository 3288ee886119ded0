import { summariseActivity, type ActivityRow } from './activity-summary';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds));
const row = (type: ActivityRow['type'], seconds: number, questionId: string | null = 'q1', size: number | null = null): ActivityRow => ({ type, at: at(seconds), questionId, size });

describe('activity summary', () => {
  it('counts pastes by size and times out of focus per question, as a share of the attempt', () => {
    const summary = summariseActivity(
      [
        row('PASTE', 5, 'q1', 50),
        row('PASTE', 6, 'q1', 400),
        row('FOCUS_LOST', 10, 'q1'),
        row('FOCUS_LOST', 12, 'q1'), // still away: the first one runs on
        row('FOCUS_GAINED', 40, 'q1'),
        row('COPY', 41, 'q2', 10),
        row('FULLSCREEN_EXIT', 42, null),
        row('FOCUS_LOST', 90, 'q2'), // never regained: until the end (100 s)
      ],
      { start: at(0), end: at(100) },
      200,
    );
    expect(summary).toEqual([
      { questionId: 'q1', pastes: 2, largestPaste: 400, largePastes: 1, copies: 0, fullscreenExits: 0, focusLostSeconds: 30, focusLostShare: 0.3 },
      { questionId: 'q2', pastes: 0, largestPaste: 0, largePastes: 0, copies: 1, fullscreenExits: 0, focusLostSeconds: 10, focusLostShare: 0.1 },
      { questionId: null, pastes: 0, largestPaste: 0, largePastes: 0, copies: 0, fullscreenExits: 1, focusLostSeconds: 0, focusLostShare: 0 },
    ]);
  });

  it('is empty without events', () => {
    expect(summariseActivity([], { start: at(0), end: at(10) }, 200)).toEqual([]);
  });
});
