// The contract's JSON: plain JSON, except that non-finite numbers travel as the strings
// "NaN", "Infinity" and "-Infinity" (JSON has no literal for them), in inputs and outputs.
//
// Decoding leaves those strings as strings: only a validator knows whether a field holds
// numbers (where "NaN" means NaN) or text (where "NaN" could be a token). The validators in
// `validate.ts` accept both the strings and real non-finite numbers wherever a number is read.

/** The three strings that stand for non-finite numbers. */
export const NON_FINITE_STRINGS: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

/** A number from a JSON value: a number as is, or one of the three non-finite strings;
 * anything else gives undefined. */
export function numberFromJson(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(NON_FINITE_STRINGS, value)) {
    return NON_FINITE_STRINGS[value];
  }
  return undefined;
}

/** Parses one JSON text (one line of the CLI's input). Throws SyntaxError on malformed JSON. */
export function decodeJson(text: string): unknown {
  return JSON.parse(text);
}

/** A value ready for JSON.stringify: non-finite numbers become the contract's strings, typed
 * arrays become plain arrays, undefined object fields are dropped. */
export function toContractJson(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    if (Number.isNaN(value)) return 'NaN';
    return value > 0 ? 'Infinity' : '-Infinity';
  }
  if (Array.isArray(value)) return value.map(toContractJson);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (v) => toContractJson(Number(v)));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k] = toContractJson(v);
    }
    return out;
  }
  return value;
}

/** One line of the contract's JSON (no trailing newline). */
export function encodeJson(value: unknown): string {
  return JSON.stringify(toContractJson(value));
}

/** Deeply replaces the three non-finite strings by numbers. Only for values known to be
 * numeric throughout (e.g. a fixture's expected tensor); text fields would be changed too. */
export function decodeNonFinite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeNonFinite);
  if (typeof value === 'string') return numberFromJson(value) ?? value;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeNonFinite(v)]));
  }
  return value;
}
