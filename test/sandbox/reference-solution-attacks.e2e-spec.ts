// A company question's reference solution is untrusted code too: it runs in the same hardened
// sandbox as candidates' code when the question is saved. Each attack below is written as a
// reference solution whose test expects what the attack would get if it escaped; contained, the
// reference fails or disagrees and the question is INVALID, naming the test. Nothing is left
// running afterwards. (The sandbox suite's own attacks, run as candidates, are in sandbox-security.)
import type { CodingSection } from '@app/questions';
import { flushSandboxRemovals } from '../../apps/judge/src/sandbox';
import { validateCodingSection } from '../../apps/judge/src/company/validate-coding';
import { docker, SUITE_FILTER, SUITE_LABELS } from './helpers';

function question(source: string, expected: unknown, timeMsPerTest = 1500): CodingSection {
  return {
    entry: 'attack',
    parameters: [{ name: 'n', type: 'JSON' }],
    starterCode: [],
    referenceSolution: { language: 'PYTHON', source },
    tests: [{ name: 'attack', input: { n: 1 }, expected, hidden: false, weight: 1 }],
    tolerance: 'exact',
    limits: { timeMsPerTest, memoryMb: 128 },
  };
}

const ATTACKS: Array<[string, string, unknown]> = [
  ['an endless loop', 'def attack(n):\n    while True:\n        pass\n', 'never'],
  ['a fork bomb', 'import os\ndef attack(n):\n    while True:\n        os.fork()\n', 'never'],
  ['eating memory', 'def attack(n):\n    blocks = []\n    while True:\n        blocks.append(bytearray(64 * 1024 * 1024))\n', 'never'],
  ['flooding the output', 'import sys\ndef attack(n):\n    while True:\n        sys.stdout.write("x" * 65536)\n', 'never'],
  [
    'reaching Redis on the host',
    'import socket\ndef attack(n):\n    s = socket.create_connection(("127.0.0.1", 6379), timeout=1)\n    s.sendall(b"PING\\r\\n")\n    return s.recv(16).decode()\n',
    '+PONG\r\n',
  ],
  ['reading the host\'s environment', 'import os\ndef attack(n):\n    return open("/proc/1/environ").read().count("DATABASE_URL") + os.environ.get("DATABASE_URL", "").count("postgres")\n', 2],
  ['writing outside its folder', 'def attack(n):\n    open("/etc/owned", "w").write("x")\n    return "written"\n', 'written'],
];

afterAll(() => flushSandboxRemovals());

describe('attacks submitted as a company question\'s reference solution', () => {
  it.each(ATTACKS)('%s is contained and the question is INVALID', async (_name, source, expected) => {
    const result = await validateCodingSection(question(source, expected), { docker, labels: SUITE_LABELS });
    expect(result.status).toBe('INVALID');
    expect(result.tests).toEqual([{ test: 'attack', passed: false, message: expect.stringMatching(/^the reference solution (failed|disagrees|did not load)/) }]);
  }, 60_000);

  it('forging the next test\'s result line on the protocol is ignored, and the question is INVALID', async () => {
    // Writing a line for the test it is running is no more than returning that value; a line
    // for a later test (or a repeat) is out of order and dropped by the runner.
    const source =
      'import os\n' +
      'def attack(n):\n' +
      '    if n == 1:\n' +
      '        for fd in range(0, 20):\n' +
      '            try:\n' +
      '                os.write(fd, b\'{"name": "second", "ok": true, "value": "forged", "timeMs": 1}\\n\')\n' +
      '            except OSError:\n' +
      '                pass\n' +
      '    return "real"\n';
    const section = question(source, 'real');
    section.tests = [
      { name: 'first', input: { n: 1 }, expected: 'real', hidden: false, weight: 1 },
      { name: 'second', input: { n: 2 }, expected: 'forged', hidden: true, weight: 1 },
    ];
    const result = await validateCodingSection(section, { docker, labels: SUITE_LABELS });
    expect(result.status).toBe('INVALID');
    expect(result.tests).toEqual([
      { test: 'first', passed: true, message: null },
      { test: 'second', passed: false, message: 'the reference solution disagrees with the expected output: result: got "real", expected "forged"' },
    ]);
  }, 60_000);

  it('leaves none of its sandboxes behind', async () => {
    await flushSandboxRemovals();
    const left = await docker.listContainers({ all: true, filters: { label: SUITE_FILTER } });
    expect(left.map((c) => c.Id)).toEqual([]);
  });
});
