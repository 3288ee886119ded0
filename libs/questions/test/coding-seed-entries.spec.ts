// A coding entry that *is* a seed heading reads like the seed's own question, as conceptual
// entries do: its title is the heading's question and its statement opens with the heading and
// the seed's question text, before the precise statement of what is checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { questionsByKind, type CodingQuestion } from '../src';
import { seedsDir } from './seed-headings';

const fromSeeds = questionsByKind.CODING.filter((q) => q.source !== null) as CodingQuestion[];
const seedsPresent = fs.existsSync(seedsDir());

describe('coding entries that are a seed heading', () => {
  it('exist (000 §二.1, §二.2, 001 §三.1)', () => {
    expect(fromSeeds.map((q) => `${q.source!.seed.slice(0, 3)} ${q.source!.section}`).sort()).toEqual(['000 §二.1', '000 §二.2', '001 §三.1']);
  });

  it.each(fromSeeds.map((q) => [q.slug, q] as const))('%s carries the seed title and opens with it', (_slug, q) => {
    expect(q.title.zh).toBe(q.source!.heading.replace(/^\d+\.\s*/, ''));
    expect(q.prompt.zh.startsWith(`${q.title.zh}\n\n`)).toBe(true);
    expect(q.prompt.en.startsWith(`${q.title.en}\n\n`)).toBe(true);
  });

  (seedsPresent ? it : it.skip).each(fromSeeds.map((q) => [q.slug, q] as const))('%s quotes the seed question word for word', (_slug, q) => {
    const seedText = fs.readFileSync(path.join(seedsDir(), q.source!.seed), 'utf8');
    const quoted = q.prompt.zh.split('\n\n')[1];
    expect(seedText).toMatch(new RegExp(`\\*\\*题目(描述)?：\\*\\* ${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  });
});
