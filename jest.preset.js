// Shared Jest settings for every project and tier.
// swc compiles TypeScript (with legacy decorators and metadata, as Nest needs); it does not
// type-check, so `tsc --noEmit` runs as its own `typecheck` target.
// Nest 12 and a few of its dependencies ship ES modules only, so they are compiled too.
const fs = require('node:fs');
const path = require('node:path');

// The `@app/*` aliases are written once, in tsconfig.base.json's `paths` (.swcrc keeps a copy for
// the swc CLI, checked by tools/path-aliases.spec.ts).
function aliasesFromTsconfig() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(__dirname, target)]),
  );
}

const esmOnly = ['@nestjs', 'file-type', 'load-esm', 'uid', 'token-types', 'strtok3', '@tokenizer', 'graphql-ws'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
          // The root .swcrc declares `paths`; swc resolves them only against an absolute baseUrl.
          baseUrl: __dirname,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: aliasesFromTsconfig(),
};
