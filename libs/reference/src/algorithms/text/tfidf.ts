// text.tfidf: scikit-learn's TfidfVectorizer() with its defaults, as a dense matrix:
// lowercase; tokens are runs of two or more word characters (`(?u)\b\w\w+\b`); idf =
// ln((1 + docs) / (1 + df)) + 1; rows scaled to unit L2 norm (empty rows stay zero);
// vocabulary sorted by code point (Python's sort).
import { checkElementCount, fields, invalid, type Algorithm } from '../../core';
import { compareCodePoints } from '../common/shared';

export interface TfidfInput {
  corpus: string[];
}

// Python's `\w` in Unicode mode is letters, numbers and the underscore; JavaScript's `\b` is
// ASCII-only even with the `u` flag, so the pattern is written as "a maximal run of two or more
// word characters", which is what `\b\w\w+\b` matches.
const TOKEN = /[\p{L}\p{N}_]{2,}/gu;

export function tokenize(document: string): string[] {
  return document.toLowerCase().match(TOKEN) ?? [];
}

export const tfidf: Algorithm<TfidfInput> = {
  id: 'text.tfidf',
  exactOutputs: ['vocabulary'],
  title: 'TF-IDF matrix (scikit-learn TfidfVectorizer defaults)',
  seeds: ['003#§2'],

  validate(input) {
    const f = fields(input, { required: ['corpus'] });
    const corpus = f.list(
      'corpus',
      (doc, name) => {
        if (typeof doc !== 'string') invalid(`${name}: expected a string document but got ${JSON.stringify(doc)}`);
        return doc;
      },
      { minLength: 1 },
    );
    return { corpus };
  },

  async run({ corpus }) {
    const docs = corpus.map(tokenize);
    const vocabulary = [...new Set(docs.flat())].sort(compareCodePoints);
    if (vocabulary.length === 0) invalid('corpus: empty vocabulary: no document has a token of two or more word characters');
    checkElementCount('matrix', corpus.length * vocabulary.length);
    const column = new Map(vocabulary.map((t, j) => [t, j]));

    const counts = docs.map((tokens) => {
      const row = new Float64Array(vocabulary.length);
      for (const t of tokens) row[column.get(t)!]++;
      return row;
    });
    const df = new Float64Array(vocabulary.length);
    for (const row of counts) row.forEach((c, j) => (df[j] += c > 0 ? 1 : 0));
    const idf = Array.from(df, (d) => Math.log((1 + docs.length) / (1 + d)) + 1);

    const matrix = counts.map((row) => {
      const weighted = Array.from(row, (c, j) => c * idf[j]);
      const norm = Math.sqrt(weighted.reduce((s, x) => s + x * x, 0));
      return norm === 0 ? weighted : weighted.map((x) => x / norm);
    });
    return { vocabulary, matrix };
  },
};
