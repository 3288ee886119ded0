// GraphQL enums shared by several features, registered once under the contract's names.
// Verdict (and Language, in questions/models/question.model.ts) come from the Prisma enums,
// which tests hold equal to the tables of @app/definitions (graphql/enums.spec.ts,
// libs/platform/src/definitions.spec.ts).
import { registerEnumType } from '@nestjs/graphql';
import { AttemptStatus, InvitationStatus, Role, SubmissionKind, SubmissionStatus, Verdict } from '@prisma/client';

registerEnumType(Role, { name: 'Role', description: 'A company member\'s role (also carried by an API key).' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });
registerEnumType(SubmissionKind, { name: 'SubmissionKind', description: 'CODE (judged in the sandbox) or ANSWER (a written answer, reviewed).' });
registerEnumType(Verdict, { name: 'Verdict' });

export { AttemptStatus, InvitationStatus, Role, SubmissionKind, SubmissionStatus, Verdict };
