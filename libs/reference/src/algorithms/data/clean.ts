// data.clean: pandas `DataFrame(rows).dropna().drop_duplicates()`: rows with a missing value
// (null, or the contract's "NaN") go, then repeated rows after their first appearance; order
// is kept. Values are numbers or strings; "Infinity"/"-Infinity" are numbers, and a number never
// equals a string (1 and "1" differ, as in pandas); 0 and -0 are equal.
import { fields, invalid, MAX_ELEMENTS, numberFromJson, type Algorithm } from '../../core';

type Cell = number | string | null;

export interface CleanInput {
  rows: Cell[][];
}

/** A key that is equal for cells pandas treats as equal; undefined for a missing cell. */
function cellKey(cell: Cell): string | undefined {
  if (cell === null) return undefined;
  const x = typeof cell === 'number' ? cell : numberFromJson(cell);
  if (x === undefined) return `s${cell}`;
  if (Number.isNaN(x)) return undefined;
  return `n${x === 0 ? 0 : x}`;
}

export const clean: Algorithm<CleanInput> = {
  id: 'data.clean',
  exactOutputs: ['rows'],
  title: 'Drop rows with missing values, then duplicate rows',
  seeds: ['004#§3'],

  validate(input) {
    const f = fields(input, { required: ['rows'] });
    let width: number | undefined;
    let cells = 0;
    const rows = f.list('rows', (row, name) => {
      if (!Array.isArray(row)) invalid(`${name}: expected an array of values but got ${JSON.stringify(row)}`);
      width ??= row.length;
      if (row.length === 0) invalid(`${name}: expected at least one value per row`);
      if (row.length !== width) invalid(`${name}: expected ${width} values (like rows[0]) but got ${row.length}`);
      cells += row.length;
      if (cells > MAX_ELEMENTS) invalid(`rows: more than ${MAX_ELEMENTS} values in all`);
      row.forEach((v, j) => {
        if (v !== null && typeof v !== 'number' && typeof v !== 'string') {
          invalid(`${name}[${j}]: expected a number, a string or null but got ${JSON.stringify(v)}`);
        }
      });
      return row as Cell[];
    });
    return { rows };
  },

  async run({ rows }) {
    const seen = new Set<string>();
    const kept: Cell[][] = [];
    for (const row of rows) {
      const keys = row.map(cellKey);
      if (keys.some((k) => k === undefined)) continue;
      const key = JSON.stringify(keys);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(row);
    }
    return { rows: kept };
  },
};
