// How a question's limits and the worker's configuration become a sandbox request's settings.
import { languageDefinition, MiB, type Language, type Limits, type SandboxRuntime } from '@app/definitions';
import { GPU_RUNTIME_IMAGES, type SandboxGpus, type SandboxLimits } from '../sandbox';

export function runtimeFor(language: Language): SandboxRuntime {
  return languageDefinition(language).runtime;
}

/**
 * The sandbox limits of a question: its memory, one CPU, everything else the sandbox's defaults.
 * runInSandbox clamps them to the hard ceilings. Coding questions share these exact limits
 * unless they ask for more memory, so most runs can take a container from the warm pool.
 */
export function sandboxLimitsFor(limits: Pick<Limits, 'memoryMb'>): Partial<SandboxLimits> {
  return { memoryBytes: limits.memoryMb * MiB, cpus: 1 };
}

/**
 * GPUs for a run: only when the worker was configured with some (JUDGE_GPUS = `all` or ids),
 * the question is GPU-eligible and the runtime has a GPU image (Python; Node candidates use tfjs
 * on the wasm backend); otherwise none.
 */
export function gpusFor(judgeGpus: string, question: Pick<Limits, 'gpu'>, language: Language): SandboxGpus | undefined {
  if (!question.gpu || judgeGpus.trim() === '' || GPU_RUNTIME_IMAGES[runtimeFor(language)] === undefined) return undefined;
  if (judgeGpus === 'all') return { count: -1 };
  return { deviceIds: judgeGpus.split(',').map((id) => id.trim()) };
}
