// Unit (`*.spec.ts`) and integration (`*.int-spec.ts`: real PostgreSQL, Redis, Docker) tests of
// the judge. The sandbox's container suite runs in the end-to-end tier (test/sandbox).
const path = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'judge',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: path.join(__dirname, '../../test/support/global-setup.ts'),
  testTimeout: 60_000,
};
