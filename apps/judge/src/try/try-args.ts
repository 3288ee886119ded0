// Command-line arguments of `npm run judge:try -- <question> <file> [--language L] [--seed N]`,
// where <question> is a bank slug or a company question file (`.json`, the question format).
import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { languageOfExtension, parseLanguage, type Language } from '@app/definitions';

export const USAGE =
  'usage: npm run -s judge:try -- <question-slug | question.json> <file> [--language python|javascript] [--seed N] [--max-score N]';

export interface TryArgs {
  /** A bank question's slug (when `questionFile` is absent). */
  slug: string;
  /** A company question file to validate and judge against, instead of a bank slug. */
  questionFile?: string;
  file: string;
  /** From --language, else the file's extension (.py, .js/.mjs/.cjs). */
  language: Language;
  seed: number;
  maxScore: number;
}

export class UsageError extends Error {}

export function parseTryArgs(argv: readonly string[]): TryArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else {
      positional.push(arg);
    }
  }
  const unknown = Object.keys(options).filter((k) => !['language', 'seed', 'max-score'].includes(k));
  if (unknown.length > 0) throw new UsageError(`unknown option --${unknown[0]}`);
  if (positional.length !== 2) throw new UsageError('expected a question (slug or .json file) and a file');
  const [slug, file] = positional;
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  const questionFile = extname(slug).toLowerCase() === '.json' ? slug : undefined;
  if (questionFile && (!existsSync(questionFile) || !statSync(questionFile).isFile())) throw new UsageError(`no such question file: ${questionFile}`);

  const language = options.language !== undefined ? parseLanguage(options.language) : languageOfExtension(extname(file));
  if (!language) throw new UsageError(options.language ? `unknown language "${options.language}"` : `cannot tell the language of ${file}: pass --language python|javascript`);

  const seed = Number(options.seed ?? 1);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${options.seed}"`);
  const maxScore = Number(options['max-score'] ?? 100);
  if (!Number.isFinite(maxScore) || maxScore <= 0) throw new UsageError(`--max-score must be a positive number`);
  return { slug, ...(questionFile ? { questionFile } : {}), file, language, seed, maxScore };
}
