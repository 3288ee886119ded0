// Reads the five seed documents and lists their question headings: the numbered `## … #####`
// headings. Document titles and section headers (`#### 一、…`, `#### 引言`, `### 四、总结`) are
// not questions. The seeds live in `shared/seeds/` beside the clone (SEEDS_DIR overrides); a
// clone without them checks the bank against the committed index (bank/seed-headings.json).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SeedHeadingLine {
  seed: string;
  line: number;
  heading: string;
}

export function seedsDir(): string {
  return process.env.SEEDS_DIR ?? path.resolve(__dirname, '../../../../shared/seeds');
}

export function readSeedHeadings(dir = seedsDir()): SeedHeadingLine[] {
  if (!fs.existsSync(dir)) throw new Error(`seed folder not found at ${dir}`);
  const files = fs.readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  const headings: SeedHeadingLine[] = [];
  for (const seed of files) {
    fs.readFileSync(path.join(dir, seed), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^#{2,5} (\d+\. .*)$/.exec(text.trimEnd());
        if (m) headings.push({ seed, line: i + 1, heading: m[1] });
      });
  }
  return headings;
}

/** The seeds' headings, or undefined when the default folder is absent (a clone without
 * shared/). A SEEDS_DIR that names a missing folder is an error, not an absence. */
export function seedHeadingsIfPresent(): SeedHeadingLine[] | undefined {
  if (process.env.SEEDS_DIR === undefined && !fs.existsSync(seedsDir())) return undefined;
  return readSeedHeadings();
}
