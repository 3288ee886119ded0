// Every coding question's test-case generator: deterministic per seed, valid input for the
// reference algorithm (its own validate() once registered, the contract's field table before),
// and a worked example that the reference reproduces.
import { getAlgorithm } from '@app/reference';
import { questionsByKind } from '../src/bank';
import { WORKED_EXAMPLES } from '../src/bank/worked-examples';
import type { CodingQuestion, GeneratedCases, TestCase, Tolerance } from '../src/types';
import { CONTRACT_FIELDS, type ContractFields } from './contract-fields';

const coding = questionsByKind.CODING as CodingQuestion[];
const table = coding.map((q) => [q.algorithmId, q] as const);

// Generating is the slow part (tens of thousands of draws per large case): once per seed.
const generated = new Map<string, GeneratedCases>();
function gen(q: CodingQuestion, seed: number): GeneratedCases {
  const key = `${q.slug}/${seed}`;
  if (!generated.has(key)) generated.set(key, q.generate(seed));
  return generated.get(key)!;
}

const allCases = (q: CodingQuestion, seed: number): TestCase[] => {
  const g = gen(q, seed);
  return [...g.samples, ...g.edge, ...g.hidden];
};

/** Splits a Python parameter list at top-level commas (defaults may be tuples). */
function splitParams(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Fields of the input fit one form of the contract: no unknown field, every required one. */
function fieldProblems(input: Record<string, unknown>, fields: ContractFields): string | undefined {
  const forms = [{ required: fields.required, optional: fields.optional }, ...(fields.alternatives ?? [])];
  const keys = Object.keys(input);
  for (const form of forms) {
    const allowed = new Set([...form.required, ...form.optional]);
    if (keys.every((k) => allowed.has(k)) && form.required.every((k) => k in input)) return undefined;
  }
  return `fields ${keys.join(',')} fit no form of the contract`;
}

function close(actual: unknown, expected: unknown, tol: Tolerance, path: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: shape differs`;
    for (let i = 0; i < expected.length; i++) {
      const p = close(actual[i], expected[i], tol, `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected)) {
      const p = close((actual as Record<string, unknown>)?.[k], v, tol, `${path}.${k}`);
      if (p) return p;
    }
    return undefined;
  }
  const nonFinite: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
  if (typeof expected === 'string' && expected in nonFinite) expected = nonFinite[expected];
  if (typeof actual === 'string' && actual in nonFinite) actual = nonFinite[actual];
  if (typeof expected === 'number' && !Number.isFinite(expected)) {
    return Object.is(actual, expected) ? undefined : `${path}: ${actual} != ${expected}`;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (tol === 'exact') return actual === expected ? undefined : `${path}: ${actual} != ${expected}`;
    // the worked examples are rounded to 6 decimals
    return Math.abs(actual - expected) <= tol.atol + 1e-6 + tol.rtol * Math.abs(expected)
      ? undefined
      : `${path}: ${actual} vs ${expected}`;
  }
  return actual === expected ? undefined : `${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`;
}

describe.each(table)('%s', (id, q) => {
  const first = gen(q, 1);

  it('generates the same cases for the same seed, byte for byte', () => {
    expect(JSON.stringify(q.generate(1))).toBe(JSON.stringify(first));
  });

  it('varies hidden cases with the seed but keeps samples and edge cases fixed', () => {
    const other = gen(q, 2);
    expect(JSON.stringify(other.hidden)).not.toBe(JSON.stringify(first.hidden));
    expect(JSON.stringify(other.samples)).toBe(JSON.stringify(first.samples));
    expect(JSON.stringify(other.edge)).toBe(JSON.stringify(first.edge));
  });

  it('has 1-2 samples, hidden cases of every size, unique names, bounded size', () => {
    expect(first.samples.length).toBeGreaterThanOrEqual(1);
    expect(first.samples.length).toBeLessThanOrEqual(2);
    for (const size of ['small', 'medium', 'large']) expect(first.hidden.some((c) => c.name.includes(size))).toBe(true);
    const names = allCases(q, 1).map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of allCases(q, 1)) expect(JSON.stringify(c.input).length).toBeLessThan(1_500_000);
  });

  it('shows the worked example as the first sample', () => {
    expect(WORKED_EXAMPLES[id]).toBeDefined();
    expect(first.samples[0].input).toEqual(WORKED_EXAMPLES[id].input);
    expect(q.prompt.en).toContain(JSON.stringify(WORKED_EXAMPLES[id].input));
  });

  it('takes exactly the contract fields as arguments, defaults on the optional ones', () => {
    const fields = CONTRACT_FIELDS[id];
    const forms = [fields, ...(fields.alternatives ?? [])];
    const all = new Set(forms.flatMap((form) => [...form.required, ...form.optional]));
    // a field needs no default only when every form of the input requires it
    const alwaysRequired = [...all].filter((name) => forms.every((form) => form.required.includes(name)));
    const params = splitParams(q.entry.PYTHON.signature.replace(/^def \w+\(|\) -> dict$/g, ''));
    expect(params.map((p) => p.split('=')[0]).sort()).toEqual([...all].sort());
    for (const p of params) {
      expect({ p, optional: p.includes('=') }).toEqual({ p, optional: !alwaysRequired.includes(p.split('=')[0]) });
    }
  });

  it('generates inputs with the contract fields', () => {
    const problems = allCases(q, 1)
      .map((c) => [c.name, fieldProblems(c.input, CONTRACT_FIELDS[id])])
      .filter(([, p]) => p !== undefined);
    expect(problems).toEqual([]);
  });

  const algorithm = getAlgorithm(id);
  const whenRegistered = algorithm ? it : it.skip;

  whenRegistered('generates inputs the reference validates, for two seeds', () => {
    for (const seed of [1, 2]) {
      for (const c of allCases(q, seed)) {
        try {
          algorithm!.validate(JSON.parse(JSON.stringify(c.input)));
        } catch (e) {
          throw new Error(`${c.name} (seed ${seed}): ${(e as Error).message}`);
        }
      }
    }
  });

  whenRegistered('runs the samples through the reference, which reproduces the worked example', async () => {
    for (const c of first.samples) await algorithm!.run(algorithm!.validate(JSON.parse(JSON.stringify(c.input))));
    const example = WORKED_EXAMPLES[id];
    const out = await algorithm!.run(algorithm!.validate(JSON.parse(JSON.stringify(example.input))));
    for (const field of q.checkedFields) {
      if (!(field in example.output)) continue;
      const problem = close(out[field], example.output[field], q.tolerance[field] ?? q.defaultTolerance, field);
      expect(problem).toBeUndefined();
    }
  });
});
