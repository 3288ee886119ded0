import { outputChecks, type CheckedOutputs } from '@app/questions';
import type { OutputCheck } from './models/output-check.model';

/** The comparison rules of a stored coding question's content; empty for other kinds. */
export function contentOutputChecks(content: Record<string, unknown>): OutputCheck[] {
  if (!Array.isArray(content.checkedFields)) return [];
  return outputChecks(content as unknown as CheckedOutputs);
}
