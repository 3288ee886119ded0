// The report's summary of an attempt's activity events, per question: pastes (largest, how many
// large), copies, full-screen exits and time out of focus (FOCUS_LOST until the next
// FOCUS_GAINED, or the attempt's end) as a share of the attempt. Signals, not verdicts.
import type { ActivityType } from '@prisma/client';
import type { QuestionActivity } from './models/activity-summary.model';

export interface ActivityRow {
  questionId: string | null;
  type: ActivityType;
  at: Date;
  size: number | null;
}

export function summariseActivity(events: readonly ActivityRow[], window: { start: Date; end: Date }, largePasteChars: number): QuestionActivity[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const byQuestion = new Map<string | null, QuestionActivity>();
  const of = (questionId: string | null) => {
    let entry = byQuestion.get(questionId);
    if (!entry) {
      entry = { questionId, pastes: 0, largestPaste: 0, largePastes: 0, copies: 0, fullscreenExits: 0, focusLostSeconds: 0, focusLostShare: 0 };
      byQuestion.set(questionId, entry);
    }
    return entry;
  };
  let lost: ActivityRow | undefined;
  const closeFocus = (until: number) => {
    if (!lost) return;
    of(lost.questionId).focusLostSeconds += Math.max(0, until - lost.at.getTime()) / 1000;
    lost = undefined;
  };
  for (const event of sorted) {
    const entry = of(event.questionId);
    if (event.type === 'PASTE') {
      entry.pastes += 1;
      entry.largestPaste = Math.max(entry.largestPaste, event.size ?? 0);
      if ((event.size ?? 0) >= largePasteChars) entry.largePastes += 1;
    } else if (event.type === 'COPY') {
      entry.copies += 1;
    } else if (event.type === 'FULLSCREEN_EXIT') {
      entry.fullscreenExits += 1;
    } else if (event.type === 'FOCUS_LOST') {
      // A second FOCUS_LOST without a FOCUS_GAINED between: the first one still runs.
      lost ??= event;
    } else {
      closeFocus(event.at.getTime());
    }
  }
  closeFocus(window.end.getTime());
  const duration = Math.max(1, (window.end.getTime() - window.start.getTime()) / 1000);
  return [...byQuestion.values()].map((entry) => ({ ...entry, focusLostSeconds: Math.round(entry.focusLostSeconds * 1000) / 1000, focusLostShare: Math.min(1, entry.focusLostSeconds / duration) }));
}
