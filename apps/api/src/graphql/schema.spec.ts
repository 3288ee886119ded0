import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from './print-schema';

describe('committed schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing resolvers)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
