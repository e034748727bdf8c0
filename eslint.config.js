// Lint: typescript-eslint's strict, type-aware rules. Style is Prettier's job (`npm run format`), so no
// formatting rule lives here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Apps Script services the server uses, which a page must not (see the src/ui block below).
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'Session',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'Utilities',
  'Logger',
  'CacheService',
];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages (`row ${row}`, `${count} KRs`) are the point of most templates here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(value) => resolve(value)` is the idiom for callbacks; a void shorthand there hides nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { key: _, ...rest } = value` is how a copy leaves a key out; `_` is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The sidebar and the playground page run in a browser: their own tsconfig adds the DOM and drops Node.
    // The project service only finds files named tsconfig.json, so these name theirs.
    files: ['src/ui/**/*.ts', 'emulator/client/**/*.ts', 'emulator/playground/page/**/*.ts', 'test/types/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.ui.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // tsconfig.ui.json declares Apps Script's globals so the pages' calls can be typed from the server's
    // exports; in a page they do not exist, so using one is an error here rather than at run time.
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...APPS_SCRIPT_GLOBALS.map((name) => ({ name, message: 'Server only: reach the server through callServer.' })),
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // In a test a wrong `!` throws and fails the test, which is what it should do.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Type tests: their `@ts-expect-error` lines do not compile on purpose, so their values are `any`.
    files: ['test/types/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-meaningless-void-operator': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
