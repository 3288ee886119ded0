// A company training question's data: its CSV, parsed with csv-parse, checked (the label column
// is there, every feature is numeric, enough rows), and split by a fixed seed into the rows the
// candidate trains on and the held-out rows (whose labels never enter the sandbox).
import { parse } from 'csv-parse/sync';
import { Prng } from '../prng';
import { QuestionFileError } from './question-file-error';
import type { TrainingSection } from './question-file';

export const MIN_TRAINING_ROWS = 50;
/** The split is the same for every candidate of a version: the seed is fixed, not drawn. */
export const TRAINING_SPLIT_SEED = 20_261_203;

export interface TrainingData {
  features: string[];
  train: { X: number[][]; y: number[] };
  test: { X: number[][]; y: number[] };
}

const FIELD = 'training.dataset.csv';

/** Parses and checks the CSV; throws QuestionFileError naming the row or column at fault. */
export function parseTrainingData(section: TrainingSection): TrainingData {
  let rows: string[][];
  try {
    rows = parse(section.dataset.csv, { skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw new QuestionFileError([{ field: FIELD, message: `not a valid CSV: ${(error as Error).message}` }]);
  }
  const [header, ...body] = rows;
  if (!header || header.length < 2) throw new QuestionFileError([{ field: FIELD, message: 'needs a header row with at least one feature and the label' }]);
  const labelAt = header.indexOf(section.label);
  if (labelAt < 0) throw new QuestionFileError([{ field: 'training.label', message: `column "${section.label}" is not in the CSV header (${header.join(', ')})` }]);
  if (body.length < MIN_TRAINING_ROWS) throw new QuestionFileError([{ field: FIELD, message: `needs at least ${MIN_TRAINING_ROWS} data rows, has ${body.length}` }]);
  const X: number[][] = [];
  const y: number[] = [];
  body.forEach((row, r) => {
    row.forEach((cell, c) => {
      // Row numbers as a spreadsheet shows them: the header is row 1.
      if (cell === '' || !Number.isFinite(Number(cell))) throw new QuestionFileError([{ field: FIELD, message: `row ${r + 2}, column "${header[c]}": "${cell}" is not a number` }]);
    });
    const values = row.map(Number);
    y.push(values[labelAt]);
    X.push(values.filter((_, c) => c !== labelAt));
  });
  if (section.task === 'CLASSIFICATION' && new Set(y).size < 2) throw new QuestionFileError([{ field: 'training.label', message: 'a classification label needs at least two classes' }]);
  const order = new Prng(TRAINING_SPLIT_SEED).shuffle(body.map((_, i) => i));
  const testCount = Math.max(1, Math.round(order.length * section.testFraction));
  const pick = (ids: number[]) => ({ X: ids.map((i) => X[i]), y: ids.map((i) => y[i]) });
  return { features: header.filter((_, c) => c !== labelAt), test: pick(order.slice(0, testCount)), train: pick(order.slice(testCount)) };
}
