// Tokenisation must match Python's `(?u)\b\w\w+\b`, which JavaScript's ASCII-only `\b` cannot
// express directly.
import { tokenize } from './tfidf';

test('runs of two or more word characters, lowercased', () => {
  expect(tokenize('A cat, a CAT; I saw x-ray v2')).toEqual(['cat', 'cat', 'saw', 'ray', 'v2']);
});

test('digits and underscores are word characters; punctuation splits', () => {
  expect(tokenize('snake_case 3.14 1,000 __init__')).toEqual(['snake_case', '14', '000', '__init__']);
});

test('Unicode letters count, combining marks do not (as in Python)', () => {
  expect(tokenize('Café naïve 机器学习')).toEqual(['café', 'naïve', '机器学习']);
  expect(tokenize('cafe\u0301s')).toEqual(['cafe']); // U+0301 is not \w in Python: "s" alone is too short
});
