// The preset gives swc the absolute baseUrl that the root .swcrc's `paths` need.
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'client',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
