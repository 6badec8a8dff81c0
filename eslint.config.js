// The lint gate `.ci/run` runs: what a reviewer should not have to catch by eye. Type-aware
// rules (floating promises, exhaustive switches) read the project's tsconfig.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits hides its failure: await it, or mark it `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // A closed set (channels, situations, field kinds) handled everywhere it matters.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc's chai typings declare every `equal` as returning a promise (for its DOM
      // snapshots), so each synchronous assertion would read as floating.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] }],
      // Its 1-second default fails on a busy CI machine: test/helpers/wait.ts waits long enough.
      'no-restricted-imports': ['error', { paths: [{ name: '@open-wc/testing', importNames: ['waitUntil', 'aTimeout'], message: 'Use waitUntil from test/helpers/wait.ts: wait on what shows, with room for a busy machine.' }] }],
    },
  },
  {
    files: ['test/helpers/wait.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // Plain JavaScript: Node scripts and configs, and the one script a test page runs.
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['test/pages/**/*.js'], languageOptions: { globals: globals.browser } },
  // Run in the page: the ledger's reading of a page, and what scripts/claims.mjs evaluates there.
  { files: ['scripts/claims-page.js', 'scripts/claims.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
