// CC-CEDICT (the cc-cedict package's data, simplified headwords) as two maps: a Chinese word to
// its short English glosses, and an English gloss to the Chinese words that have exactly it as
// one of their first two glosses.
// They let a point written with Chinese keywords match an English answer and the other way round.
// The package is an ES module whose data is one `export default {…}` literal of ~11 MB; it is read
// as JSON once, on first use (~1 s), and only the two maps are kept.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = [traditional: string, simplified: string, pinyin: string, glosses: string | string[], ...rest: unknown[]];

function dataFile(): string {
  // The package's `exports` hide its data folder from require.resolve; look along the same paths.
  for (const dir of require.resolve.paths('cc-cedict') ?? []) {
    const file = join(dir, 'cc-cedict', 'data', 'all.js');
    if (existsSync(file)) return file;
  }
  throw new Error('cc-cedict data (cc-cedict/data/all.js) not found');
}

/** A gloss usable as a term: "(computing) cache" → "cache", "to distill" → "distill"; glosses
 * that are references ("variant of", "see …", "CL:"), or longer than three words, are dropped. */
export function cleanGloss(gloss: string): string | undefined {
  const g = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bsth\b|\bsb\b|\betc\b/g, ' ')
    .replace(/^\s*to\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (g === '' || /variant of|see |cl:|surname|abbr\.|\||\[|old variant|used in/.test(g)) return undefined;
  if (g.split(' ').length > 3 || !/^[a-z0-9][a-z0-9 '-]*$/.test(g)) return undefined;
  return g;
}

interface Maps {
  zhToEn: Map<string, string[]>;
  enToZh: Map<string, string[]>;
}
let maps: Maps | undefined;

function load(): Maps {
  if (maps) return maps;
  const text = readFileSync(dataFile(), 'utf8');
  const { all } = JSON.parse(text.slice(text.indexOf('{'))) as { all: Entry[] };
  const zhToEn = new Map<string, string[]>();
  const enToZh = new Map<string, string[]>();
  for (const [, simplified, , glosses] of all) {
    // Single characters are too ambiguous to translate on their own (键 key/bond/button…).
    if ([...simplified].length < 2) continue;
    const cleaned = (Array.isArray(glosses) ? glosses : [glosses]).flatMap((g) => g.split(';')).map(cleanGloss);
    cleaned.forEach((g, rank) => {
      if (g === undefined) return;
      const en = zhToEn.get(simplified) ?? [];
      if (!en.includes(g)) en.push(g);
      zhToEn.set(simplified, en);
      // English → Chinese only through a word's first two senses: 注意力 is "attention" first of
      // all, but 关注 ("to pay attention to; to follow closely…") or 目光 are not, and common words
      // like those would otherwise stand for the term.
      if (rank >= 2) return;
      const zh = enToZh.get(g) ?? [];
      if (!zh.includes(simplified)) zh.push(simplified);
      enToZh.set(g, zh);
    });
  }
  maps = { zhToEn, enToZh };
  return maps;
}

/** English glosses of a Chinese word (empty when CEDICT does not list it). */
export function englishFor(zh: string): string[] {
  return load().zhToEn.get(zh) ?? [];
}

/** Chinese words whose first or second CEDICT gloss is exactly this English term. */
export function chineseFor(en: string): string[] {
  return load().enToZh.get(en.toLowerCase().trim()) ?? [];
}
