// Sandbox security and correctness suite: runs real containers through the real Docker engine.
// globalSetup starts the engine if needed (scripts/ensure-docker.sh) and builds the runtime
// images (docker/build-images.sh; skipped in seconds when they are up to date).
//   npx jest -c test/sandbox/jest.config.js
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'sandbox',
  rootDir: '.',
  roots: ['<rootDir>', '<rootDir>/../../apps/judge/src/sandbox'],
  // The sandbox module's own unit specs run here too (they need no Docker).
  testMatch: ['<rootDir>/**/*.e2e-spec.ts', '<rootDir>/../../apps/judge/src/sandbox/**/*.spec.ts'],
  globalSetup: '<rootDir>/global-setup.js',
  // Containers compete for two shared cores: one file at a time.
  maxWorkers: 1,
  testTimeout: 120_000,
};
