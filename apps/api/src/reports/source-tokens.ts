// A lexer for the candidates' languages (Python and JavaScript), for similarity checks only.
// It follows each language's lexical rules closely enough that whitespace, comments and string
// contents never leak into the token stream, and identifiers are told apart from keywords.
// It does not parse: a JavaScript regex literal, say, comes out as operators and identifiers,
// which is harmless for comparing two sources.
import type { Language } from '@prisma/client';

export type TokenKind = 'KEYWORD' | 'IDENTIFIER' | 'NUMBER' | 'STRING' | 'OPERATOR';

export interface Token {
  kind: TokenKind;
  text: string;
}

const PYTHON_KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from global ' +
    'if import in is lambda nonlocal not or pass raise return try while with yield match case').split(' '),
);

const JAVASCRIPT_KEYWORDS = new Set(
  ('await break case catch class const continue debugger default delete do else export extends false finally for ' +
    'function if import in instanceof let new null of return static super switch this throw true try typeof ' +
    'undefined var void while with yield async').split(' '),
);

// Longest first, so `**=` wins over `**` and `*`.
const OPERATORS = [
  '>>>=', '...', '===', '!==', '**=', '//=', '>>=', '<<=', '>>>', '&&=', '||=', '??=',
  '==', '!=', '<=', '>=', '=>', '->', '**', '//', '<<', '>>', '&&', '||', '??', '?.', '++', '--',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '=', '!', '?', ':', '.', ',', ';',
  '(', ')', '[', ']', '{', '}',
];

const IDENTIFIER_START = /[\p{L}_$]/u;
const IDENTIFIER_PART = /[\p{L}\p{N}_$]/u;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJn]?/;
// Python string prefixes (r, b, f, u and their pairs) directly before a quote.
const PYTHON_STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])(?=['"])/;

/** Index just past the string literal opening at `start` (quote at `start`). */
function endOfString(source: string, start: number, language: Language): number {
  const quote = source[start];
  const triple = language === 'PYTHON' && source.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let i = start + closing.length;
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2;
      continue;
    }
    if (source.startsWith(closing, i)) return i + closing.length;
    // An unterminated single-line string ends at the line's end (template literals span lines).
    if (!triple && quote !== '`' && source[i] === '\n') return i;
    i += 1;
  }
  return source.length;
}

/** Tokens of `source`, without whitespace and comments. Never throws on malformed code. */
export function tokenize(source: string, language: Language): Token[] {
  const keywords = language === 'PYTHON' ? PYTHON_KEYWORDS : JAVASCRIPT_KEYWORDS;
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char) || (language === 'PYTHON' && char === '\\' && source[i + 1] === '\n')) {
      i += 1;
      continue;
    }
    // Comments: `#` in Python; `//` and `/* */` in JavaScript.
    if (language === 'PYTHON' ? char === '#' : source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (language === 'JAVASCRIPT' && source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      continue;
    }
    const prefix = language === 'PYTHON' ? PYTHON_STRING_PREFIX.exec(source.slice(i, i + 3)) : null;
    const quoteAt = i + (prefix ? prefix[0].length : 0);
    const quote = source[quoteAt];
    if (quote === '"' || quote === "'" || (quote === '`' && language === 'JAVASCRIPT')) {
      const end = endOfString(source, quoteAt, language);
      tokens.push({ kind: 'STRING', text: source.slice(i, end) });
      i = end;
      continue;
    }
    if (/\d/.test(char) || (char === '.' && /\d/.test(source[i + 1] ?? ''))) {
      const match = NUMBER.exec(source.slice(i, i + 64));
      const text = match?.[0] || char;
      tokens.push({ kind: 'NUMBER', text });
      i += text.length;
      continue;
    }
    if (IDENTIFIER_START.test(char)) {
      let end = i + 1;
      while (end < source.length && IDENTIFIER_PART.test(source[end])) end += 1;
      const text = source.slice(i, end);
      tokens.push({ kind: keywords.has(text) ? 'KEYWORD' : 'IDENTIFIER', text });
      i = end;
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i)) ?? char;
    tokens.push({ kind: 'OPERATOR', text: operator });
    i += operator.length;
  }
  return tokens;
}
