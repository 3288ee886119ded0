// Turns a compact description of a coding question into a full `CodingQuestion`: slug, entry
// signatures, starter code in both languages and the worked example in the statement are all
// derived here, so each family module only states what is particular to its questions.
import { DEFAULT_QUESTION_LIMITS } from '@app/definitions';
import { seedRef } from '../bank/seed-sections';
import type { Bilingual, CaseGenerator, CodingQuestion, Difficulty, Limits, Tolerance } from '../types';
import { WORKED_EXAMPLES } from '../bank/worked-examples';
import { outputChecksText } from './output-checks';

/** One input field of the algorithm, i.e. one argument of the candidate's function. */
export interface Param {
  name: string;
  /** Default for an optional field, as Python and JavaScript literals. */
  default?: { py: string; js: string };
}

/** Shorthands for common defaults. */
export const opt = {
  none: { py: 'None', js: 'null' },
  false: { py: 'False', js: 'false' },
  num: (x: number) => ({ py: String(x), js: String(x) }),
  str: (s: string) => ({ py: JSON.stringify(s), js: JSON.stringify(s) }),
  list: (xs: number[]) => ({ py: `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`, js: `[${xs.join(', ')}]` }),
};

export interface CodingSpec {
  algorithmId: string;
  /** Seed key (`NNN#§x`) when this entry *is* that seed heading; otherwise omitted. */
  source?: string;
  /** Seed keys of the sections that document the algorithm (contract's seeds column). */
  seeds: string[];
  /** The seed heading's question (without its number) when `source` is set, as conceptual entries. */
  title: Bilingual;
  /** The seed's own question text (its 题目), when this entry *is* that seed heading: the
   * statement follows it, so the candidate reads what the seed asked and then what is checked. */
  seedPrompt?: Bilingual;
  /** What to compute, with input and output shapes; the worked example is appended. */
  statement: Bilingual;
  params: Param[];
  /** Every output field the algorithm returns. */
  outputs: string[];
  /** Fields the judge compares (default: all outputs). */
  checkedFields?: string[];
  tolerance?: Record<string, Tolerance>;
  defaultTolerance?: Tolerance;
  limits?: Partial<Limits>;
  difficulty: Difficulty;
  tags: string[];
  /** A correct Python solution. */
  solution: string;
  /** Why the solution works, the traps. */
  explanation: Bilingual;
  corrections?: Bilingual[];
  related?: string[];
  generate: CaseGenerator;
}

export const DEFAULT_TOLERANCE: Tolerance = { rtol: 1e-4, atol: 1e-5 };

/** `attention.scaled_dot_product` -> `code-attention-scaled-dot-product`. */
export function codingSlug(algorithmId: string): string {
  return `code-${algorithmId.replace(/[._]/g, '-')}`;
}

function pySignature(name: string, params: Param[]): string {
  const args = params.map((p) => (p.default ? `${p.name}=${p.default.py}` : p.name)).join(', ');
  return `def ${name}(${args}) -> dict`;
}

function jsSignature(name: string, params: Param[]): string {
  const args = params.map((p) => (p.default ? `${p.name} = ${p.default.js}` : p.name)).join(', ');
  return `function ${name}({ ${args} })`;
}

function pyStarter(name: string, params: Param[], title: string, fields: string[]): string {
  const ret = fields.map((f) => `"${f}": None`).join(', ');
  return [
    'import numpy as np',
    '',
    '',
    `${pySignature(name, params).replace(' -> dict', '')}:`,
    `    """${title}. Return a dict with: ${fields.join(', ')}."""`,
    '    # TODO: your code here',
    `    return {${ret}}`,
    '',
  ].join('\n');
}

function jsStarter(name: string, params: Param[], title: string, fields: string[]): string {
  const ret = fields.map((f) => `${f}: null`).join(', ');
  return [
    `/** ${title}. Returns an object with: ${fields.join(', ')}. */`,
    `${jsSignature(name, params)} {`,
    '  // TODO: your code here',
    `  return { ${ret} };`,
    '}',
    '',
    `module.exports = { ${name} };`,
    '',
  ].join('\n');
}

