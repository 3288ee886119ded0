// Unit (`*.spec.ts`, no I/O) and integration (`*.int-spec.ts`, real PostgreSQL and Redis) tests
// of the API. The template database is migrated once in globalSetup.
const path = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: path.join(__dirname, '../../test/support/global-setup.ts'),
  testTimeout: 30_000,
};
