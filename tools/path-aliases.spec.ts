// The `@app/*` aliases are written once, in tsconfig.base.json's `paths`. Jest reads them from
// there (jest.preset.js); the swc CLI cannot, so .swcrc keeps a copy that must stay identical.
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
const tsconfigPaths: Record<string, string[]> = readJson('tsconfig.base.json').compilerOptions.paths;

describe('path aliases', () => {
  it('tsconfig.base.json names at least the three libraries, each pointing at an existing file', () => {
    expect(Object.keys(tsconfigPaths)).toEqual(expect.arrayContaining(['@app/platform', '@app/questions', '@app/reference']));
    for (const [target] of Object.values(tsconfigPaths)) {
      expect(fs.existsSync(path.join(repoRoot, target))).toBe(true);
    }
  });

  it('.swcrc has exactly the paths of tsconfig.base.json (copy them over after changing either)', () => {
    expect(readJson('.swcrc').jsc.paths).toEqual(tsconfigPaths);
  });

  it("jest's module mapper is derived from tsconfig.base.json", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const preset = require('../jest.preset');
    const mapped = Object.entries(tsconfigPaths).map(([alias, [target]]) => [`^${alias}$`, path.join(repoRoot, target)]);
    expect(Object.entries(preset.moduleNameMapper)).toEqual(mapped);
  });
});
