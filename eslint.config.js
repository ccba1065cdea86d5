// Lint: typescript-eslint with type information, because floating promises and unsafe `any` are the
// bugs a Discord bot actually ships; Prettier owns layout (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'tools/discord-server/discord-api-spec/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans print predictably; objects and undefined in a reply are the real bugs.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // noUncheckedIndexedAccess is on, so every index is `T | undefined`; a `!` marks one the code has
      // just bounded (a modulo, a length check), which is clearer than a dead branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests poke at raw JSON from the fake Discord server and at array items they just asserted exist.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'tools/discord-server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      // The fake Discord server checks what the bot sent, which may lack fields its types promise.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Imports read top-down: commands use core, data and search; core never imports a command, and
  // the data layer never imports /ask's search.
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/commands/**'] }] },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/commands/**', '**/search/**'] }] },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // The demo page runs in the browser.
  { files: ['tools/demo/page/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
);
