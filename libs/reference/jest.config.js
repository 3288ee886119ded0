const path = require('node:path');
const preset = require('../../jest.preset');

// The root .swcrc declares `paths`, which swc can only resolve with an absolute baseUrl;
// give the shared transform one (the preset's options are kept as they are).
const [pattern, [swcJest, options]] = Object.entries(preset.transform)[0];
const transform = {
  [pattern]: [swcJest, { ...options, jsc: { ...options.jsc, baseUrl: path.resolve(__dirname, '../..') } }],
};

module.exports = {
  ...preset,
  transform,
  displayName: 'reference',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
