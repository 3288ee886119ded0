// Shared Jest settings for every project and tier.
// swc compiles TypeScript (with legacy decorators and metadata, as Nest needs); it does not
// type-check, so `tsc --noEmit` runs as its own `typecheck` target.
// Nest 12 and a few of its dependencies ship ES modules only, so they are compiled too.
const path = require('node:path');

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
  moduleNameMapper: {
    '^@app/questions$': path.join(__dirname, 'libs/questions/src/index.ts'),
    '^@app/reference$': path.join(__dirname, 'libs/reference/src/index.ts'),
    '^@app/platform$': path.join(__dirname, 'libs/platform/src/index.ts'),
    '^@app/definitions$': path.join(__dirname, 'libs/definitions/src/index.ts'),
  },
};
