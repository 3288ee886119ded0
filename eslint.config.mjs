// Lint settings shared by every project. Type-aware rules are left to `tsc --noEmit`.
import tseslint from 'typescript-eslint';
import boundaries from './tools/eslint/module-boundaries.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.js', '**/*.mjs', 'prisma/migrations/**', '**/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Imports go one way (README "Layout"): see tools/eslint/module-boundaries.mjs.
    plugins: { local: boundaries },
    rules: { 'local/module-boundaries': 'error' },
  },
);
