// Plants boundary-breaking imports in in-memory sources and lints them with the repository's
// real ESLint configuration. ESLint loads its flat config with import(), which Jest's CommonJS
// runtime cannot do, so one child Node process lints every case (ESLint's lintText API).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

interface Case {
  file: string;
  source: string;
}

/** The messages of `local/module-boundaries` for each case, in order. */
function lintBoundaries(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.source, { filePath: c.file });
      out.push(result.messages.filter((m) => m.ruleId === 'local/module-boundaries' || m.fatal).map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return JSON.parse(stdout);
}

const violations: Array<Case & { expected: RegExp }> = [
  { file: 'libs/platform/src/planted.ts', source: "import { AppModule } from '../../../apps/api/src/app.module';\n", expected: /library must not import an application/ },
  { file: 'libs/questions/src/deep/planted.ts', source: "export * from '../../../../apps/judge/src/main';\n", expected: /library must not import an application/ },
  { file: 'apps/api/src/planted.ts', source: "import '../../judge/src/main';\n", expected: /apps\/api must not import apps\/judge/ },
  { file: 'apps/api/src/a/b/planted.ts', source: "const x = require('../../../../../apps/judge/src/main');\nexport { x };\n", expected: /apps\/api must not import apps\/judge/ },
  { file: 'apps/judge/src/planted.ts', source: "export { createApp } from '../../api/src/create-app';\n", expected: /apps\/judge must not import apps\/api/ },
  { file: 'apps/api/src/planted.ts', source: "import { x } from '../../../test/support/database';\nexport { x };\n", expected: /production code must not import test code/ },
  { file: 'apps/judge/src/worker/planted.ts', source: "import { PY_SDP_CORRECT } from '../judging/testing/candidate-sources';\nexport { PY_SDP_CORRECT };\n", expected: /production code must not import test code/ },
  { file: 'libs/reference/src/planted.ts', source: "export const load = () => import('./ops/softmax.spec');\n", expected: /production code must not import test code/ },
];

const allowed: Case[] = [
  { file: 'apps/api/src/planted.ts', source: "import { PrismaService } from '@app/platform';\nexport { PrismaService };\n" },
  { file: 'apps/judge/src/worker/planted.spec.ts', source: "import { PY_SDP_CORRECT } from '../judging/testing/candidate-sources';\nexport { PY_SDP_CORRECT };\n" },
  { file: 'apps/judge/src/bench/planted.ts', source: "import { PY_SDP_CORRECT } from '../judging/testing/candidate-sources';\nexport { PY_SDP_CORRECT };\n" },
  { file: 'test/api/planted.e2e-spec.ts', source: "import { createApp } from '../../apps/api/src/create-app';\nexport { createApp };\n" },
  { file: 'libs/platform/src/planted.ts', source: "import { x } from '../../questions/src/index';\nexport { x };\n" },
];

describe('local/module-boundaries (eslint)', () => {
  const results = lintBoundaries([...violations, ...allowed]);

  it.each(violations.map((c, i) => [c.file, c.source.trim(), i] as const))('fails %s: %s', (_file, _source, i) => {
    expect(results[i]).toHaveLength(1);
    expect(results[i][0]).toMatch(violations[i].expected);
  });

  it.each(allowed.map((c, i) => [c.file, c.source.trim(), violations.length + i] as const))('accepts %s: %s', (_file, _source, i) => {
    expect(results[i]).toEqual([]);
  });
});
