import { readFileSync } from 'node:fs';
import { compareOutputs, encodeJson } from '../../core';
import { runAlgorithm } from '../../run';
test('stress', async () => {
  const all = JSON.parse(readFileSync('/tmp/refb/stress.json', 'utf8'));
  const lines: string[] = [];
  for (const [id, cases] of Object.entries<any[]>(all)) {
    let bad = 0;
    for (const c of cases) {
      const r = await runAlgorithm(id, c.input);
      const problems = 'error' in r ? [r.error.message] : compareOutputs(JSON.parse(encodeJson(r.output)), c.expected, {}, 3);
      if (problems.length) {
        bad++;
        if (bad <= 3) lines.push(`${id}: ${JSON.stringify(c.input).slice(0, 300)} -> ${problems.join('; ')}`);
      }
    }
    lines.push(`${id}: ${bad}/${cases.length} disagree`);
  }
  console.log(lines.join('\n'));
});
