// The shape every reference algorithm has. The judge calls `validate` then `run` in-process;
// the CLI does the same for each JSON line.

/** Raised by `validate` (or `run`) for input that breaks the contract; the CLI prints it as
 * `{"error":{"code":"INVALID_INPUT","message":...}}`. The message names the field and the
 * shape or range that was expected. */
export class InvalidInputError extends Error {
  readonly code = 'INVALID_INPUT' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export interface Algorithm<Input = unknown, Output = Record<string, unknown>> {
  /** Contract id, e.g. `attention.scaled_dot_product`. */
  id: string;
  title: string;
  /** Seed sections as `file#section`, e.g. `003#§4`. */
  seeds: string[];
  /** Output fields compared exactly (ids, counts, labels, masks, strings); every other field
   * is compared within atol + rtol·|expected| (core/compare.ts). */
  exactOutputs?: readonly string[];
  /** Checks shapes, types and ranges of a decoded JSON input; throws InvalidInputError. */
  validate(input: unknown): Input;
  /** Computes the output (plain JSON-ready values: numbers, nested arrays, NaN allowed). */
  run(input: Input): Promise<Output>;
}
