// Which Docker image runs each sandbox runtime.
//
// docker/build-images.sh tags every runtime image with a hash of its inputs
// (mljudge-<runtime>:<16 hex chars>) and records the tags in docker/.images.json:
//   { "python": { "tag": "mljudge-python:…", "id": "sha256:…", "base": "…", "builtAt": "…" }, "node": {…} }
// The judge prefers that exact tag (so a stale `:latest` never runs silently), and falls back to
// `mljudge-<runtime>:latest` when the file is missing (e.g. images built by another machine).
import { LANGUAGES, SANDBOX_RUNTIMES, type SandboxRuntime } from '@app/definitions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { SANDBOX_RUNTIMES };

/** The repository root, found from this file (src or dist layout alike). */
function repoRoot(): string {
  // apps/judge/src/sandbox -> repo root; dist/apps/judge/src/sandbox -> dist's parent.
  const up = join(__dirname, '..', '..', '..', '..');
  return __dirname.includes(`${join('dist', 'apps')}`) ? join(up, '..') : up;
}

export const IMAGES_JSON_PATH = join(repoRoot(), 'docker', '.images.json');

export interface RuntimeImage {
  /** Tag to create containers from. */
  tag: string;
  /** Image id (sha256:…) when known from the build record. */
  id?: string;
}

/** The image of a runtime: the tag built last by docker/build-images.sh, or `:latest`. */
export function resolveRuntimeImage(runtime: SandboxRuntime, imagesJsonPath: string = IMAGES_JSON_PATH): RuntimeImage {
  try {
    const record = JSON.parse(readFileSync(imagesJsonPath, 'utf8')) as Record<string, { tag?: unknown; id?: unknown }>;
    const entry = record[runtime];
    if (entry && typeof entry.tag === 'string') {
      return { tag: entry.tag, ...(typeof entry.id === 'string' ? { id: entry.id } : {}) };
    }
  } catch {
    // no build record: fall through
  }
  return { tag: `mljudge-${runtime}:latest` };
}

/**
 * Images for runs given GPUs (each language's `gpuImage`), built from
 * docker/runtime-python-gpu.Dockerfile on GPU hosts (needs a registry). The node runtime has
 * no GPU image: its candidates use tfjs on the wasm backend.
 */
export const GPU_RUNTIME_IMAGES: Readonly<Partial<Record<SandboxRuntime, string>>> = Object.freeze(
  Object.fromEntries(LANGUAGES.flatMap((l) => ('gpuImage' in l ? [[l.runtime, l.gpuImage]] : []))),
);
