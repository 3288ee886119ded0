// Prints the rubric suggestion for every answer of the evaluation set (per question and kind), the
// mean per kind before (substring matcher) and after, against the goals, and the time per answer.
//   npx nx run questions:build && node dist/libs/questions/src/bench/bench-rubric.js
import { performance } from 'node:perf_hooks';
import { suggestRubricScore } from '../rubric';
import { ANSWER_KINDS, KIND_GOALS, loadEvalSet } from './rubric-eval';
import { questionsBySlug, runEval } from './run-eval';

const t0 = performance.now();
const { rows, means } = runEval();
const firstRun = performance.now() - t0;

const slugs = [...new Set(rows.map((r) => r.slug))];
const w = Math.max(...slugs.map((s) => s.length));
console.log(`${'question'.padEnd(w)}  ${ANSWER_KINDS.map((k) => k.padStart(12)).join(' ')}`);
for (const slug of slugs) {
  const cells = ANSWER_KINDS.map((k) => {
    const r = rows.find((x) => x.slug === slug && x.kind === k)!;
    return `${r.before.toFixed(2)}→${r.score.toFixed(2)}`.padStart(12);
  });
  console.log(`${slug.padEnd(w)}  ${cells.join(' ')}`);
}
console.log('\nmean per kind (before → after; goal)');
for (const k of ANSWER_KINDS) {
  const [lo, hi] = KIND_GOALS[k];
  const m = means[k];
  const ok = m.score >= lo && m.score <= hi;
  console.log(`  ${k.padEnd(13)} ${m.before.toFixed(2)} → ${m.score.toFixed(2)}   goal [${lo.toFixed(2)}, ${hi.toFixed(2)}] ${ok ? 'met' : 'NOT MET'}`);
}

// Warm timing: every answer again, several times, after the dictionaries are loaded.
const bySlug = questionsBySlug();
const answers = loadEvalSet().flatMap((e) => ANSWER_KINDS.map((k) => [bySlug.get(e.slug)!, e.answers[k]] as const));
const times: number[] = [];
for (let rep = 0; rep < 5; rep++) {
  for (const [q, a] of answers) {
    const t = performance.now();
    suggestRubricScore(q, a);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`\ntiming: first pass over ${rows.length} answers (loading jieba, WordNet, CC-CEDICT) ${firstRun.toFixed(0)} ms;`);
console.log(`warm, per answer: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1 - 1e-9)} ms (${times.length} runs)`);

// The API and the judge read the question from its stored version, a new object each time, so
// the per-question preparation (term expansion, topic vocabulary) is redone on every call.
const fresh: number[] = [];
for (const [q, a] of answers) {
  const copy = JSON.parse(JSON.stringify(q)) as typeof q;
  const t = performance.now();
  suggestRubricScore(copy, a);
  fresh.push(performance.now() - t);
}
fresh.sort((a, b) => a - b);
console.log(
  `with a fresh question object each time (as stored versions are read): median ${fresh[Math.floor(fresh.length / 2)].toFixed(2)} ms, max ${fresh[fresh.length - 1].toFixed(2)} ms`,
);
