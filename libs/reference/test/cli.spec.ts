// The built command line, end to end: list, run over every fixture case of every group (one
// process per id, all cases as JSON lines), exit codes, malformed lines, --verbose.
import { compareOutputs, registry } from '../src';
import { buildCli, runCli, type CliResult } from './built-cli';
import { loadFixtureFiles, type FixtureFile } from './fixture-files';

jest.setTimeout(120_000);

let cli: string;
let cleanup: () => void;
beforeAll(() => ({ cli, cleanup } = buildCli()));
afterAll(() => cleanup?.());

const fixtures = loadFixtureFiles().filter((f) => registry.has(f.id));

function linesOf(out: string): unknown[] {
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
}

function jsonl(values: unknown[]): string {
  return values.map((v) => `${JSON.stringify(v)}\n`).join('');
}

describe('list', () => {
  test('prints every registered algorithm as {id, title, seeds}', async () => {
    const { code, stdout } = await runCli(cli, ['list']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { id: string; title: string; seeds: string[] }[];
    expect(items.map((i) => i.id).sort()).toEqual([...registry.keys()].sort());
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['id', 'seeds', 'title']);
      expect(item.title.length).toBeGreaterThan(0);
      expect(Array.isArray(item.seeds)).toBe(true);
    }
  });
});

describe('run over every fixture', () => {
  // Runs every id's cases (a few processes at a time) before the per-id checks.
  const results = new Map<string, CliResult>();
  beforeAll(async () => {
    const queue = [...fixtures];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        results.set(f.id, await runCli(cli, ['run', f.id], jsonl(f.cases.map((c) => c.input))));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  test.each(fixtures.map((f) => [f.id, f] as const))('%s: one line per case, in order, exit code', (_id, f: FixtureFile) => {
    const { code, stdout, stderr } = results.get(f.id)!;
    expect(stderr).toBe('');
    const lines = linesOf(stdout);
    expect(lines).toHaveLength(f.cases.length);
    f.cases.forEach((c, i) => {
      const line = lines[i] as Record<string, unknown>;
      if (c.error) {
        expect({ case: c.name, code: (line.error as { code?: string } | undefined)?.code }).toEqual({ case: c.name, code: c.error });
      } else {
        const exact = registry.get(f.id)?.exactOutputs;
        expect({ case: c.name, problems: compareOutputs(line, c.expected, { rtol: c.rtol, atol: c.atol, exact }) }).toEqual({ case: c.name, problems: [] });
      }
    });
    expect(code).toBe(f.cases.some((c) => c.error) ? 1 : 0);
  });
});

describe('run: exit codes and errors', () => {
  const softmax = { name: 'softmax', x: [[1, 2, 3]] };

  test('exit 0 when every line succeeds; blank lines are skipped', async () => {
    const { code, stdout } = await runCli(cli, ['run', 'nn.activation'], `${JSON.stringify(softmax)}\n\n${JSON.stringify({ name: 'relu', x: [-1, 2] })}\n`);
    expect(code).toBe(0);
    const lines = linesOf(stdout) as { y: unknown }[];
    expect(lines).toHaveLength(2);
    expect(compareOutputs(lines[0].y, [[0.09003057, 0.24472847, 0.66524096]])).toEqual([]);
    expect(lines[1]).toEqual({ y: [0, 2] });
  });

  test('a malformed line is that line\'s INVALID_INPUT and the run goes on (exit 1)', async () => {
    const { code, stdout, stderr } = await runCli(cli, ['run', 'nn.activation'], `{"name": "relu", "x": [1,\n${JSON.stringify(softmax)}\n`);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = linesOf(stdout) as { error: { code: string; message: string }; y: unknown[] }[];
    expect(lines).toHaveLength(2);
    expect(lines[0].error.code).toBe('INVALID_INPUT');
    expect(lines[0].error.message).toMatch(/malformed JSON/);
    expect(lines[1].y).toHaveLength(1);
  });

  test('non-finite outputs are printed as the contract\'s strings', async () => {
    const { code, stdout } = await runCli(cli, ['run', 'nn.activation'], jsonl([{ name: 'log_softmax', x: [0, 1e4] }]));
    expect(code).toBe(0);
    expect(linesOf(stdout)).toEqual([{ y: [-10000, 0] }]);
  });

  test.each([
    [['run', 'no.such_algorithm'], /unknown algorithm id "no.such_algorithm"/],
    [['run'], /bad usage/],
    [[], /missing command/],
    [['frobnicate'], /bad usage/],
    [['list', '--fast'], /unknown option --fast/],
  ])('exit 2 with a message on stderr: %j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(cli, args, '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('--verbose names the backend on stderr', async () => {
    const { code, stdout, stderr } = await runCli(cli, ['run', 'nn.activation', '--verbose'], jsonl([softmax]));
    expect(code).toBe(0);
    expect(linesOf(stdout)).toHaveLength(1);
    expect(stderr).toMatch(/^reference: backend (wasm|tensorflow)/);
  });
});
