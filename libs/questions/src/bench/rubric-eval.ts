// The rubric-suggestion evaluation set (libs/questions/test/rubric-eval/<slug>.json): six
// hand-written answers per conceptual question, and the goal for the mean suggestion per kind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const ANSWER_KINDS = ['strong-en', 'strong-zh', 'partial', 'off-topic', 'keyword-list', 'negated'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** Goals for the mean suggestion of each kind (issue #13): [at least, at most]. */
export const KIND_GOALS: Record<AnswerKind, [number, number]> = {
  'strong-en': [0.7, 1],
  'strong-zh': [0.7, 1],
  partial: [0.3, 0.7],
  'off-topic': [0, 0.2],
  'keyword-list': [0, 0.3],
  negated: [0, 0.4],
};

const evalFileSchema = z.strictObject({
  slug: z.string(),
  answers: z.strictObject(Object.fromEntries(ANSWER_KINDS.map((k) => [k, z.string().min(1)])) as Record<AnswerKind, z.ZodString>),
});
export type EvalEntry = z.infer<typeof evalFileSchema>;

/** The folder, found from this file upwards (it runs from src/ under Jest and from dist/ when built). */
export function evalDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'questions', 'test', 'rubric-eval');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('libs/questions/test/rubric-eval not found above ' + __dirname);
}

export function loadEvalSet(): EvalEntry[] {
  const dir = evalDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const entry = evalFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (`${entry.slug}.json` !== f) throw new Error(`${f}: slug ${entry.slug}`);
      return entry;
    });
}
