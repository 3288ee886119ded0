// GraphQL enums shared by several features, registered once under the contract's names.
import { registerEnumType } from '@nestjs/graphql';
import { AttemptStatus, InvitationStatus, Role, SubmissionKind, SubmissionStatus, Verdict } from '@prisma/client';

registerEnumType(Role, { name: 'Role', description: 'A company member\'s role (also carried by an API key).' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });
registerEnumType(SubmissionKind, { name: 'SubmissionKind', description: 'CODE (judged in the sandbox) or ANSWER (a written answer, reviewed).' });
registerEnumType(Verdict, { name: 'Verdict' });

export { AttemptStatus, InvitationStatus, Role, SubmissionKind, SubmissionStatus, Verdict };
