// Questions whose judge compares integers exactly are passable by a solution written from the
// statement alone: here in plain float64 JavaScript, as a careful candidate would write it in
// numpy, compared with the reference on every case of seeds 1-50 (the real-sandbox check of a
// numpy solution is apps/judge/src/judging/statement-solutions.int-spec.ts).
//
// compress.quantize: PyTorch computes in float32, so a value that lands on a rounding boundary
// (x/scale = k + 1/2) can round one way in float32 and the other in float64. The generator keeps
// such values out of the cases; this test holds it to that.
// compress.prune: round(amount·n) rounds half to even (Python's round), as the statement says.
import { compareOutputs, runAlgorithm } from '@app/reference';
import { getQuestion, type CodingQuestion, type TestCase } from '@app/questions';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

type Nested = number | Nested[];
const flat = (x: Nested): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);
const like = (x: Nested, values: number[]): Nested => {
  let at = 0;
  const build = (v: Nested): Nested => (Array.isArray(v) ? v.map(build) : values[at++]);
  return build(x);
};
/** Python's round and numpy's rint: halves to the even neighbour. */
const roundHalfEven = (v: number): number => {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
};
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The quantize statement, word for word, in float64. */
function quantizeFromStatement(input: { x: Nested; dtype: string; scheme: string }): Record<string, unknown> {
  const values = flat(input.x);
  const [qmin, qmax] = input.dtype === 'qint8' ? [-128, 127] : [0, 255];
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const eps = 2 ** -23;
  let scale: number;
  let zeroPoint: number;
  if (input.scheme === 'symmetric') {
    scale = Math.max(Math.max(Math.abs(min), Math.abs(max)) / ((qmax - qmin) / 2), eps);
    zeroPoint = input.dtype === 'qint8' ? 0 : 128;
  } else {
    scale = Math.max((max - min) / (qmax - qmin), eps);
    zeroPoint = clamp(qmin - roundHalfEven(min / scale), qmin, qmax);
  }
  const q = values.map((v) => clamp(roundHalfEven(v / scale) + zeroPoint, qmin, qmax));
  const dequantized = q.map((v) => (v - zeroPoint) * scale);
  const maxAbsError = Math.max(...values.map((v, i) => Math.abs(v - dequantized[i])));
  return { q: like(input.x, q), scale, zero_point: zeroPoint, dequantized: like(input.x, dequantized), max_abs_error: maxAbsError };
}

/** The prune statement in float64: round(amount·n) half to even; smallest |w| first. */
function pruneFromStatement(input: { tensors: Nested[]; amount: number; scope: string }): Record<string, unknown> {
  const count = (n: number) => (Number.isInteger(input.amount) ? input.amount : roundHalfEven(input.amount * n));
  const maskOf = (values: number[], k: number): number[] => {
    const order = values.map((v, i) => [Math.abs(v), i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const mask = values.map(() => 1);
    for (const [, i] of order.slice(0, k)) mask[i] = 0;
    return mask;
  };
  const flats = input.tensors.map(flat);
  let masks: number[][];
  if (input.scope === 'layer') masks = flats.map((v) => maskOf(v, count(v.length)));
  else {
    const all = maskOf(flats.flat(), count(flats.flat().length));
    let at = 0;
    masks = flats.map((v) => all.slice(at, (at += v.length)));
  }
  return {
    masks: masks.map((m, i) => like(input.tensors[i], m)),
    pruned: masks.map((m, i) => like(input.tensors[i], flats[i].map((v, k) => v * m[k]))),
  };
}

/** Cases (named with their seed) where the statement's solution fails the judge's check. */
async function failing(slug: string, solve: (input: never) => Record<string, unknown>): Promise<string[]> {
  const q = getQuestion(slug) as CodingQuestion;
  const failures: string[] = [];
  for (const seed of SEEDS) {
    const { samples, edge, hidden } = q.generate(seed);
    const cases: TestCase[] = seed === 1 ? [...samples, ...edge, ...hidden] : hidden;
    for (const c of cases) {
      const input = JSON.parse(JSON.stringify(c.input));
      const result = await runAlgorithm(q.algorithmId, input);
      if ('error' in result) throw new Error(`${slug} seed ${seed} ${c.name}: ${result.error.message}`);
      const got = solve(input as never);
      const problems = q.checkedFields.flatMap((field) => {
        const tolerance = q.tolerance[field] ?? q.defaultTolerance;
        // the judge's rule: 'exact' fields must be equal, the others within the tolerance
        const tol = tolerance === 'exact' ? { exact: true } : tolerance;
        return compareOutputs(got[field], result.output[field], tol, 1).map((p) => `${field}${p}`);
      });
      if (problems.length > 0) failures.push(`seed ${seed} ${c.name}: ${problems[0]}`);
    }
  }
  return failures;
}

describe('a float64 solution written from the statement passes every case (seeds 1-50)', () => {
  it('compress.quantize', async () => {
    expect(await failing('code-compress-quantize', quantizeFromStatement)).toEqual([]);
  });

  it('compress.prune', async () => {
    expect(await failing('code-compress-prune', pruneFromStatement)).toEqual([]);
  });

  it('states the rules a faithful solution needs', () => {
    const quantize = getQuestion('code-compress-quantize') as CodingQuestion;
    expect(quantize.prompt.en).toMatch(/float32/);
    const prune = getQuestion('code-compress-prune') as CodingQuestion;
    expect(prune.prompt.en).toMatch(/half to even/);
  });
});
