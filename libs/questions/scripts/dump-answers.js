// Dumps what check_model_answers.py needs (model answers, starter code, worked examples) as JSON
// on stdout. Reads the built library: run `npx nx run questions:build` first.
const path = require('node:path');
const { questions, WORKED_EXAMPLES } = require(path.resolve(__dirname, '../../../dist/libs/questions/src/index.js'));

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
    cases: q.kind === 'CODING' ? q.generate(1) : undefined,
  }));
process.stdout.write(JSON.stringify(out));
