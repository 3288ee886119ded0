// One module per reference family: every coding question lives in the module named after its
// algorithm's family (`attention.multi_head` → attention.ts), so a family has one home here as
// in libs/reference/src/algorithms/<family>/.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CodingQuestion } from '../types';
import { codingQuestions } from './index';

// The helpers of the modules, not families.
const NOT_FAMILIES = new Set(['cases', 'define', 'helpers', 'index', 'output-checks']);
const familyModules = readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
  .map((f) => path.basename(f, '.ts'))
  .filter((m) => !NOT_FAMILIES.has(m));

function questionsOf(module: string): CodingQuestion[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(`./${module}`) as Record<string, unknown>;
  const lists = Object.values(exports).filter((v): v is CodingQuestion[] => Array.isArray(v));
  expect(lists).toHaveLength(1);
  return lists[0];
}

describe('coding question modules', () => {
  it.each(familyModules)('%s.ts holds only questions of the %s family', (module) => {
    const questions = questionsOf(module);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.map((q) => q.algorithmId.split('.')[0]).filter((f) => f !== module)).toEqual([]);
  });

  it('every family with a coding question has its module, and every question is in the bank once', () => {
    const families = new Set(codingQuestions.map((q) => q.algorithmId.split('.')[0]));
    expect([...families].filter((f) => !familyModules.includes(f))).toEqual([]);
    const fromModules = familyModules.flatMap((m) => questionsOf(m).map((q) => q.slug)).sort();
    expect(fromModules).toEqual(codingQuestions.map((q) => q.slug).sort());
  });

  it('each family has a reference folder of the same name', () => {
    const referenceFamilies = readdirSync(path.resolve(__dirname, '../../../reference/src/algorithms'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(familyModules.filter((m) => !referenceFamilies.includes(m))).toEqual([]);
  });
});
