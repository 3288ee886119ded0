// The bank's content is pinned: the sha256 of its canonical dump (see bank-snapshot.ts) was
// taken before the entries moved from TypeScript literals to data files under libs/questions/bank,
// and any edit to a question must update it on purpose. To see what changed, write the dump with
// BANK_SNAPSHOT_OUT=/tmp/bank.json on this commit and on the previous one and diff the two.
import * as fs from 'node:fs';
import { bankSnapshot, sha256 } from './bank-snapshot';

const PINNED = fs.readFileSync(`${__dirname}/fixtures/bank-snapshot.sha256`, 'utf8').trim();

describe('bank snapshot', () => {
  it('has the pinned content, byte for byte', () => {
    const dump = bankSnapshot();
    if (process.env.BANK_SNAPSHOT_OUT) fs.writeFileSync(process.env.BANK_SNAPSHOT_OUT, dump);
    expect(dump.length).toBeGreaterThan(100_000);
    expect(sha256(dump)).toBe(PINNED);
  });
});
