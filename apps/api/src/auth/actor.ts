// Who is calling: a company user (access token), an API key, or a candidate (invitation token).
import type { Company, Role } from '@prisma/client';

export type UserActor = { kind: 'USER'; userId: string; companyId: string; role: Role };
export type ApiKeyActor = {
  kind: 'API_KEY';
  apiKeyId: string;
  companyId: string;
  role: Role;
  /** Snapshot taken when the key was authenticated (at most a few seconds old). */
  keyName: string;
  company: Company;
};
export type CandidateActor = { kind: 'CANDIDATE'; invitationId: string; candidateId: string; companyId: string };

export type Actor = UserActor | ApiKeyActor | CandidateActor;
export type MemberActor = UserActor | ApiKeyActor;

/** Principals an operation can admit: a company role, or a candidate with an invitation token. */
export type Principal = Role | 'CANDIDATE';

export function principalOf(actor: Actor): Principal {
  return actor.kind === 'CANDIDATE' ? 'CANDIDATE' : actor.role;
}

/** For audit rows: which kind of actor and its id. */
export function actorRef(actor: Actor): { actorType: 'USER' | 'API_KEY' | 'CANDIDATE'; actorId: string } {
  switch (actor.kind) {
    case 'USER':
      return { actorType: 'USER', actorId: actor.userId };
    case 'API_KEY':
      return { actorType: 'API_KEY', actorId: actor.apiKeyId };
    case 'CANDIDATE':
      return { actorType: 'CANDIDATE', actorId: actor.invitationId };
  }
}
