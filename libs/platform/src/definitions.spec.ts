// The database's enums must list exactly what @app/definitions defines, in the same order: a
// language or verdict added on one side only fails here (the GraphQL enums are registered from
// these Prisma enums, see apps/api/src/common/enums.ts and apps/api/src/graphql/enums.spec.ts).
import { LANGUAGE_IDS, VERDICT_NAMES } from '@app/definitions';
import { $Enums } from '@prisma/client';

describe('Prisma enums and @app/definitions', () => {
  it('Verdict lists the verdict table', () => {
    expect(Object.values($Enums.Verdict)).toEqual([...VERDICT_NAMES]);
  });

  it('Language lists the language table', () => {
    expect(Object.values($Enums.Language)).toEqual([...LANGUAGE_IDS]);
  });
});
