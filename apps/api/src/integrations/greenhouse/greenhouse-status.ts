// An invitation's state in Greenhouse's terms. Greenhouse acts only on "complete" (then it reads
// the score and the report link); the other values are shown to its users as they are.

export type PartnerStatus = 'sent' | 'in_progress' | 'judging' | 'complete' | 'expired' | 'cancelled';

export interface InvitationState {
  status: 'PENDING' | 'STARTED' | 'FINISHED' | 'REVOKED';
  expiresAt: Date;
}

export interface AttemptState {
  status: 'IN_PROGRESS' | 'FINISHED';
  /** A submission of it is still queued or running. */
  judging: boolean;
}

/**
 * "complete" only once the attempt is finished AND every submission judged: Greenhouse stops
 * asking after "complete", so a score still missing a verdict would stay wrong there for good.
 */
export function greenhouseStatus(invitation: InvitationState, attempt: AttemptState | null, now = new Date()): PartnerStatus {
  if (invitation.status === 'REVOKED') return 'cancelled';
  if (attempt?.status === 'FINISHED' || invitation.status === 'FINISHED') return attempt?.judging ? 'judging' : 'complete';
  if (attempt) return 'in_progress';
  return invitation.expiresAt <= now ? 'expired' : 'sent';
}
