// Where the bank's data files are, and how they are read. This module sits at
// libs/questions/src/bank/ both in the sources (jest, ts) and in the swc build
// (dist/libs/questions/src/bank/), and the build copies libs/questions/bank to
// dist/libs/questions/bank, so one relative path finds the data from either.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';

export const BANK_DIR = path.resolve(__dirname, '../../bank');

function read(relative: string): string {
  const file = path.join(BANK_DIR, relative);
  if (!fs.existsSync(file)) throw new Error(`question bank file missing: ${file} (does the build copy libs/questions/bank?)`);
  return fs.readFileSync(file, 'utf8');
}

/** A Markdown text: the file minus the one newline that ends it (editors add it; the text has none). */
export function readBankText(relative: string): string {
  const text = read(relative);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** A JSON file, validated by `schema`; a malformed file fails naming the file and the fields. */
export function readBankJson<S extends z.ZodType>(relative: string, schema: S): z.infer<S> {
  const result = schema.safeParse(JSON.parse(read(relative)));
  if (!result.success) throw new Error(`${relative}: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

/** The names of the sub-folders of a bank folder, sorted. */
export function bankFolders(relative: string): string[] {
  return fs
    .readdirSync(path.join(BANK_DIR, relative), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
