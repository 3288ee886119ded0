// The committed client must be what graphql-codegen makes from the committed schema and the
// operations now: a changed schema or operation without `npm run client:generate` fails here,
// and so does an operation the schema no longer accepts (`--check` exits 1 for both).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

describe('the generated client', () => {
  it('matches the schema and the operations (npm run client:generate)', () => {
    const run = spawnSync(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', join(root, 'libs/client/codegen.config.js'), '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({ status: 0, output: '' });
  }, 90_000);
});
