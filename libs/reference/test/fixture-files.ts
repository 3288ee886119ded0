// Loads the golden fixtures: libs/reference/fixtures/<group>/<id>.json (format in the README).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureCase {
  name: string;
  input: unknown;
  expected?: unknown;
  rtol?: number;
  atol?: number;
  error?: 'INVALID_INPUT';
}

export interface FixtureFile {
  id: string;
  oracle: string;
  cases: FixtureCase[];
  /** Where it was read from, relative to the fixtures folder, e.g. `group-a/nn.activation.json`. */
  file: string;
}

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** Every `<group>/<id>.json` under the fixtures folder, sorted by path. */
export function loadFixtureFiles(): FixtureFile[] {
  const files: FixtureFile[] = [];
  for (const group of readdirSync(FIXTURES_DIR).sort()) {
    const dir = join(FIXTURES_DIR, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<FixtureFile, 'file'>;
      files.push({ ...parsed, file: `${group}/${name}` });
    }
  }
  return files;
}
