// The languages a candidate may answer in, once, as data: adding a language is one entry here
// (plus its docker/runtimes/<runtime>/ image and harness, and the Prisma enum value). Everything
// else derives from this table: the question bank's per-language fields (the compiler then names
// the starter templates to write), the judge's runtimes, images, harness commands and
// environments, the CLI's language names and file extensions, the API's default language list
// and the similarity lexer. libs/platform's definitions.spec.ts checks that the Prisma enum
// `Language` (and through it the GraphQL enum) lists exactly these ids.

/** What the similarity lexer (apps/api/src/reports/source-tokens.ts) needs to know of a language. */
export interface TokenRules {
  keywords: ReadonlySet<string>;
  /** Starts a comment that runs to the end of the line. */
  lineComment: string;
  /** A comment with an opening and a closing mark, if the language has one. */
  blockComment?: { open: string; close: string };
  /** Quote characters that open a string literal. */
  quotes: readonly string[];
  /** Quotes whose strings may span lines (others end at the line's end when unterminated). */
  multilineQuotes: readonly string[];
  /** Whether a tripled quote opens a string that ends at the same three quotes. */
  tripleQuotes: boolean;
  /** Letters directly before a quote that belong to the string (Python's r, b, f...). */
  stringPrefix?: RegExp;
  /** Whether a backslash before a newline joins the lines (it is then not a token). */
  lineContinuation: boolean;
}

export interface LanguageDefinition {
  /** The Prisma and GraphQL enum value. */
  id: string;
  /** Names accepted on the command line (lower case), besides the id itself. */
  aliases: readonly string[];
  /** File extensions that name the language (judge:try). */
  extensions: readonly string[];
  /** The sandbox runtime: docker/runtimes/<runtime>/, image mljudge-<runtime>, key of docker/.images.json. */
  runtime: string;
  /** The file the harness writes the candidate's source to, in the sandbox work folder. */
  sourceFile: string;
  /** The container command: the harness, which reads its header and cases from stdin. */
  harnessCommand: readonly string[];
  /** The image for runs given GPUs (built on GPU hosts), when the runtime has one. */
  gpuImage?: string;
  /** Environment the interpreter needs besides PATH/HOME/LANG, for a run with these limits. */
  sandboxEnv(run: { threads: number; memoryBytes: number }): string[];
  /**
   * Heavy modules a warm container of this runtime may import while it waits for a submission,
   * and how to tell that a source imports them: a PyTorch answer then skips torch's import
   * (about 2 s) inside its run. The judge's warm pool keeps such containers apart (see
   * apps/judge/src/sandbox/warm-pool.ts) and hands them only to sources that import the module.
   */
  preloads: readonly WarmPreload[];
  tokens: TokenRules;
}

export interface WarmPreload {
  /** The module's import name; the harness imports it when MLJUDGE_PRELOAD names it. */
  module: string;
  /** Matches a source that imports the module (or one of its submodules). */
  importedBy: RegExp;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const LANGUAGES = [
  {
    id: 'PYTHON',
    aliases: ['python', 'py'],
    extensions: ['.py'],
    runtime: 'python',
    sourceFile: 'solution.py',
    harnessCommand: ['python3', '-I', '/opt/harness/harness.py'],
    gpuImage: 'mljudge-python-gpu:latest',
    // Thread counts follow the CPU quota, so a candidate does not lose time to oversubscription.
    sandboxEnv: ({ threads }) => [`OMP_NUM_THREADS=${threads}`, `OPENBLAS_NUM_THREADS=${threads}`, `MKL_NUM_THREADS=${threads}`],
    // `import torch`, `import torch.nn as nn`, `from torch import nn`, `import numpy as np, torch`.
    preloads: [{ module: 'torch', importedBy: /^[ \t]*(?:from[ \t]+torch\b|import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*torch\b)/m }],
    tokens: {
      keywords: words(
        'False None True and as assert async await break class continue def del elif else except finally for from global ' +
          'if import in is lambda nonlocal not or pass raise return try while with yield match case',
      ),
      lineComment: '#',
      quotes: ['"', "'"],
      multilineQuotes: [],
      tripleQuotes: true,
      // r, b, f, u and their pairs directly before a quote.
      stringPrefix: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])(?=['"])/,
      lineContinuation: true,
    },
  },
  {
    id: 'JAVASCRIPT',
    aliases: ['javascript', 'js', 'node'],
    extensions: ['.js', '.cjs', '.mjs'],
    runtime: 'node',
    sourceFile: 'solution.js',
    harnessCommand: ['node', '/opt/harness/harness.js'],
    // No GPU image: Node candidates use tfjs on the wasm backend. The harness keeps its worker's
    // heap below the memory limit (a clean per-case error).
    sandboxEnv: ({ threads, memoryBytes }) => ['NODE_PATH=/opt/harness/node_modules', `UV_THREADPOOL_SIZE=${threads}`, `SANDBOX_MEMORY_BYTES=${memoryBytes}`],
    preloads: [],
    tokens: {
      keywords: words(
        'await break case catch class const continue debugger default delete do else export extends false finally for ' +
          'function if import in instanceof let new null of return static super switch this throw true try typeof ' +
          'undefined var void while with yield async',
      ),
      lineComment: '//',
      blockComment: { open: '/*', close: '*/' },
      quotes: ['"', "'", '`'],
      multilineQuotes: ['`'],
      tripleQuotes: false,
      lineContinuation: false,
    },
  },
] as const satisfies readonly LanguageDefinition[];

/** One entry of the table, with its literal types. */
export type LanguageEntry = (typeof LANGUAGES)[number];
export type Language = LanguageEntry['id'];
export type SandboxRuntime = LanguageEntry['runtime'];

/** Every language id, in the table's (and Prisma's) order: the default of a question set. */
export const LANGUAGE_IDS: readonly Language[] = LANGUAGES.map((l) => l.id);

/** Every sandbox runtime, in the table's order. */
export const SANDBOX_RUNTIMES: readonly SandboxRuntime[] = LANGUAGES.map((l) => l.runtime);

export function languageDefinition(id: Language): LanguageEntry {
  return LANGUAGES.find((l) => l.id === id)!;
}

export function runtimeDefinition(runtime: SandboxRuntime): LanguageEntry {
  return LANGUAGES.find((l) => l.runtime === runtime)!;
}

/** A language from a CLI/GraphQL-style name (`python`, `JAVASCRIPT`, `js`...), or undefined. */
export function parseLanguage(name: string): Language | undefined {
  const n = name.trim().toLowerCase();
  return LANGUAGES.find((l) => l.id.toLowerCase() === n || (l.aliases as readonly string[]).includes(n))?.id;
}

/** The language a file extension (`.py`, with the dot) names, or undefined. */
export function languageOfExtension(extension: string): Language | undefined {
  return LANGUAGES.find((l) => (l.extensions as readonly string[]).includes(extension))?.id;
}

/** One value per language: the way the bank's per-language fields are built. */
export function perLanguage<T>(valueFor: (language: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGE_IDS.map((l) => [l, valueFor(l)])) as Record<Language, T>;
}

/** The module a warm container should have imported for this source, if the runtime has one it uses. */
export function warmPreloadFor(runtime: SandboxRuntime, source: string): string | undefined {
  return (runtimeDefinition(runtime).preloads as readonly WarmPreload[]).find((p) => p.importedBy.test(source))?.module;
}
