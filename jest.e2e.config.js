// End-to-end tier: the real API over HTTP against real PostgreSQL and Redis (and, for the
// judge, the real Docker engine). The sandbox suite has its own config (test/sandbox).
const path = require('node:path');
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts', '<rootDir>/test/abuse/**/*.e2e-spec.ts', '<rootDir>/test/story/**/*.e2e-spec.ts', '<rootDir>/test/scale/**/*.e2e-spec.ts'],
  globalSetup: path.join(__dirname, 'test/support/global-setup.ts'),
  testTimeout: 60_000,
  maxWorkers: 2,
};
