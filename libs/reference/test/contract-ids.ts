// The algorithm ids with a JSON input -> output, read from the committed catalogue
// docs/reference-algorithms.md (one table row per id, "| `family.name` | ..."). The task.*
// training baselines are judged by model quality and have their own runner, so they are left
// out. The repository carries its own list: the tests need nothing outside it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
export const CATALOGUE_PATH = join(REPO_ROOT, 'docs', 'reference-algorithms.md');
/** The shared contract the catalogue was written from, where a checkout has it beside the repo. */
export const SHARED_CONTRACT_PATH = join(REPO_ROOT, '..', 'shared', 'contracts', 'reference-algorithms.md');

/** Ids of the table rows of a markdown file that starts with a backquoted `family.name`. */
export function idsInTables(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\| `([a-z0-9_]+\.[a-z0-9_]+)` \|/.exec(line);
    if (m && !m[1].startsWith('task.')) ids.push(m[1]);
  }
  return ids;
}

export const CONTRACT_IDS: readonly string[] = idsInTables(readFileSync(CATALOGUE_PATH, 'utf8'));

/** The shared contract's ids, or undefined when no shared/ folder is beside the repository. */
export function sharedContractIds(path = SHARED_CONTRACT_PATH): string[] | undefined {
  return existsSync(path) ? idsInTables(readFileSync(path, 'utf8')) : undefined;
}
