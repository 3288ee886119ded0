// Tests of the repository's own tooling: lint rules, path aliases, migrations.
const preset = require('../jest.preset');

module.exports = {
  ...preset,
  displayName: 'tools',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60_000,
};
