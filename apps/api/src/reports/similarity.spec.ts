import { createHash } from 'node:crypto';
import { normalizedTokens, sourcePrints, sourceSimilarity, tokenGrams, winnow, WINDOW } from './similarity';
import { tokenize } from './source-tokens';

const softmaxPython = `
import numpy as np

def softmax(logits, axis=-1):
    """Numerically stable softmax."""
    shifted = logits - np.max(logits, axis=axis, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=axis, keepdims=True)

def attention(q, k, v):
    scores = q @ k.T / np.sqrt(q.shape[-1])
    weights = softmax(scores)
    return weights @ v
`;

// The same program with every name changed, as a copier would do.
const renamedPython = `
import numpy as numeric

def normalise(values, dim=-1):
    """Stable softmax, written by me."""
    centred = values - numeric.max(values, axis=dim, keepdims=True)
    powered = numeric.exp(centred)
    return powered / numeric.sum(powered, axis=dim, keepdims=True)

def attend(query, key, value):
    logits = query @ key.T / numeric.sqrt(query.shape[-1])
    probs = normalise(logits)
    return probs @ value
`;

// Only layout and comments differ.
const reformattedPython = `import numpy as np   # numpy!
def softmax( logits ,axis = -1 ) :
    # subtract the max first
    """Numerically stable softmax."""
    shifted = logits - np.max( logits, axis=axis, keepdims=True )


    exps = np.exp(shifted)  # exponentiate
    return exps / np.sum(exps, axis = axis, keepdims = True)
def attention(q, k, v):
    scores = q @ k.T / np.sqrt(q.shape[-1])
    weights = softmax(scores)
    return weights @ v
`;

// A different algorithm for a different task.
const unrelatedPython = `
class KMeans:
    def __init__(self, k, iterations=100):
        self.k = k
        self.iterations = iterations
        self.centroids = None

    def fit(self, points):
        self.centroids = points[:self.k].copy()
        for _ in range(self.iterations):
            labels = [min(range(self.k), key=lambda c: sum((p - q) ** 2 for p, q in zip(point, self.centroids[c]))) for point in points]
            for c in range(self.k):
                members = [points[i] for i in range(len(points)) if labels[i] == c]
                if members:
                    self.centroids[c] = sum(members) / len(members)
        return labels
`;

describe('tokenize', () => {
  it('drops whitespace, comments and docstring contents, and tells keywords from identifiers', () => {
    expect(tokenize('def f(x):  # hi\n    return x ** 2.5e-3', 'PYTHON')).toEqual([
      { kind: 'KEYWORD', text: 'def' },
      { kind: 'IDENTIFIER', text: 'f' },
      { kind: 'OPERATOR', text: '(' },
      { kind: 'IDENTIFIER', text: 'x' },
      { kind: 'OPERATOR', text: ')' },
      { kind: 'OPERATOR', text: ':' },
      { kind: 'KEYWORD', text: 'return' },
      { kind: 'IDENTIFIER', text: 'x' },
      { kind: 'OPERATOR', text: '**' },
      { kind: 'NUMBER', text: '2.5e-3' },
    ]);
    expect(tokenize(`s = f'''a # not a comment\n'''`, 'PYTHON').map((t) => t.kind)).toEqual(['IDENTIFIER', 'OPERATOR', 'STRING']);
  });

  it('reads JavaScript comments, template literals and multi-character operators', () => {
    const tokens = tokenize('const y = a ?? b; /* block\n comment */ // line\nlet s = `x ${y}`; y >>>= 1;', 'JAVASCRIPT');
    expect(tokens.map((t) => t.text)).toEqual(['const', 'y', '=', 'a', '??', 'b', ';', 'let', 's', '=', '`x ${y}`', ';', 'y', '>>>=', '1', ';']);
  });

  it('replaces names and string contents with placeholders', () => {
    expect(normalizedTokens('total = count + "abc"', 'PYTHON')).toEqual(['ID', '=', 'ID', '+', 'STR']);
  });
});

