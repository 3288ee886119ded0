import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LANGUAGE_IDS, LANGUAGES, languageOfExtension, parseLanguage, perLanguage, SANDBOX_RUNTIMES, warmPreloadFor } from './languages';

const RUNTIMES_DIR = resolve(__dirname, '../../../docker/runtimes');

describe('the language table', () => {
  it('has unique ids, runtimes, names and extensions', () => {
    const unique = (values: readonly string[]) => expect(new Set(values).size).toBe(values.length);
    unique(LANGUAGE_IDS);
    unique(SANDBOX_RUNTIMES);
    unique(LANGUAGES.flatMap((l) => [l.id.toLowerCase(), ...l.aliases.filter((a) => a !== l.id.toLowerCase())]));
    unique(LANGUAGES.flatMap((l) => l.extensions));
  });

  it('parses CLI names and file extensions', () => {
    expect(parseLanguage('Python')).toBe('PYTHON');
    expect(parseLanguage(' js ')).toBe('JAVASCRIPT');
    expect(parseLanguage('JAVASCRIPT')).toBe('JAVASCRIPT');
    expect(parseLanguage('node')).toBe('JAVASCRIPT');
    expect(parseLanguage('rust')).toBeUndefined();
    expect(languageOfExtension('.py')).toBe('PYTHON');
    expect(languageOfExtension('.mjs')).toBe('JAVASCRIPT');
    expect(languageOfExtension('.rs')).toBeUndefined();
  });

  it('builds one value per language', () => {
    expect(perLanguage((l) => l.length)).toEqual({ PYTHON: 6, JAVASCRIPT: 10 });
  });

  // docker/build-images.sh builds every folder of docker/runtimes; the judge starts the harness
  // with the table's command, so the image must have it where the table says.
  it.each(LANGUAGES.map((l) => [l.id, l] as const))('%s: its runtime image runs the harness the table names', (_id, language) => {
    const context = join(RUNTIMES_DIR, language.runtime);
    const dockerfile = readFileSync(join(context, 'Dockerfile'), 'utf8');
    // The image's own CMD, in exec form (`CMD ["a", "b"]`), is the same command.
    expect(dockerfile).toContain(`CMD ${JSON.stringify(language.harnessCommand).replace(/","/g, '", "')}`);
    const harness = basename(language.harnessCommand[language.harnessCommand.length - 1]);
    expect(existsSync(join(context, harness))).toBe(true);
    // The harness writes the candidate's file under the table's name.
    expect(readFileSync(join(context, harness), 'utf8')).toContain(language.sourceFile);
  });

  it('gives the interpreter its thread count (and Node its memory limit)', () => {
    const [python, node] = LANGUAGES;
    expect(python.sandboxEnv({ threads: 2, memoryBytes: 1 })).toContain('OMP_NUM_THREADS=2');
    expect(node.sandboxEnv({ threads: 3, memoryBytes: 42 })).toEqual(expect.arrayContaining(['UV_THREADPOOL_SIZE=3', 'SANDBOX_MEMORY_BYTES=42']));
  });

  it('tells a PyTorch source from one that does not import torch', () => {
    const imports = ['import torch', 'import torch.nn as nn', 'from torch import nn', 'import numpy as np, torch', '  import torch  # in a function'];
    for (const line of imports) expect(warmPreloadFor('python', `x = 1\n${line}\n`)).toBe('torch');
    const not = ['import numpy as np', 'import torchvision_like', '# import torch', 'x = "import torch"', 'import numpy as torch_like'];
    for (const line of not) expect(warmPreloadFor('python', `${line}\n`)).toBeUndefined();
    expect(warmPreloadFor('node', "const torch = require('torch')")).toBeUndefined();
  });
});
