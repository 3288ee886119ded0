// Where the recorded baselines (each task's `baseline`) were measured; see the README's
// "Training baselines" section.
export const MACHINE = '2 CPU cores shared with other jobs (load average ~7), Node 20, tfjs 4.22 wasm (SIMD, one thread)';