describe('sourceSimilarity', () => {
  it('rates a copy with renamed variables as the same program', () => {
    expect(sourceSimilarity(softmaxPython, renamedPython, 'PYTHON')).toBeGreaterThanOrEqual(0.95);
  });

  it('rates a change of whitespace and comments only as exactly 1', () => {
    expect(sourceSimilarity(softmaxPython, reformattedPython, 'PYTHON')).toBe(1);
  });

  it('rates an unrelated solution low', () => {
    expect(sourceSimilarity(softmaxPython, unrelatedPython, 'PYTHON')).toBeLessThan(0.2);
  });

  it('sees a partial copy in between', () => {
    const half = softmaxPython.split('def attention')[0];
    const similarity = sourceSimilarity(softmaxPython, half + '\ndef other(a):\n    return [x for x in a if x > 0]\n', 'PYTHON');
    expect(similarity).toBeGreaterThan(0.3);
    expect(similarity).toBeLessThan(0.9);
  });

  it('works for JavaScript with renamed variables and reformatting', () => {
    const a = 'function dot(a, b) { let s = 0; for (let i = 0; i < a.length; i++) { s += a[i] * b[i]; } return s; }';
    const b = `// inner product\nfunction inner(x, y) {\n  let acc = 0;\n  for (let j = 0; j < x.length; j++) {\n    acc += x[j] * y[j]; /* multiply */\n  }\n  return acc;\n}`;
    expect(sourceSimilarity(a, b, 'JAVASCRIPT')).toBe(1);
    expect(sourceSimilarity(a, 'const f = (xs) => xs.map((x) => x * 2).filter(Boolean);', 'JAVASCRIPT')).toBeLessThan(0.2);
  });

  it('counts two empty sources as unrelated', () => {
    expect(sourceSimilarity('', '', 'PYTHON')).toBe(0);
  });
});

describe('winnowed fingerprints', () => {
  // Stored fingerprints were written with this definition; a change of hash would silently
  // stop old submissions from matching new ones.
  it('hashes each gram to the first four bytes of its SHA-1, as a signed 32-bit integer', () => {
    const sha1Int = (text: string) => createHash('sha1').update(text).digest().readInt32BE(0);
    expect(winnow(['def'])).toEqual([sha1Int('def')]);
    const tokens = ['def', 'ID', '(', 'ID', ')', ':'];
    const grams = [tokens.slice(0, 5).join('\u0000'), tokens.slice(1, 6).join('\u0000')].map(sha1Int);
    expect(winnow(tokens, 1)).toEqual(grams);
    expect(winnow(['注意力'])).toEqual([sha1Int('注意力')]);
  });

  // A tiny deterministic generator, so a failure can be replayed.
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const stream = (next: () => number, length: number) => Array.from({ length }, () => `t${Math.floor(next() * 30)}`);

  it('gives a renamed and reformatted copy the same fingerprints', () => {
    expect(sourcePrints(renamedPython, 'PYTHON').sort()).toEqual(sourcePrints(softmaxPython, 'PYTHON').sort());
    expect(sourcePrints(reformattedPython, 'PYTHON').sort()).toEqual(sourcePrints(softmaxPython, 'PYTHON').sort());
  });

  it('keeps a fraction of the grams, about 2 / (window + 1)', () => {
    const tokens = stream(random(7), 2000);
    const prints = winnow(tokens);
    const grams = tokenGrams(tokens).size;
    expect(prints.length).toBeGreaterThan(grams / (WINDOW + 1));
    expect(prints.length).toBeLessThan((3 * grams) / (WINDOW + 1));
  });

  it('always shares a fingerprint between two streams that share a run of window + 4 tokens', () => {
    const next = random(42);
    for (let trial = 0; trial < 300; trial += 1) {
      const shared = stream(next, WINDOW + 4 + Math.floor(next() * 10));
      const a = [...stream(next, Math.floor(next() * 40)), ...shared, ...stream(next, Math.floor(next() * 40))];
      const b = [...stream(next, Math.floor(next() * 40)), ...shared, ...stream(next, Math.floor(next() * 40))];
      const inA = new Set(winnow(a));
      expect(winnow(b).some((h) => inA.has(h))).toBe(true);
    }
  });

  it('shares few fingerprints between unrelated programs', () => {
    const own = new Set(sourcePrints(softmaxPython, 'PYTHON'));
    const other = sourcePrints(unrelatedPython, 'PYTHON');
    expect(other.filter((h) => own.has(h)).length).toBeLessThanOrEqual(other.length / 5);
    expect(sourcePrints('', 'PYTHON')).toEqual([]);
    expect(sourcePrints('x = 1', 'PYTHON')).toHaveLength(1);
  });
});
