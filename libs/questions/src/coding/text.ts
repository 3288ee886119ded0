// Text: TF-IDF.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

const VOCAB = ['data', 'model', 'Model', 'training', 'GPU', 'is', 'a', 'the', 'large', 'language', 'x', 'fast', 'slow', 'of'];
const PUNCT = ['', '', '', ',', '.', '!', ' -'];

function drawTfidf(rng: Prng, size: Size): Input {
  const [docs, words] = bySize(size, [3, 5], [20, 12], [200, 30]);
  const corpus = Array.from({ length: docs }, (_, d) => {
    const text = Array.from({ length: rng.int(1, words) }, () => rng.pick(VOCAB) + rng.pick(PUNCT)).join(' ');
    return d === 0 ? `${text} model` : text; // at least one real term in the corpus
  });
  return { corpus };
}

const tfidf = defineCoding({
  algorithmId: 'text.tfidf',
  seeds: ['003#§2'],
  title: bi('TF-IDF 向量化', 'TF-IDF vectorisation'),
  statement: bi(
    '实现 scikit-learn TfidfVectorizer() 的默认行为：转小写，用正则 (?u)\\b\\w\\w+\\b 切词（至少两个字符的 Unicode 单词），平滑 idf = ln((1+N)/(1+df)) + 1，tf 为原始词频，每行做 L2 归一化。返回按字母序排序的 vocabulary 和矩阵 matrix [文档数][词数]。',
    'Reproduce scikit-learn TfidfVectorizer() with its defaults: lowercase, tokens by the regex (?u)\\b\\w\\w+\\b (Unicode words of two or more characters), smoothed idf = ln((1+N)/(1+df)) + 1, raw term counts as tf, L2-normalised rows. Return the vocabulary in sorted order and the matrix [docs][terms].',
  ),
  params: [{ name: 'corpus' }],
  outputs: ['vocabulary', 'matrix'],
  tolerance: { vocabulary: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['nlp', 'tf-idf', 'feature-engineering'],
  solution: `
import math
import re
import numpy as np

TOKEN = re.compile(r"(?u)\\b\\w\\w+\\b")

def tfidf(corpus):
    docs = [TOKEN.findall(text.lower()) for text in corpus]
    vocabulary = sorted({t for d in docs for t in d})
    index = {t: i for i, t in enumerate(vocabulary)}
    counts = np.zeros((len(docs), len(vocabulary)))
    for row, d in enumerate(docs):
        for t in d:
            counts[row, index[t]] += 1
    n = len(docs)
    df = (counts > 0).sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1
    m = counts * idf
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    m = np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)   # an empty document stays zero
    return {"vocabulary": vocabulary, "matrix": m}`,
  explanation: bi(
    'TF-IDF 给在本文档中常见、在整个语料中少见的词更高权重，缓解高频无意义词的影响。平滑 idf 相当于多加一篇包含所有词的文档，避免除零；L2 归一化让长短文档可比。注意单字符的词（如 "a"）被默认的正则丢弃。',
    'TF-IDF weights words that are frequent in a document but rare in the corpus, damping common uninformative words. The smoothed idf acts as if one extra document contained every term, avoiding division by zero; L2 normalisation makes long and short documents comparable. Single-character words such as "a" are dropped by the default pattern.',
  ),
  generate: makeGenerator({
    samples: [example('text.tfidf'), fixedDraw(drawTfidf)],
    edge: {
      'document-without-terms': { corpus: ['a b c', 'the cat', 'the dog'] },
      'case-and-punctuation': { corpus: ['Hello, WORLD! hello...', 'world-wide web'] },
      'unicode-words': { corpus: ['café au lait', 'naïve café', '机器学习 很 有趣'] },
      'single-document': { corpus: ['one two two three three three'] },
    },
    draw: drawTfidf,
  }),
});

export const textQuestions: CodingQuestion[] = [tfidf];
