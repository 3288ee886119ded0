// ESLint rule `local/module-boundaries`: imports go one way.
//   - a library (libs/*) never imports an application (apps/*);
//   - apps/api and apps/judge never import each other (they share code through libs/);
//   - production code never imports test code (test/, any testing/ folder, *.spec / *.int-spec /
//     *.e2e-spec files).
// Tests, test support and benchmarks (apps/*/src/bench, libs/*/bench: scripts that reuse test
// fixtures) may import test code.
// The import is resolved to a file of the repository first (relative paths against the importing
// file, `@app/*` through tsconfig.base.json's `paths`), so `../../judge/src/x` and
// `../../../apps/judge/src/x` are the same import. ESLint's built-in no-restricted-imports only
// sees the written text and cannot tell these apart.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `@app/platform` -> `libs/platform/src/index.ts`, read from tsconfig.base.json (the one source). */
function readAliases() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tsconfig.base.json'), 'utf8'));
  const aliases = new Map();
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths ?? {})) {
    aliases.set(alias, path.join(repoRoot, target));
  }
  return aliases;
}
const aliases = readAliases();

/** The repository-relative path an import names, or null for a package import. */
export function resolveImport(specifier, importingFile) {
  if (specifier.startsWith('.')) {
    return path.relative(repoRoot, path.resolve(path.dirname(importingFile), specifier));
  }
  const aliased = aliases.get(specifier);
  return aliased ? path.relative(repoRoot, aliased) : null;
}

const testFile = /\.(spec|int-spec|e2e-spec)(\.[cm]?[jt]s)?$/;

/** What part of the repository a (repository-relative, posix) path belongs to. */
export function classify(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  const segments = p.split('/');
  const app = segments[0] === 'apps' ? segments[1] : null;
  return {
    app,
    isLib: segments[0] === 'libs',
    isTestCode: segments[0] === 'test' || segments.includes('testing') || testFile.test(p),
    isBench: (segments[0] === 'apps' && segments[2] === 'src' && segments[3] === 'bench') ||
      (segments[0] === 'libs' && segments[2] === 'bench'),
  };
}

/** Why an import from `from` to `to` (both repository-relative) breaks a boundary, or null. */
export function violation(from, to) {
  const source = classify(from);
  const target = classify(to);
  if (source.isLib && target.app) {
    return `a library must not import an application (${to}): move the shared code into libs/`;
  }
  if (source.app && target.app && source.app !== target.app) {
    return `apps/${source.app} must not import apps/${target.app} (${to}): share it through libs/`;
  }
  if (!source.isTestCode && !source.isBench && target.isTestCode) {
    return `production code must not import test code (${to})`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'libs never import apps, apps/api and apps/judge never import each other, production code never imports test code' },
    schema: [],
  },
  create(context) {
    const from = path.relative(repoRoot, context.filename);
    if (from.startsWith('..')) return {}; // not a file of this repository (e.g. stdin)
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const to = resolveImport(source.value, context.filename);
      const message = to && violation(from, to);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { 'module-boundaries': rule } };
