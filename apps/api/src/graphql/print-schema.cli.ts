// `npm run schema:print`: writes apps/api/schema.graphql, the committed contract that
// `schema.spec.ts` compares with the code.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from './print-schema';

// npm scripts run from the repository root.
export const SCHEMA_FILE = path.resolve(process.cwd(), 'apps/api/schema.graphql');

void printApiSchema().then((sdl) => {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
});
