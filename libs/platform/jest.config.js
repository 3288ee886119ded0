const path = require('node:path');
const preset = require('../../jest.preset');

// The root .swcrc names `paths` without a `baseUrl`; @swc/jest merges .swcrc into the preset's
// options and swc then aborts ("base_dir must be absolute"). Give it the repository root.
const [pattern, [transformer, options]] = Object.entries(preset.transform)[0];

module.exports = {
  ...preset,
  displayName: 'platform',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: {
    [pattern]: [transformer, { ...options, jsc: { ...options.jsc, baseUrl: path.resolve(__dirname, '../..') } }],
  },
};