/** The worked example (computed by an independent library, see scripts/worked_examples.py),
 * showing only the fields the question checks. */
function exampleText(algorithmId: string, checked: string[]): Bilingual {
  const example = WORKED_EXAMPLES[algorithmId];
  if (!example) return { zh: '', en: '' };
  const shown = Object.fromEntries(checked.filter((f) => f in example.output).map((f) => [f, example.output[f]]));
  const input = JSON.stringify(example.input);
  const output = JSON.stringify(shown);
  return {
    zh: `\n\n示例：\n输入：${input}\n输出：${output}`,
    en: `\n\nExample:\nInput: ${input}\nOutput: ${output}`,
  };
}

export function defineCoding(input: CodingSpec): CodingQuestion {
  // Python needs parameters without defaults first
  const spec = { ...input, params: [...input.params.filter((p) => !p.default), ...input.params.filter((p) => p.default)] };
  const name = spec.algorithmId.split('.')[1];
  const checked = spec.checkedFields ?? spec.outputs;
  const example = exampleText(spec.algorithmId, checked);
  const tolerance = spec.tolerance ?? {};
  const defaultTolerance = spec.defaultTolerance ?? DEFAULT_TOLERANCE;
  // The comparison rules close the statement: a candidate reads every rule the judge applies.
  const checking = outputChecksText({ checkedFields: checked, tolerance, defaultTolerance });
  const params = spec.params.map((p) => p.name).join(', ');
  const lead: Bilingual = spec.seedPrompt
    ? { zh: `${spec.title.zh}\n\n${spec.seedPrompt.zh}\n\n`, en: `${spec.title.en}\n\n${spec.seedPrompt.en}\n\n` }
    : { zh: '', en: '' };
  return {
    slug: codingSlug(spec.algorithmId),
    kind: 'CODING',
    source: spec.source ? seedRef(spec.source) : null,
    title: spec.title,
    prompt: {
      zh: `${lead.zh}${spec.statement.zh}\n\n实现函数 \`${name}\`，参数为 ${params}（Python 为关键字参数、数组为 numpy.ndarray；JavaScript 为一个对象参数、数组为嵌套数组），返回包含 ${checked.join(', ')} 的字典/对象。${example.zh}${checking.zh}`,
      en: `${lead.en}${spec.statement.en}\n\nImplement \`${name}\` taking ${params} (Python: keyword arguments, arrays as numpy.ndarray; JavaScript: one object, arrays as nested arrays) and returning a dict/object with ${checked.join(', ')}.${example.en}${checking.en}`,
    },
    modelAnswer: {
      zh: `${spec.explanation.zh}\n\n\`\`\`python\n${spec.solution.trim()}\n\`\`\``,
      en: `${spec.explanation.en}\n\n\`\`\`python\n${spec.solution.trim()}\n\`\`\``,
    },
    corrections: spec.corrections ?? [],
    tags: spec.tags,
    difficulty: spec.difficulty,
    related: spec.related ?? [],
    algorithmId: spec.algorithmId,
    seeds: spec.seeds.map(seedRef),
    entry: {
      PYTHON: { name, signature: pySignature(name, spec.params) },
      JAVASCRIPT: { name, signature: jsSignature(name, spec.params) },
    },
    starterCode: {
      PYTHON: pyStarter(name, spec.params, spec.title.en.replace(/\.$/, ''), checked),
      JAVASCRIPT: jsStarter(name, spec.params, spec.title.en.replace(/\.$/, ''), checked),
    },
    checkedFields: checked,
    tolerance,
    defaultTolerance,
    limits: { ...DEFAULT_QUESTION_LIMITS, ...spec.limits },
    generate: spec.generate,
  };
}
