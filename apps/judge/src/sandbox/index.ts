// The judge's sandbox: runs a candidate's file against test cases in a locked-down container.
// See docker/README.md for the images and the harness protocol.
export { createDockerClient, type DockerClientOptions } from './docker-client';
export { ENGINE_CALL_TIMEOUT_MS, engineAnswers, engineCall, isEngineFault, SandboxEngineError } from './engine-calls';
export { OutputCollector } from './output-collector';
export { GPU_RUNTIME_IMAGES, IMAGES_JSON_PATH, resolveRuntimeImage, SANDBOX_RUNTIMES, type RuntimeImage } from './runtime-images';
export {
  destroySandbox,
  flushSandboxRemovals,
  prepareSandbox,
  retryFailedRemovals,
  runPreparedSandbox,
  type PreparedSandbox,
  type RawSandboxRun,
  type SandboxExit,
} from './sandbox-container';
export {
  DEFAULT_SANDBOX_LIMITS,
  deriveWallTimeMs,
  resolveLimits,
  SANDBOX_HARD_CEILINGS,
  WALL_TIME_ALLOWANCE_MS,
  type SandboxLimits,
} from './sandbox-limits';
export {
  buildContainerOptions,
  SANDBOX_GID,
  SANDBOX_LABEL,
  SANDBOX_UID,
  SANDBOX_WORK_DIR,
  sandboxEnv,
  type SandboxContainerSpec,
  type SandboxGpus,
} from './sandbox-options';
export {
  encodeHarnessInput,
  parseHarnessLine,
  type CaseErrorType,
  type CaseResult,
  type CompileError,
  type CompileErrorType,
  type FunctionModeHeader,
  type HarnessHeader,
  type HarnessLine,
  type SandboxCase,
  type SandboxRuntime,
  type TrainingModeHeader,
} from './sandbox-protocol';
export { removeStaleSandboxes, type StaleSandboxOptions } from './stale-sandboxes';
export { warmKind, WarmPool, type WarmKind, type WarmPoolOptions } from './warm-pool';
export { interpretRun, runInSandbox, type SandboxRunRequest, type SandboxRunResult } from './sandbox-runner';
