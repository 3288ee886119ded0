// Dumps what check_model_answers.py needs (model answers, starter code, worked examples, the
// cases of seed 1, or of --seed N) as JSON on stdout. Reads the built library: run `npx nx run questions:build`
// first. With --with-reference (after `npx nx run reference:build`) it also runs every case
// through libs/reference, so the check can compare each model answer with the reference.
const path = require('node:path');
const { questions, WORKED_EXAMPLES } = require(path.resolve(__dirname, '../../../dist/libs/questions/src/index.js'));

const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 1;

const code = (markdown) => (/```python\n([\s\S]*?)\n```/.exec(markdown) || [])[1];

const out = questions
  .filter((q) => q.kind !== 'CONCEPTUAL')
  .map((q) => ({
    slug: q.slug,
    kind: q.kind,
    algorithmId: q.algorithmId,
    entry: q.kind === 'CODING' ? q.entry.PYTHON.name : 'train',
    checkedFields: q.checkedFields,
    tolerance: q.tolerance,
    solution: code(q.modelAnswer.en),
    solutionZh: code(q.modelAnswer.zh),
    starter: q.starterCode,
    example: q.kind === 'CODING' ? WORKED_EXAMPLES[q.algorithmId] : undefined,
    cases: q.kind === 'CODING' ? q.generate(SEED) : undefined,
  }));
async function withReference(entries) {
  const { getAlgorithm } = require(path.resolve(__dirname, '../../../dist/libs/reference/src/index.js'));
  const { toContractJson } = require(path.resolve(__dirname, '../../../dist/libs/reference/src/core/json.js'));
  for (const e of entries) {
    const algorithm = e.kind === 'CODING' ? getAlgorithm(e.algorithmId) : undefined;
    if (!algorithm) continue;
    e.reference = {};
    for (const c of [...e.cases.samples, ...e.cases.edge, ...e.cases.hidden]) {
      try {
        e.reference[c.name] = toContractJson(await algorithm.run(algorithm.validate(JSON.parse(JSON.stringify(c.input)))));
      } catch (err) {
        e.reference[c.name] = { error: String(err && err.message) };
      }
    }
  }
  return entries;
}

(process.argv.includes('--with-reference') ? withReference(out) : Promise.resolve(out)).then((entries) =>
  process.stdout.write(JSON.stringify(entries)),
);
