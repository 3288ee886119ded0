// Demultiplexing Docker's attach stream with byte caps.
import { OutputCollector } from './output-collector';

function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('OutputCollector', () => {
  it('splits stdout into lines across frames and chunk boundaries, and keeps stderr apart', () => {
    const lines: string[] = [];
    const collector = new OutputCollector({ stdoutBytes: 1000, stderrBytes: 1000 }, () => undefined, (l) => lines.push(l));
    const bytes = Buffer.concat([frame(1, '{"a":1}\n{"b"'), frame(2, 'print from candidate\n'), frame(1, ':2}\n')]);
    // Feed it in awkward pieces: a header split in two, a payload split in the middle.
    for (const cut of [[0, 3], [3, 13], [13, bytes.length]]) collector.push(bytes.subarray(cut[0], cut[1]));
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
    expect(collector.stdoutLines).toEqual(lines);
    expect(collector.stderrTail()).toBe('print from candidate\n');
    expect(collector.overflowed).toBeNull();
  });

  it('reports the first stream past its cap once, then ignores everything', () => {
    const overflows: string[] = [];
    const collector = new OutputCollector({ stdoutBytes: 100, stderrBytes: 10 }, (s) => overflows.push(s));
    collector.push(frame(2, 'x'.repeat(8)));
    expect(overflows).toEqual([]);
    collector.push(frame(2, 'y'.repeat(8)));
    collector.push(frame(1, 'z'.repeat(500) + '\n'));
    expect(overflows).toEqual(['stderr']);
    expect(collector.overflowed).toBe('stderr');
    expect(collector.stdoutLines).toEqual([]);
  });

  it('keeps only the end of a long stderr', () => {
    const collector = new OutputCollector({ stdoutBytes: 100, stderrBytes: 1 << 20, stderrTailBytes: 16 }, () => undefined);
    for (let i = 0; i < 100; i++) collector.push(frame(2, `line ${i}\n`));
    // 16 bytes: exactly the last two lines.
    expect(collector.stderrTail()).toBe('line 98\nline 99\n');
  });
});
