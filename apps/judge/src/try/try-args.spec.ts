import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTryArgs, UsageError } from './try-args';

describe('judge:try arguments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'judge-try-'));
  const py = join(dir, 'solution.py');
  const js = join(dir, 'solution.js');
  const txt = join(dir, 'solution.txt');
  for (const f of [py, js, txt]) writeFileSync(f, '# x\n');

  it('takes the language from the extension unless --language says otherwise', () => {
    expect(parseTryArgs(['code-x', py])).toEqual({ slug: 'code-x', file: py, language: 'PYTHON', seed: 1, maxScore: 100 });
    expect(parseTryArgs(['code-x', js, '--seed', '7']).language).toBe('JAVASCRIPT');
    expect(parseTryArgs(['code-x', txt, '--language', 'python', '--seed=9'])).toMatchObject({ language: 'PYTHON', seed: 9 });
  });

  it('rejects bad usage with a clear message', () => {
    expect(() => parseTryArgs(['code-x'])).toThrow(new UsageError('expected a question (slug or .json file) and a file'));
    expect(() => parseTryArgs(['code-x', join(dir, 'missing.py')])).toThrow(/no such file: .*missing\.py/);
    expect(() => parseTryArgs(['code-x', txt])).toThrow(/cannot tell the language/);
    expect(() => parseTryArgs(['code-x', py, '--language', 'rust'])).toThrow(/unknown language "rust"/);
    expect(() => parseTryArgs(['code-x', py, '--seed', 'abc'])).toThrow(/--seed must be an integer/);
    expect(() => parseTryArgs(['code-x', py, '--verbose', '1'])).toThrow(/unknown option --verbose/);
    expect(() => parseTryArgs([join(dir, 'missing.json'), py])).toThrow(/no such question file: .*missing\.json/);
  });

  it('takes a .json first argument as a company question file', () => {
    const question = join(dir, 'q.json');
    writeFileSync(question, '{}');
    expect(parseTryArgs([question, py])).toMatchObject({ questionFile: question, file: py, language: 'PYTHON' });
    expect(parseTryArgs(['code-x', py])).not.toHaveProperty('questionFile');
  });
});
