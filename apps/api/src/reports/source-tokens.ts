// A lexer for the candidates' languages (Python and JavaScript), for similarity checks only.
// It follows each language's lexical rules closely enough that whitespace, comments and string
// contents never leak into the token stream, and identifiers are told apart from keywords.
// It does not parse: a JavaScript regex literal, say, comes out as operators and identifiers,
// which is harmless for comparing two sources. Each language's keywords, comments and string
// syntax are its `tokens` in @app/definitions; the algorithm here is the same for all.
import { languageDefinition, type Language, type TokenRules } from '@app/definitions';

export type TokenKind = 'KEYWORD' | 'IDENTIFIER' | 'NUMBER' | 'STRING' | 'OPERATOR';

export interface Token {
  kind: TokenKind;
  text: string;
}

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

/** Index just past the string literal opening at `start` (quote at `start`). */
function endOfString(source: string, start: number, rules: TokenRules): number {
  const quote = source[start];
  const triple = rules.tripleQuotes && source.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let i = start + closing.length;
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2;
      continue;
    }
    if (source.startsWith(closing, i)) return i + closing.length;
    // An unterminated single-line string ends at the line's end (template literals span lines).
    if (!triple && !rules.multilineQuotes.includes(quote) && source[i] === '\n') return i;
    i += 1;
  }
  return source.length;
}

/** Tokens of `source`, without whitespace and comments. Never throws on malformed code. */
export function tokenize(source: string, language: Language): Token[] {
  const rules: TokenRules = languageDefinition(language).tokens;
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char) || (rules.lineContinuation && char === '\\' && source[i + 1] === '\n')) {
      i += 1;
      continue;
    }
    // Comments: `#` in Python; `//` and `/* */` in JavaScript (the language's rules).
    if (source.startsWith(rules.lineComment, i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (rules.blockComment && source.startsWith(rules.blockComment.open, i)) {
      const end = source.indexOf(rules.blockComment.close, i + rules.blockComment.open.length);
      i = end === -1 ? source.length : end + rules.blockComment.close.length;
      continue;
    }
    const prefix = rules.stringPrefix?.exec(source.slice(i, i + 3)) ?? null;
    const quoteAt = i + (prefix ? prefix[0].length : 0);
    const quote = source[quoteAt];
    if (quote !== undefined && rules.quotes.includes(quote)) {
      const end = endOfString(source, quoteAt, rules);
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
      tokens.push({ kind: rules.keywords.has(text) ? 'KEYWORD' : 'IDENTIFIER', text });
      i = end;
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i)) ?? char;
    tokens.push({ kind: 'OPERATOR', text: operator });
    i += operator.length;
  }
  return tokens;
}
