// Who a viewer sees as the candidate of an attempt. In an anonymised question set, graders see
// "Candidate <n>" (n = the attempt's rank by start time within its set, so it stays the same on
// every screen) and neither e-mail nor ATS id; recruiters and admins see the real identity.
import type { Role } from '@prisma/client';
import type { AttemptCandidate } from './models/attempt-report.model';

export interface CandidateIdentity {
  id: string;
  name: string;
  email: string;
  externalId: string | null;
}

export function isHiddenFrom(role: Role, anonymized: boolean): boolean {
  return anonymized && role === 'GRADER';
}

export function candidateView(candidate: CandidateIdentity, hidden: boolean, ordinal: number | undefined): AttemptCandidate {
  if (!hidden) return { ...candidate, anonymized: false };
  return { id: candidate.id, name: `Candidate ${ordinal ?? '?'}`, email: null, externalId: null, anonymized: true };
}
